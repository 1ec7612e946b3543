/** An Outlook appointment described for office-addin-mock: compose (organizer) or read (attendee) mode. */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock reads only the OfficeApp enum from office-addin-manifest, whose import chain pulls ESM-only
// packages Jest's CommonJS runtime cannot load; the enum's value is all the mock needs.
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Outlook: "outlook" } }));

const OUTLOOK = "outlook" as never;

type Callback<T> = (result: { status: string; value: T; error?: { code: number; name: string; message: string } }) => void;

const ok = <T>(callback: Callback<T>, value: T): void => callback({ status: "succeeded", value });

/** The facts of the mocked appointment. */
export interface MockAppointment {
  subject: string;
  start: Date;
  end: Date;
  location: string;
  required: { displayName: string; emailAddress: string }[];
  optional: { displayName: string; emailAddress: string }[];
  body: string;
  /** EWS id once saved; null for a new, unsaved appointment. */
  savedId: string | null;
  properties: Record<string, string>;
  /** The signed-in user's mailbox (userProfile.emailAddress); undefined: Outlook gave none. */
  user?: string;
  /** Set when the item is in a shared calendar: Outlook then offers getSharedPropertiesAsync with this owner. */
  sharedOwner?: string;
  /** Where the cursor rests in the body (an offset into the HTML); undefined: the start, as Outlook opens a form. */
  cursor?: number;
}

/** What the mock records for assertions. */
export interface MockRecord {
  bodyWrites: string[];
  /** Which body call wrote: "setAsync", "prependAsync" or "setSelectedDataAsync", in order. */
  bodyCalls: string[];
  saves: number;
  propertySaves: Record<string, string>[];
  converted: string[];
}

/** Office.js namespace parts both modes share. */
function namespace(item: Record<string, unknown>, record: MockRecord, user?: string): Record<string, unknown> {
  return {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    MailboxEnums: { RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" } },
    context: {
      diagnostics: { platform: "OfficeOnline" },
      mailbox: {
        item,
        ...(user === undefined ? {} : { userProfile: { emailAddress: user, displayName: user } }),
        convertToRestId(id: string, version: string) {
          record.converted.push(version);
          return `rest:${id}`;
        },
      },
    },
  };
}

function customProperties(state: MockAppointment, record: MockRecord): Record<string, unknown> {
  const pending: Record<string, string> = { ...state.properties };
  return {
    get: (name: string) => pending[name],
    set: (name: string, value: string) => {
      pending[name] = value;
    },
    saveAsync: (callback: Callback<void>) => {
      state.properties = { ...pending };
      record.propertySaves.push({ ...pending });
      ok(callback, undefined);
    },
  };
}

/** An organizer's appointment in compose mode. */
export function composeMock(state: MockAppointment): { office: typeof Office; record: MockRecord } {
  const record: MockRecord = { bodyWrites: [], bodyCalls: [], saves: 0, propertySaves: [], converted: [] };
  const field = <T>(read: () => T, write?: (value: T) => void) => ({
    getAsync: (callback: Callback<T>) => ok(callback, read()),
    setAsync: (value: T, callback: Callback<void>) => {
      write?.(value);
      ok(callback, undefined);
    },
  });
  const item = {
    itemType: "appointment",
    subject: field(() => state.subject, (v: string) => (state.subject = v)),
    start: field(() => state.start),
    end: field(() => state.end),
    location: field(() => state.location),
    requiredAttendees: field(() => state.required),
    optionalAttendees: field(() => state.optional),
    body: {
      getAsync: (coercion: string, callback: Callback<string>) => ok(callback, coercion === "html" ? state.body : state.body.replace(/<[^>]+>/g, "")),
      setAsync: (html: string, options: { coercionType: string }, callback: Callback<void>) => {
        if (options.coercionType !== "html") throw new Error("body must be written as HTML");
        state.body = html;
        record.bodyWrites.push(html);
        record.bodyCalls.push("setAsync");
        ok(callback, undefined);
      },
      // Outlook puts prepended HTML at the start of the body's content, inside <body>.
      prependAsync: (html: string, options: { coercionType: string }, callback: Callback<void>) => {
        if (options.coercionType !== "html") throw new Error("body must be written as HTML");
        const open = /<body\b[^>]*>/i.exec(state.body);
        const at = open === null ? 0 : open.index + open[0].length;
        state.body = state.body.slice(0, at) + html + state.body.slice(at);
        record.bodyWrites.push(html);
        record.bodyCalls.push("prependAsync");
        ok(callback, undefined);
      },
      setSelectedDataAsync: (html: string, options: { coercionType: string }, callback: Callback<void>) => {
        if (options.coercionType !== "html") throw new Error("body must be written as HTML");
        const at = state.cursor ?? 0;
        state.body = state.body.slice(0, at) + html + state.body.slice(at);
        record.bodyWrites.push(html);
        record.bodyCalls.push("setSelectedDataAsync");
        ok(callback, undefined);
      },
    },
    getItemIdAsync: (callback: Callback<string>) =>
      state.savedId === null
        ? callback({ status: "failed", value: "", error: { code: 9052, name: "ItemNotSaved", message: "The item has not been saved." } })
        : ok(callback, state.savedId),
    saveAsync: (callback: Callback<string>) => {
      record.saves += 1;
      state.savedId = state.savedId ?? "AAMkAGI2TG93AAA=";
      ok(callback, state.savedId);
    },
    loadCustomPropertiesAsync: (callback: Callback<unknown>) => ok(callback, customProperties(state, record)),
    ...(state.sharedOwner === undefined
      ? {}
      : { getSharedPropertiesAsync: (callback: Callback<unknown>) => ok(callback, { owner: state.sharedOwner, delegatePermissions: 3, targetMailbox: state.sharedOwner, targetRestUrl: "https://outlook.office.com/api" }) }),
  };
  const office = new OfficeMockObject(namespace(item, record, state.user), OUTLOOK) as unknown as typeof Office;
  return { office, record };
}

/** An attendee's invitation in read mode. */
export function readMock(state: MockAppointment, organizer: { displayName: string; emailAddress: string }): { office: typeof Office; record: MockRecord } {
  const record: MockRecord = { bodyWrites: [], bodyCalls: [], saves: 0, propertySaves: [], converted: [] };
  const item = {
    itemType: "appointment",
    itemId: state.savedId ?? "AAMkRead=",
    subject: state.subject,
    start: state.start,
    end: state.end,
    location: state.location,
    organizer,
    requiredAttendees: state.required,
    optionalAttendees: state.optional,
    body: { getAsync: (_coercion: string, callback: Callback<string>) => ok(callback, state.body) },
    loadCustomPropertiesAsync: (callback: Callback<unknown>) => ok(callback, customProperties(state, record)),
  };
  const office = new OfficeMockObject(namespace(item, record, state.user), OUTLOOK) as unknown as typeof Office;
  return { office, record };
}
