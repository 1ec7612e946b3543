import { buildKallelse, findKallelseBlocks, insertKallelse, renderKallelseHtml, wrapKallelseBlock } from "../../src/core/kallelse";
import { paneAccess } from "../../src/core/paneAccess";
import { APPOINTMENT_PROPERTY } from "../../src/core/ports-outlook";
import { createOfficeAppointment } from "../../src/services/office/office-appointment";
import { OfficeError } from "../../src/services/office/office-error";
import { ORGANIZER_TEXT, POLICY, TEAMS_JOIN_BLOCK, agenda, input, item } from "../unit/kallelse/fixtures";
import { composeMock, readMock } from "./outlook-mock";
import type { MockAppointment } from "./outlook-mock";

const OLD_KALLELSE = wrapKallelseBlock(renderKallelseHtml(buildKallelse(input({ agenda: agenda([item(1, { title: "Förra veckans punkt" })]) })), POLICY));
const NEW_HTML = renderKallelseHtml(buildKallelse(input()), POLICY);

function appointment(overrides: Partial<MockAppointment> = {}): MockAppointment {
  return {
    subject: "Kommundirektörsmöte 19 april 2024",
    start: new Date("2024-04-19T06:30:00Z"),
    end: new Date("2024-04-19T09:30:00Z"),
    location: "Mindpark, Helsingborg",
    required: [
      { displayName: "Karin Holm", emailAddress: "karin.holm@helsingborg.se" },
      { displayName: "Per Nilsson", emailAddress: "per.nilsson@bjuv.se" },
    ],
    optional: [{ displayName: "Gäst Gästsson", emailAddress: "gast@example.se" }],
    body: `<html><head><meta charset="utf-8"></head><body>${ORGANIZER_TEXT}${OLD_KALLELSE}<div><br></div>${TEAMS_JOIN_BLOCK}</body></html>`,
    savedId: null,
    properties: {},
    ...overrides,
  };
}

describe("Office.js appointment adapter, organizer (compose) mode", () => {
  it("reads subject, start, end, location and attendees", async () => {
    const { office } = composeMock(appointment());
    const host = createOfficeAppointment(office);
    expect(host.mode).toBe("organizer");
    expect(await host.getSubject()).toBe("Kommundirektörsmöte 19 april 2024");
    expect(await host.getStart()).toBe("2024-04-19T06:30:00.000Z");
    expect(await host.getEnd()).toBe("2024-04-19T09:30:00.000Z");
    expect(await host.getLocation()).toBe("Mindpark, Helsingborg");
    expect(await host.getAttendees()).toEqual({
      required: [
        { name: "Karin Holm", email: "karin.holm@helsingborg.se" },
        { name: "Per Nilsson", email: "per.nilsson@bjuv.se" },
      ],
      optional: [{ name: "Gäst Gästsson", email: "gast@example.se" }],
    });
    expect(await host.getOrganizer()).toBeNull();
  });

  it("turns a body with organizer text, an old kallelse and a Teams join block into exactly one new kallelse", async () => {
    const state = appointment();
    const { office, record } = composeMock(state);
    await insertKallelse(createOfficeAppointment(office), NEW_HTML);
    expect(record.bodyWrites).toHaveLength(1);
    expect(findKallelseBlocks(state.body)).toHaveLength(1);
    expect(state.body).toBe(
      `<html><head><meta charset="utf-8"></head><body>${ORGANIZER_TEXT}${wrapKallelseBlock(NEW_HTML)}<div><br></div>${TEAMS_JOIN_BLOCK}</body></html>`,
    );
    expect(state.body).not.toContain("Förra veckans punkt");
    // Twice: still one, and no second write.
    await insertKallelse(createOfficeAppointment(office), NEW_HTML);
    expect(record.bodyWrites).toHaveLength(1);
    expect(state.body.split(TEAMS_JOIN_BLOCK)).toHaveLength(2);
  });

  it("puts a first kallelse at the top with body.prependAsync, never rewriting the body, above the organizer's signature", async () => {
    const fresh = `<html><head><meta charset="utf-8"></head><body>${ORGANIZER_TEXT}<div><br></div>${TEAMS_JOIN_BLOCK}</body></html>`;
    const state = appointment({ body: fresh });
    const { office, record } = composeMock(state);
    expect(await insertKallelse(createOfficeAppointment(office), NEW_HTML)).toBe("inserted");
    expect(record.bodyCalls).toEqual(["prependAsync"]);
    expect(state.body).toBe(`<html><head><meta charset="utf-8"></head><body>${wrapKallelseBlock(NEW_HTML)}${ORGANIZER_TEXT}<div><br></div>${TEAMS_JOIN_BLOCK}</body></html>`);
  });

  it("puts a first kallelse at the cursor with body.setSelectedDataAsync when the secretariat chooses so", async () => {
    const fresh = `${ORGANIZER_TEXT}${TEAMS_JOIN_BLOCK}`;
    const state = appointment({ body: fresh, cursor: ORGANIZER_TEXT.length });
    const { office, record } = composeMock(state);
    await insertKallelse(createOfficeAppointment(office), NEW_HTML, "cursor");
    expect(record.bodyCalls).toEqual(["setSelectedDataAsync"]);
    expect(state.body).toBe(`${ORGANIZER_TEXT}${wrapKallelseBlock(NEW_HTML)}${TEAMS_JOIN_BLOCK}`);
  });

  it("refuses prepend and cursor inserts on an attendee's invitation", async () => {
    const host = createOfficeAppointment(readMock(appointment(), { displayName: "Elin", emailAddress: "elin@x.se" }).office);
    await expect(host.prependBodyHtml("<p>x</p>")).rejects.toBeInstanceOf(OfficeError);
    await expect(host.insertBodyHtmlAtCursor("<p>x</p>")).rejects.toBeInstanceOf(OfficeError);
  });

  it("writes the subject", async () => {
    const state = appointment({ subject: "" });
    const host = createOfficeAppointment(composeMock(state).office);
    await host.setSubject("Kommundirektörsmöte 19 april 2024");
    expect(state.subject).toBe("Kommundirektörsmöte 19 april 2024");
  });

  it("saves a new appointment to get its id and converts it to a REST id for Graph", async () => {
    const state = appointment();
    const { office, record } = composeMock(state);
    expect(await createOfficeAppointment(office).saveAndGetItemId()).toBe("rest:AAMkAGI2TG93AAA=");
    expect(record.saves).toBe(1);
    expect(record.converted).toEqual(["v2.0"]);
    // Already saved: no second save.
    await createOfficeAppointment(office).saveAndGetItemId();
    expect(record.saves).toBe(1);
  });

  it("writes and reads the meeting link in the custom properties", async () => {
    const state = appointment();
    const { office, record } = composeMock(state);
    const host = createOfficeAppointment(office);
    expect(await host.loadProperties()).toEqual({});
    await host.saveProperties({ [APPOINTMENT_PROPERTY.meetingKey]: "040000008200E0", [APPOINTMENT_PROPERTY.folderName]: "2024-04-19 Kommundirektörsmöte 19 april 2024" });
    expect(record.propertySaves).toHaveLength(1);
    expect(state.properties[APPOINTMENT_PROPERTY.meetingKey]).toBe("040000008200E0");
    expect(await createOfficeAppointment(office).loadProperties()).toEqual({
      sammantradeMeetingKey: "040000008200E0",
      sammantradeFolderName: "2024-04-19 Kommundirektörsmöte 19 april 2024",
    });
  });

  it("rejects a failed Office call with a typed error", async () => {
    const { office } = composeMock(appointment());
    const item = office.context.mailbox.item as unknown as { location: { getAsync: unknown } };
    item.location.getAsync = (cb: (r: unknown) => void) => cb({ status: "failed", value: "", error: { code: 9041, name: "NetworkError", message: "offline" } });
    const error = await createOfficeAppointment(office).getLocation().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeError);
    expect((error as OfficeError).appError.code).toBe("offline");
  });

  it("rejects an invalid date instead of inventing one", async () => {
    const { office } = composeMock(appointment({ start: new Date("x") }));
    await expect(createOfficeAppointment(office).getStart()).rejects.toMatchObject({ appError: { code: "invalidResponse" } });
  });
});

describe("Office.js appointment adapter, attendee (read) mode", () => {
  it("reads the invitation and refuses to write", async () => {
    const state = appointment({ savedId: "AAMkInvite=", properties: { sammantradeMeetingKey: "K1" } });
    const { office, record } = readMock(state, { displayName: "Elin Sjöberg", emailAddress: "elin.sjoberg@familjenhelsingborg.se" });
    const host = createOfficeAppointment(office);
    expect(host.mode).toBe("attendee");
    expect(await host.getSubject()).toBe("Kommundirektörsmöte 19 april 2024");
    expect(await host.getStart()).toBe("2024-04-19T06:30:00.000Z");
    expect(await host.getEnd()).toBe("2024-04-19T09:30:00.000Z");
    expect(await host.getLocation()).toBe("Mindpark, Helsingborg");
    expect((await host.getAttendees()).required).toHaveLength(2);
    expect(await host.getOrganizer()).toEqual({ name: "Elin Sjöberg", email: "elin.sjoberg@familjenhelsingborg.se" });
    expect(await host.getBodyHtml()).toContain("Förra veckans punkt");
    expect(await host.loadProperties()).toEqual({ sammantradeMeetingKey: "K1" });
    expect(await host.saveAndGetItemId()).toBe("rest:AAMkInvite=");
    await expect(host.setBodyHtml("<p>x</p>")).rejects.toMatchObject({ appError: { code: "forbidden" } });
    await expect(host.setSubject("x")).rejects.toMatchObject({ appError: { code: "forbidden" } });
    expect(record.bodyWrites).toEqual([]);
  });
});

describe("whose calendar holds the appointment (who gets the editor)", () => {
  const ORGANIZER = "elin.sjoberg@familjenhelsingborg.se";
  const access = async (office: typeof Office) => {
    const host = createOfficeAppointment(office);
    const organizer = await host.getOrganizer();
    return paneAccess({ mode: host.mode, owner: await host.getCalendarOwner(), organizerMail: organizer?.email ?? null }, ORGANIZER);
  };

  it("the organizer mailbox composing its own appointment gets the editor", async () => {
    const { office } = composeMock(appointment({ user: "Elin.Sjoberg@familjenhelsingborg.se" }));
    expect(await createOfficeAppointment(office).getCalendarOwner()).toEqual({ mailbox: "Elin.Sjoberg@familjenhelsingborg.se", shared: false });
    expect(await access(office)).toBe("editor");
  });

  it("a delegate in the organizer's calendar gets the editor: getSharedPropertiesAsync().owner, not the delegate's own mailbox", async () => {
    const { office } = composeMock(appointment({ user: "assistent@familjenhelsingborg.se", sharedOwner: ORGANIZER }));
    expect(await createOfficeAppointment(office).getCalendarOwner()).toEqual({ mailbox: ORGANIZER, shared: true });
    expect(await access(office)).toBe("editor");
  });

  it("anyone else composing an appointment with the same date and subject gets the read-only notice", async () => {
    expect(await access(composeMock(appointment({ user: "karin.holm@helsingborg.se" })).office)).toBe("notGroupCalendar");
    // A delegate of another mailbox is not the group's calendar either.
    expect(await access(composeMock(appointment({ user: ORGANIZER, sharedOwner: "chef@helsingborg.se" })).office)).toBe("notGroupCalendar");
    // Outlook that names nobody: fail closed.
    const { office } = composeMock(appointment());
    expect(await createOfficeAppointment(office).getCalendarOwner()).toBeNull();
    expect(await access(office)).toBe("notGroupCalendar");
  });

  it("an invitation from another organizer is not the group's meeting; one from the organizer mailbox is", async () => {
    const state = appointment({ savedId: "AAMkInvite=", user: "karin.holm@helsingborg.se" });
    expect(await access(readMock(state, { displayName: "Elin Sjöberg", emailAddress: ORGANIZER.toUpperCase() }).office)).toBe("reader");
    expect(await access(readMock(state, { displayName: "Någon annan", emailAddress: "annan@helsingborg.se" }).office)).toBe("notGroupMeeting");
  });
});
