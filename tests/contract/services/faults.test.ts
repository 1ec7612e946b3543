/** Under injected 429/503 faults the meeting view still loads, and an RSVP is applied exactly once. */
import type { MeetingView } from "../../../src/core/ports";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { DEFAULT_FOLDER, eventOn, MEMBER, ORGANIZER, servicesAs, tenantPerTest } from "./harness";

const FAULTS = "429:0.3,503:0.1";

describe("reliability under DEMO_FAULTS=429:0.3,503:0.1", () => {
  let tenant: DemoTenant;
  tenantPerTest((started) => (tenant = started));
  beforeEach(() => tenant.setFaults(undefined));

  it("loads a complete meeting view in 50 of 50 seeded runs", async () => {
    const key = eventOn(tenant.state(), "2026-12-11").iCalUId;
    const services = servicesAs(tenant, ORGANIZER);
    const reference: MeetingView = await services.meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });
    let faulted = 0;
    let loaded = 0;
    for (let seed = 1; seed <= 50; seed++) {
      tenant.setFaults(FAULTS, seed);
      tenant.clearRequests();
      const view = await services.meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });
      const statuses = tenant.requests().flatMap((r) => (r.batch ? r.batch.map((inner) => inner.status) : [r.status]));
      faulted += statuses.filter((status) => status === 429 || status === 503).length;
      expect(view).toEqual(reference);
      loaded += 1;
    }
    expect(loaded).toBe(50);
    // The faults really happened, and were retried by our code (inner requests of the batch).
    expect(faulted).toBeGreaterThan(50);
    // 50 views of ten inner requests each, most retried: ~1.5 s alone, more when the suites share a busy machine.
  }, 20_000);

  it("applies a decline sent under faults exactly once", async () => {
    for (let seed = 1; seed <= 10; seed++) {
      tenant.setFaults(undefined);
      tenant.reset();
      const key = eventOn(tenant.state(), "2026-12-11").iCalUId;
      const member = servicesAs(tenant, MEMBER);
      const view = await member.meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });
      expect(view.meeting.myResponse).toBe("accepted");
      tenant.setFaults(FAULTS, seed);
      tenant.clearRequests();
      await member.meetings.respond(view.meeting.id, "decline", "Förhinder: regionmöte samma dag.");
      const declines = tenant.requests().filter((r) => r.method === "POST" && r.path.includes("/decline"));
      expect(declines.filter((r) => r.status === 202)).toHaveLength(1);
      expect(declines.every((r) => r.status === 202 || r.status === 429 || r.status === 503)).toBe(true);
      const attendee = eventOn(tenant.state(), "2026-12-11").attendees.find((a) => a.mail === MEMBER);
      expect(attendee?.response).toBe("declined");
    }
  });
});
