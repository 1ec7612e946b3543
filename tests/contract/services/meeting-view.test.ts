/** loadMeetingView against the demo tenant: one HTTP request, results equal to what core builds from the raw data. */
import { GRAPH_RETRY_BUDGET } from "../../../src/core/retry-budget";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { createDemoTokenProvider, createServices } from "../../../src/services";
import { configFor, DEFAULT_FOLDER, eventOn, expectedAgenda, expectedAttendance, MEMBER, ORGANIZER, servicesAs, startTenant, tenantPerTest, writeGeneratedMeeting } from "./harness";

function graphRequests(tenant: DemoTenant) {
  return tenant.requests().filter((r) => r.path.startsWith("/v1.0"));
}

describe("loadMeetingView (default data)", () => {
  let tenant: DemoTenant;
  tenantPerTest((started) => (tenant = started));

  it("loads the December meeting in one $batch round trip, equal to core's build of the raw data", async () => {
    const data = tenant.state();
    const key = eventOn(data, "2026-12-11").iCalUId;
    const view = await servicesAs(tenant, ORGANIZER).meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });

    const requests = graphRequests(tenant);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: "POST", path: "/v1.0/$batch", status: 200 });
    expect(requests[0]!.batch!.every((inner) => inner.status === 200)).toBe(true);
    expect(requests[0]!.batch!.length).toBeLessThanOrEqual(20);
    // December's meeting is an occurrence: /events (strict, as Graph) cannot list it; the day's calendarView does.
    const inner = requests[0]!.batch!.map((b) => b.url.split("?")[0]);
    expect(inner).toEqual(expect.arrayContaining(["/me/events", "/me/calendarView", `/users/${encodeURIComponent(ORGANIZER)}/calendarView`]));

    expect(view.me).toEqual({ name: "Elin Sjöberg", email: ORGANIZER });
    expect(view.meeting).toMatchObject({ iCalUId: key, startUtc: "2026-12-11T07:30:00.000Z", endUtc: "2026-12-11T10:30:00.000Z", isOrganizer: true, myResponse: "organizer" });
    expect(view.meetingNumber).toBe(11);
    expect(view.meeting.seriesMasterId).not.toBeNull();
    expect(view.folder).toMatchObject({ state: "ready", value: { name: DEFAULT_FOLDER } });

    const agenda = expectedAgenda(data, key, DEFAULT_FOLDER);
    expect(view.agenda.state).toBe("ready");
    if (view.agenda.state !== "ready") return;
    expect(view.agenda.value.items).toHaveLength(8);
    // webUrl, size, dates come from Graph only; everything core decides on must match.
    const strip = (a: typeof agenda) => ({
      items: a.items.map(({ attachments, ...item }) => ({ ...item, attachments: attachments.map(({ webUrl: _w, ...rest }) => rest) })),
      unassigned: a.unassignedFiles.map((f) => f.id),
    });
    expect(strip(view.agenda.value)).toEqual(strip(agenda));
    expect(view.agenda.value.items.flatMap((i) => i.attachments.map((b) => b.number))).toEqual([1, 2, 3, 4, 5]);
    for (const bilaga of view.agenda.value.items.flatMap((i) => i.attachments)) expect(bilaga.webUrl.startsWith(tenant.url)).toBe(true);

    expect(view.attendance).toEqual({ state: "ready", value: expectedAttendance(data, key, configFor(tenant)) });
    if (view.attendance.state === "ready") expect(view.attendance.value.counts).toEqual({ present: 7, apologies: 2, tentative: 1, noResponse: 2 });
  });

  it("shows a member the agenda with the attendance section forbidden", async () => {
    const key = eventOn(tenant.state(), "2026-12-11").iCalUId;
    const view = await servicesAs(tenant, MEMBER).meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });
    expect(graphRequests(tenant)).toHaveLength(1);
    expect(view.agenda.state).toBe("ready");
    expect(view.attendance).toMatchObject({ state: "error", error: { code: "forbidden" } });
    expect(view.meeting).toMatchObject({ isOrganizer: false, myResponse: "accepted" });
    // The id to answer with is the member's own copy of the occurrence.
    const byId = await fetch(`${tenant.url}/v1.0/me/events/${encodeURIComponent(view.meeting.id)}?$select=iCalUId,type`, { headers: { Authorization: `Bearer demo:${MEMBER}` } });
    expect(await byId.json()).toMatchObject({ iCalUId: key, type: "occurrence" });
    // The member's own copy has no one's answers; the attendees are listed, their status unknown.
    expect(view.meeting.attendees.every((a) => a.response === "none")).toBe(true);
  });

  it("without a folder name, needs exactly one more round trip for the folder", async () => {
    const key = eventOn(tenant.state(), "2026-12-11").iCalUId;
    const view = await servicesAs(tenant, ORGANIZER).meetings.loadMeetingView({ key });
    // The occurrence's date comes from its key (Exchange writes it there), so the first round trip finds it.
    expect(graphRequests(tenant)).toHaveLength(2);
    expect(view.meeting).toMatchObject({ iCalUId: key, myResponse: "organizer" });
    expect(view.folder).toMatchObject({ state: "ready", value: { name: DEFAULT_FOLDER } });
    expect(view.meetingNumber).toBe(11);
  });

  it.each([
    ["403 (permissions broken on the folder)", ["403"] as const, "forbidden"],
    // Exactly the budget's attempts: every one answered 503, and nothing left over for the next test.
    ["503 past the retry budget", Array.from({ length: GRAPH_RETRY_BUDGET.maxAttempts }, () => "503" as const), "unavailable"],
  ])("when the folder's files answer %s, the files section fails on its own; items, folder and attendance stay", async (_why, kinds, code) => {
    const key = eventOn(tenant.state(), "2026-12-11").iCalUId;
    tenant.injectFaults([...kinds], "/children");
    const view = await servicesAs(tenant, ORGANIZER, { retry: { sleep: async () => undefined } }).meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });
    const inner = graphRequests(tenant).flatMap((r) => r.batch ?? []);
    expect(inner.filter((b) => b.url.includes("/children")).map((b) => b.status)).toEqual(kinds.map(Number));
    expect(view.files).toMatchObject({ state: "error", error: { code } });
    expect(view.folder).toMatchObject({ state: "ready", value: { name: DEFAULT_FOLDER } });
    expect(view.agenda.state).toBe("ready");
    if (view.agenda.state !== "ready") return;
    expect(view.agenda.value.items).toHaveLength(8);
    expect(view.agenda.value.items.flatMap((i) => i.attachments)).toEqual([]);
    expect(view.attendance.state).toBe("ready");
  });

  it("reports the files section ready, with every file, when they were read", async () => {
    const key = eventOn(tenant.state(), "2026-12-11").iCalUId;
    const view = await servicesAs(tenant, ORGANIZER).meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });
    expect(view.files.state).toBe("ready");
    if (view.files.state !== "ready" || view.agenda.state !== "ready") throw new Error("not ready");
    const attached = view.agenda.value.items.flatMap((i) => i.attachments.map((a) => a.fileId));
    expect(view.files.value.map((f) => f.id)).toEqual(expect.arrayContaining(attached));
  });

  it("throws notFound when neither the own nor the organizer's copy exists", async () => {
    await expect(servicesAs(tenant, MEMBER).meetings.loadMeetingView({ key: "NO-SUCH-MEETING", folderName: DEFAULT_FOLDER })).rejects.toMatchObject({
      appError: { code: "notFound" },
    });
  });

  it("uses the organizer's copy for a secretariat user who was not invited", async () => {
    // Elin (secretariat) may read other mailboxes. Make Karin the organizer of November's meeting and leave Elin
    // uninvited: Elin has no own copy, only the organizer's copy is readable.
    const data = tenant.state();
    const event = eventOn(data, "2026-11-13");
    event.organizer = MEMBER;
    event.attendees = event.attendees.filter((a) => a.mail !== ORGANIZER && a.mail !== MEMBER);
    const services = createServices({ ...configFor(tenant), organizerMailbox: MEMBER }, createDemoTokenProvider(ORGANIZER));
    const view = await services.meetings.loadMeetingView({ key: event.iCalUId, folderName: "2026-11-13 Kommundirektörsmöte" });
    expect(view.meeting).toMatchObject({ iCalUId: event.iCalUId, myResponse: "none", isOrganizer: false });
    expect(view.attendance.state).toBe("ready");
  });
});

describe.each([5, 40])("loadMeetingView with %i items and 2 bilagor each", (items) => {
  let tenant: DemoTenant;
  let generated: ReturnType<typeof writeGeneratedMeeting>;
  beforeAll(async () => {
    generated = writeGeneratedMeeting(items, 2);
    tenant = await startTenant({ dataPath: generated.dataPath });
  });
  afterAll(async () => {
    await tenant.close();
    generated.cleanup();
  });

  it("makes exactly one HTTP request and matches core's build of the raw data", async () => {
    tenant.clearRequests();
    const view = await servicesAs(tenant, ORGANIZER).meetings.loadMeetingView({ key: generated.key, folderName: generated.folderName });
    const requests = graphRequests(tenant);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.path).toBe("/v1.0/$batch");

    expect(view.agenda.state).toBe("ready");
    if (view.agenda.state !== "ready") return;
    const expected = expectedAgenda(tenant.state(), generated.key, generated.folderName);
    const strip = (a: typeof expected) => a.items.map(({ attachments, ...item }) => ({ ...item, attachments: attachments.map(({ webUrl: _w, ...rest }) => rest) }));
    expect(strip(view.agenda.value)).toEqual(strip(expected));
    expect(view.agenda.value.items).toHaveLength(items);
    expect(view.agenda.value.items.flatMap((i) => i.attachments.map((b) => b.number))).toEqual(Array.from({ length: items * 2 }, (_, i) => i + 1));
    expect(view.agenda.value.unassignedFiles).toEqual([]);
    expect(view.attendance).toEqual({ state: "ready", value: expectedAttendance(tenant.state(), generated.key, configFor(tenant)) });
    // The series has 11 meetings in 2026; this extra one is the first of 2027.
    expect(view.meetingNumber).toBe(1);
  });
});
