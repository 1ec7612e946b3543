/**
 * The meeting number over real HTTP: the same for every viewer, counting this group's meetings only (their folders in
 * Möteshandlingar), never a viewer's own calendar or the organizer's private appointments.
 */
import type { DemoEvent } from "../../../src/demo-tenant/data-types";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { DEFAULT_FOLDER, eventOn, MEMBER, ORGANIZER, servicesAs, tenantPerTest } from "./harness";

const GUEST = "malin.ostberg@skane.se";
/** Joined the group in August: invited to nothing before. */
const LATE_MEMBER = "camilla.nystrom@orkelljunga.se";
/** Organizes a meeting of the group while the sekretariatschef is away (a delegate of the group's mailbox). */
const DEPUTY = "sara.dahl@familjenhelsingborg.se";

describe("the meeting number against the demo tenant", () => {
  let tenant: DemoTenant;
  tenantPerTest((started) => (tenant = started));

  let december: DemoEvent;
  beforeEach(() => {
    december = eventOn(tenant.state(), "2026-12-11");
    // The deputy is a delegate of the group's mailbox (reads it as the secretariat does) and invited to December.
    tenant.state().users.find((u) => u.mail === DEPUTY)!.role = "secretariat";
    december.attendees.push({ mail: DEPUTY, type: "optional", response: "accepted", responseTime: "2026-12-01T08:00:00Z" });
  });
  const numberFor = async (mail: string, folderName = DEFAULT_FOLDER) => (await servicesAs(tenant, mail).meetings.loadMeetingView({ key: december.iCalUId, folderName })).meetingNumber;
  const viewers = [ORGANIZER, MEMBER, LATE_MEMBER, GUEST, DEPUTY];

  /** An event like December's, on another day, by another organizer, with other attendees. */
  function addEvent(uid: string, startUtc: string, organizer: string, attendees: DemoEvent["attendees"], subject = "Kommundirektörsmöte"): DemoEvent {
    const event: DemoEvent = { ...december, iCalUId: uid, subject, startUtc, endUtc: startUtc.replace("T06", "T09"), organizer, attendees, seriesId: null, joinUrl: null };
    tenant.state().events.push(event);
    return event;
  }

  it("is 11 for December on the default data, for the organizer, a member, a guest and a deputy alike", async () => {
    expect(await Promise.all(viewers.map((mail) => numberFor(mail)))).toEqual(viewers.map(() => 11));
  });

  it("counts a deputy's meeting of the group, and neither private appointments nor a late member's calendar", async () => {
    const state = tenant.state();
    // Two private appointments in the group's mailbox the same year: not the group's meetings.
    addEvent("PRIVATE-1", "2026-03-20T06:30:00Z", ORGANIZER, [], "Tandläkare");
    addEvent("PRIVATE-2", "2026-09-01T06:30:00Z", ORGANIZER, [], "Medarbetarsamtal");
    // The member who joined in August is not on the earlier meetings' invitations.
    for (const event of state.events) {
      if (event.startUtc < "2026-08-01") event.attendees = event.attendees.filter((a) => a.mail !== LATE_MEMBER);
    }
    // An extra meeting in June, organized by the deputy, who makes its folder from the pane as the secretariat does.
    const extra = addEvent("EXTRA-JUNE", "2026-06-26T06:30:00Z", DEPUTY, december.attendees);
    await servicesAs(tenant, DEPUTY).documents.ensureFolder({ key: extra.iCalUId, startUtc: extra.startUtc, subject: extra.subject });

    expect(await Promise.all(viewers.map((mail) => numberFor(mail)))).toEqual(viewers.map(() => 12));
  });

  it("counts the meeting itself before its folder exists, and at its new start after a move", async () => {
    const library = tenant.state().sites[0]!.lists[1]!.drive!;
    const folder = library.items.find((i) => i.name === DEFAULT_FOLDER)!;
    delete folder.fields.MeetingKey;
    delete folder.fields.MeetingStart;
    expect(await numberFor(GUEST)).toBe(11);
    // Moved to the day before November's meeting: now the tenth, for everyone, although no folder says so yet.
    const event = december;
    event.startUtc = "2026-11-12T07:30:00Z";
    event.endUtc = "2026-11-12T10:30:00Z";
    // (Opened as the personal tab does, with the name its new date and subject give.)
    expect(await Promise.all([ORGANIZER, GUEST].map((mail) => numberFor(mail, "2026-11-12 Kommundirektörsmöte")))).toEqual([10, 10]);
  });
});
