/** HostAppointment over Office.js (Mailbox 1.8): organizer (compose) and attendee (read) appointments. */
import type { CalendarOwner, AppointmentAttendees, AppointmentMode, AppointmentProperties, HostAppointment, Person } from "../../core";
import { APPOINTMENT_PROPERTY } from "../../core";
import { officeCall } from "./office-call";
import { OfficeError } from "./office-error";

type OfficeNamespace = typeof Office;
type Compose = Office.AppointmentCompose;
type Read = Office.AppointmentRead;

function toPerson(details: Office.EmailAddressDetails): Person {
  return { name: details.displayName ?? "", email: details.emailAddress ?? "" };
}

function toPeople(list: Office.EmailAddressDetails[] | undefined): Person[] {
  return (list ?? []).map(toPerson).filter((p) => p.email !== "");
}

function toUtc(value: Date | undefined, where: string): string {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new OfficeError("invalidResponse", `${where}: no valid date`);
  return value.toISOString();
}

const PROPERTY_NAMES = Object.values(APPOINTMENT_PROPERTY);

/** Reads whether Outlook opened the appointment for composing (organizer) or reading (attendee). */
export function appointmentMode(item: Compose | Read): AppointmentMode {
  // In read mode subject is a plain string; in compose mode it is an object with getAsync/setAsync.
  return typeof (item as Read).subject === "string" ? "attendee" : "organizer";
}

/** Creates the adapter over the current Office.context.mailbox.item. */
export function createOfficeAppointment(office: OfficeNamespace): HostAppointment {
  const mailbox = office.context.mailbox;
  const item = mailbox.item as Compose | Read | undefined;
  if (item === undefined || item === null) throw new OfficeError("notFound", "Office.context.mailbox.item is not available");
  const mode = appointmentMode(item);
  const compose = item as Compose;
  const read = item as Read;

  function organizerOnly(where: string): void {
    if (mode !== "organizer") throw new OfficeError("forbidden", `${where}: only the organizer can change the appointment`);
  }

  async function itemId(): Promise<string> {
    if (mode === "attendee") return read.itemId;
    // A new appointment has no id until it is saved; getItemIdAsync fails then, and saveAsync returns the id.
    try {
      const id = await officeCall<string>("getItemIdAsync", (cb) => compose.getItemIdAsync(cb));
      if (id) return id;
    } catch {
      // Not saved yet: fall through to saveAsync.
    }
    return officeCall<string>("saveAsync", (cb) => compose.saveAsync(cb));
  }

  // Outlook offers getSharedPropertiesAsync only on items of a shared calendar or mailbox (Mailbox 1.8, manifest
  // SupportsSharedFolders): its owner is the mailbox the delegate works for. Elsewhere the item is the user's own.
  async function calendarOwner(): Promise<CalendarOwner | null> {
    const shared = item as { getSharedPropertiesAsync?: (callback: (result: Office.AsyncResult<Office.SharedProperties>) => void) => void };
    if (typeof shared.getSharedPropertiesAsync === "function") {
      const props = await officeCall<Office.SharedProperties>("getSharedPropertiesAsync", (cb) => shared.getSharedPropertiesAsync!(cb));
      const owner = typeof props?.owner === "string" ? props.owner.trim() : "";
      return owner === "" ? null : { mailbox: owner, shared: true };
    }
    const own = mailbox.userProfile?.emailAddress?.trim() ?? "";
    return own === "" ? null : { mailbox: own, shared: false };
  }

  async function customProperties(): Promise<Office.CustomProperties> {
    return officeCall<Office.CustomProperties>("loadCustomPropertiesAsync", (cb) => item!.loadCustomPropertiesAsync(cb));
  }

  return {
    mode,
    async getSubject() {
      if (mode === "attendee") return read.subject ?? "";
      return officeCall<string>("subject.getAsync", (cb) => compose.subject.getAsync(cb));
    },
    async setSubject(subject) {
      organizerOnly("setSubject");
      await officeCall<void>("subject.setAsync", (cb) => compose.subject.setAsync(subject, cb));
    },
    async getStart() {
      if (mode === "attendee") return toUtc(read.start, "start");
      return toUtc(await officeCall<Date>("start.getAsync", (cb) => compose.start.getAsync(cb)), "start");
    },
    async getEnd() {
      if (mode === "attendee") return toUtc(read.end, "end");
      return toUtc(await officeCall<Date>("end.getAsync", (cb) => compose.end.getAsync(cb)), "end");
    },
    async getLocation() {
      if (mode === "attendee") return read.location ?? "";
      return officeCall<string>("location.getAsync", (cb) => compose.location.getAsync(cb));
    },
    async getAttendees(): Promise<AppointmentAttendees> {
      if (mode === "attendee") return { required: toPeople(read.requiredAttendees), optional: toPeople(read.optionalAttendees) };
      const [required, optional] = await Promise.all([
        officeCall<Office.EmailAddressDetails[]>("requiredAttendees.getAsync", (cb) => compose.requiredAttendees.getAsync(cb)),
        officeCall<Office.EmailAddressDetails[]>("optionalAttendees.getAsync", (cb) => compose.optionalAttendees.getAsync(cb)),
      ]);
      return { required: toPeople(required), optional: toPeople(optional) };
    },
    async getOrganizer() {
      return mode === "attendee" && read.organizer ? toPerson(read.organizer) : null;
    },
    getCalendarOwner: calendarOwner,
    async getBodyHtml() {
      return officeCall<string>("body.getAsync", (cb) => item.body.getAsync(office.CoercionType.Html, cb));
    },
    async setBodyHtml(html) {
      organizerOnly("setBodyHtml");
      await officeCall<void>("body.setAsync", (cb) => compose.body.setAsync(html, { coercionType: office.CoercionType.Html }, cb));
    },
    async prependBodyHtml(html) {
      organizerOnly("prependBodyHtml");
      await officeCall<void>("body.prependAsync", (cb) => compose.body.prependAsync(html, { coercionType: office.CoercionType.Html }, cb));
    },
    async insertBodyHtmlAtCursor(html) {
      organizerOnly("insertBodyHtmlAtCursor");
      await officeCall<void>("body.setSelectedDataAsync", (cb) => compose.body.setSelectedDataAsync(html, { coercionType: office.CoercionType.Html }, cb));
    },
    async saveAndGetItemId() {
      const id = await itemId();
      // Outlook mobile already hands out REST ids; everywhere else the EWS id must be converted for Graph.
      const platform = office.context.diagnostics?.platform as unknown as string | undefined;
      if (platform === "iOS" || platform === "Android") return id;
      return mailbox.convertToRestId(id, office.MailboxEnums.RestVersion.v2_0);
    },
    async loadProperties(): Promise<AppointmentProperties> {
      const props = await customProperties();
      const out: AppointmentProperties = {};
      for (const name of PROPERTY_NAMES) {
        const value: unknown = props.get(name);
        if (typeof value === "string" && value !== "") out[name] = value;
      }
      return out;
    },
    async saveProperties(values) {
      const props = await customProperties();
      for (const [name, value] of Object.entries(values)) props.set(name, value);
      await officeCall<void>("customProperties.saveAsync", (cb) => props.saveAsync(cb));
    },
  };
}
