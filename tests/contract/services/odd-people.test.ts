/**
 * One odd record must not take a view down: an X500 address (which Graph returns for some directory-resolved people)
 * as attendee or organizer, and the same person invited twice with differently cased addresses.
 */
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { DEFAULT_FOLDER, eventOn, MEMBER, ORGANIZER, servicesAs, tenantPerTest } from "./harness";

const NOW = () => new Date("2026-11-20T08:00:00Z");
const x500 = (alias: string) => `/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=0a1b2c3d4e5f60718293a4b5c6d7e8f9-${alias}`;

describe("X500 addresses and repeated invitees", () => {
  let tenant: DemoTenant;
  tenantPerTest((started) => (tenant = started));

  it("the organizer's meeting view shows an X500 attendee by name and counts a doubly invited member once, as answered", async () => {
    const event = eventOn(tenant.state(), "2026-12-11");
    const declined = event.attendees.find((a) => a.response === "declined")!;
    event.attendees.push(
      { mail: x500("ulf.extern"), name: "Ulf Extern", type: "required", response: "accepted" },
      // The same member again, upper case, never answered on this entry: the answer of the other entry counts.
      { mail: declined.mail.toUpperCase(), type: "required", response: "none" },
    );
    const view = await servicesAs(tenant, ORGANIZER).meetings.loadMeetingView({ key: event.iCalUId, folderName: DEFAULT_FOLDER });
    expect(view.agenda.state).toBe("ready");
    expect(view.attendance.state).toBe("ready");
    if (view.attendance.state !== "ready") return;
    const entries = view.attendance.value.groups.flatMap((g) => g.entries);
    expect(entries.find((e) => e.name === "Ulf Extern")).toMatchObject({ status: "present", organisation: null });
    expect(entries.filter((e) => e.email === declined.mail).map((e) => e.status)).toEqual(["apologies"]);
    // Default data: 7 present, 2 apologies, 1 tentative, 2 no answer; Ulf adds one present, the repeat adds nothing.
    expect(view.attendance.value.counts).toEqual({ present: 8, apologies: 2, tentative: 1, noResponse: 2 });
  });

  it("an X500 organizer of an unrelated event leaves the member's upcoming meetings and the meeting view intact", async () => {
    const data = tenant.state();
    const template = eventOn(data, "2026-12-11");
    data.events.push({
      ...template,
      iCalUId: "UNRELATED-X500-040000008200E00074C5B7101A82E008",
      subject: "Regionalt samråd",
      startUtc: "2026-12-02T09:00:00Z",
      endUtc: "2026-12-02T10:00:00Z",
      organizer: x500("region.kansliet"),
      attendees: [{ mail: MEMBER, type: "required", response: "none" }, { mail: x500("sven.gast"), type: "optional", response: "none" }],
      seriesId: null,
    });
    const member = servicesAs(tenant, MEMBER, { now: NOW });
    const upcoming = await member.meetings.listUpcoming();
    expect(upcoming.map((m) => m.startUtc)).toEqual(["2026-12-11T07:30:00.000Z"]);
    const view = await member.meetings.loadMeetingView({ key: template.iCalUId, folderName: DEFAULT_FOLDER });
    expect(view.agenda.state).toBe("ready");
    expect(view.meetingNumber).not.toBeNull();
  });

  it("a group meeting whose organizer comes back as X500 is still the group's, and the organizer still sees it as theirs", async () => {
    const event = eventOn(tenant.state(), "2026-12-11");
    const alias = ORGANIZER.split("@")[0]!;
    event.attendees.push({ mail: x500(alias), name: "Elin Sjöberg", type: "required", response: "accepted" });
    const view = await servicesAs(tenant, ORGANIZER).meetings.loadMeetingView({ key: event.iCalUId, folderName: DEFAULT_FOLDER });
    if (view.attendance.state !== "ready") throw new Error("attendance not ready");
    // Elin, listed again by her X500 address, is still the organizer once.
    expect(view.attendance.value.groups.flatMap((g) => g.entries).filter((e) => e.name === "Elin Sjöberg").map((e) => e.role)).toEqual(["organizer"]);
  });
});
