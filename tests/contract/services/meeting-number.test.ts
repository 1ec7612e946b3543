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

  describe("with the meeting register (Sammanträden)", () => {
    const viewAs = (mail: string) => servicesAs(tenant, mail).meetings.loadMeetingView({ key: december.iCalUId, folderName: DEFAULT_FOLDER });

    it("is computed and said to be so while December has no row, with the organizer's board meeting the same year in the mailbox", async () => {
      const board = tenant.state().events.filter((e) => e.organizer === ORGANIZER && e.startUtc < december.startUtc && e.startUtc.startsWith("2026") && e.seriesId !== december.seriesId);
      expect(board.map((e) => e.subject)).toEqual(["Styrelsemöte Familjen Helsingborg AB"]);
      const view = await viewAs(ORGANIZER);
      expect(view).toMatchObject({ meetingNumber: 11, numberSource: "computed", record: { state: "ready", value: null } });
    });

    it("comes from the row's Number once the meeting has one, for every viewer, and follows an edit of it", async () => {
      const register = servicesAs(tenant, ORGANIZER).register;
      const row = await register.ensure({
        meetingKey: december.iCalUId,
        title: december.subject,
        startUtc: december.startUtc,
        number: 11,
        folderName: DEFAULT_FOLDER,
        chair: "Karin Lindqvist",
        approvers: [],
        state: "planned",
        currentItemId: null,
        protokollFileId: null,
        protokollPdfId: null,
      });
      for (const view of await Promise.all(viewers.map(viewAs))) {
        expect(view).toMatchObject({ meetingNumber: 11, numberSource: "register", record: { state: "ready", value: { id: row.id, chair: "Karin Lindqvist" } } });
      }
      // The secretariat renumbers by hand (an extra meeting was held that the calendar never had): the row wins.
      await register.update(row.id, row.etag, { number: 12 });
      expect(await viewAs(GUEST)).toMatchObject({ meetingNumber: 12, numberSource: "register" });
    });

    it("a row without a Number, a site without the list, or an unreadable list leave the number computed", async () => {
      const list = tenant.state().sites[0]!.lists.find((l) => l.displayName === "Sammanträden")!;
      list.items.push({ id: "99", guid: "00000000-0000-4000-8000-000000000099", version: 1, createdUtc: "2026-12-01T08:00:00Z", modifiedUtc: "2026-12-01T08:00:00Z", fields: { Title: "Kommundirektörsmöte", MeetingKey: december.iCalUId } });
      expect(await viewAs(ORGANIZER)).toMatchObject({ meetingNumber: 11, numberSource: "computed", record: { state: "ready", value: { id: "99", number: null } } });
      tenant.injectFaults(["403"], "GET /sites/familjenhelsingborg.sharepoint.com,kdgrupp,web/lists/Sammanträden/items");
      const refused = await viewAs(ORGANIZER);
      expect(refused).toMatchObject({ meetingNumber: 11, numberSource: "computed", record: { state: "error", error: { code: "forbidden" } } });
      expect(refused.agenda.state).toBe("ready");
      tenant.state().sites[0]!.lists = tenant.state().sites[0]!.lists.filter((l) => l !== list);
      expect(await viewAs(MEMBER)).toMatchObject({ meetingNumber: 11, numberSource: "computed", record: { state: "ready", value: null } });
    });
  });
});
