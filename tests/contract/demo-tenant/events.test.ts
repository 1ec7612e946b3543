import type { DemoTenant } from "../../../src/demo-tenant/server";
import { decemberMeeting, graph, MEMBER, NO_ANSWER_MEMBER, ORGANIZER, OTHER_MEMBER, q, start } from "./helpers";

let tenant: DemoTenant;
let key: string;

beforeAll(async () => {
  tenant = await start();
  key = decemberMeeting(tenant.state()).iCalUId;
});
afterAll(() => tenant.close());
beforeEach(() => tenant.reset());

const byIcal = (k: string) => `/events?$filter=${q(`iCalUId eq '${k}'`)}`;
/** The December meeting's day, as the product asks for it: an occurrence is found in calendarView, never in /events. */
const december = `/calendarView?startDateTime=2026-12-10T00:00:00Z&endDateTime=2026-12-13T00:00:00Z`;

describe("events", () => {
  it("finds the caller's own copy of an occurrence in calendarView, with the caller's answer", async () => {
    const r = await graph(tenant, MEMBER, `/me${december}`);
    expect(r.status).toBe(200);
    expect(r.body.value).toHaveLength(1);
    const ev = r.body.value[0];
    expect(ev.iCalUId).toBe(key);
    expect(ev.subject).toBe("Kommundirektörsmöte");
    expect(ev.start).toEqual({ dateTime: "2026-12-11T07:30:00.0000000", timeZone: "UTC" });
    expect(ev.end).toEqual({ dateTime: "2026-12-11T10:30:00.0000000", timeZone: "UTC" });
    expect(ev.originalStartTimeZone).toBe("W. Europe Standard Time");
    expect(ev.location.displayName).toBe("Familjen Helsingborgs kansli, Södergatan 22, Helsingborg");
    expect(ev.organizer.emailAddress.address).toBe(ORGANIZER);
    expect(ev.isOrganizer).toBe(false);
    expect(ev.type).toBe("occurrence");
    expect(typeof ev.seriesMasterId).toBe("string");
    expect(ev.responseStatus.response).toBe("accepted");
    expect(ev.onlineMeeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(ev.isOnlineMeeting).toBe(true);
    expect(ev.body.contentType).toBe("html");
    expect(ev.bodyPreview.length).toBeGreaterThan(0);
  });

  it("gives every mailbox its own copy id", async () => {
    const a = await graph(tenant, MEMBER, `/me${december}`);
    const b = await graph(tenant, OTHER_MEMBER, `/me${december}`);
    expect(a.body.value[0].id).not.toBe(b.body.value[0].id);
    expect(a.body.value[0].iCalUId).toBe(b.body.value[0].iCalUId);
  });

  it("shows attendees' answers only on the organizer's copy", async () => {
    const org = await graph(tenant, ORGANIZER, `/users/${ORGANIZER}${december}`);
    expect(org.status).toBe(200);
    const answers = org.body.value[0].attendees.filter((a: { type: string }) => a.type === "required").map((a: { status: { response: string } }) => a.status.response);
    const count = (r: string) => answers.filter((x: string) => x === r).length;
    expect(answers).toHaveLength(11);
    expect(count("accepted")).toBe(6);
    expect(count("declined")).toBe(2);
    expect(count("tentativelyAccepted")).toBe(1);
    expect(count("none")).toBe(2);
    expect(org.body.value[0].responseStatus.response).toBe("organizer");
    const mine = await graph(tenant, MEMBER, `/me${december}`);
    for (const a of mine.body.value[0].attendees) expect(a.status.response).toBe("none");
  });

  it("denies members the organizer's mailbox (403 ErrorAccessDenied) but lets them read their own via /users", async () => {
    const denied = await graph(tenant, MEMBER, `/users/${ORGANIZER}${december}`);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe("ErrorAccessDenied");
    expect(denied.body.error.innerError["request-id"]).toEqual(expect.any(String));
    const own = await graph(tenant, MEMBER, `/users/${MEMBER}${december}`);
    expect(own.status).toBe(200);
  });

  it("applies $select and always returns id", async () => {
    const r = await graph(tenant, MEMBER, `/me${december}&$select=subject`);
    expect(Object.keys(r.body.value[0]).sort()).toEqual(["@odata.etag", "id", "subject"]);
    const bad = await graph(tenant, MEMBER, `/me${december}&$select=nonsense`);
    expect(bad.status).toBe(400);
  });

  it("reads one copy by id and 404s an unknown id", async () => {
    const list = await graph(tenant, MEMBER, `/me${december}`);
    const id = list.body.value[0].id as string;
    const one = await graph(tenant, MEMBER, `/me/events/${encodeURIComponent(id)}`);
    expect(one.status).toBe(200);
    expect(one.body.id).toBe(id);
    const other = await graph(tenant, OTHER_MEMBER, `/me/events/${encodeURIComponent(id)}`);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe("ErrorItemNotFound");
  });

  it("lists the series master, not occurrences, without a filter", async () => {
    const r = await graph(tenant, MEMBER, "/me/events");
    expect(r.status).toBe(200);
    expect(r.body.value.map((e: { type: string }) => e.type)).toEqual(["seriesMaster"]);
    expect(r.body.value[0].recurrence.pattern.type).toBe("relativeMonthly");
  });

  it("does not find an occurrence by its iCalUId in /events, as Graph does not; calendarView does", async () => {
    for (const [as, path] of [
      [MEMBER, `/me${byIcal(key)}`],
      [ORGANIZER, `/me${byIcal(key)}`],
      [ORGANIZER, `/users/${ORGANIZER}${byIcal(key)}`],
    ] as const) {
      const r = await graph(tenant, as, path);
      expect(r.status).toBe(200);
      expect(r.body.value).toEqual([]);
    }
    const view = await graph(tenant, ORGANIZER, `/users/${ORGANIZER}${december}`);
    expect(view.body.value.map((e: { iCalUId: string; type: string }) => [e.iCalUId, e.type])).toEqual([[key, "occurrence"]]);
  });

  it("keeps the series master a real event: own id and iCalUId, recurrence, found by its iCalUId, its id the occurrences' seriesMasterId", async () => {
    const series = tenant.state().series[0]!;
    expect(series.iCalUId).not.toBe(key);
    const master = await graph(tenant, MEMBER, `/me${byIcal(series.iCalUId)}`);
    expect(master.body.value).toHaveLength(1);
    const m = master.body.value[0];
    expect(m).toMatchObject({ type: "seriesMaster", iCalUId: series.iCalUId, seriesMasterId: null, recurrence: series.recurrence });
    const occurrence = (await graph(tenant, MEMBER, `/me${december}`)).body.value[0];
    expect(occurrence.id).not.toBe(m.id);
    expect(occurrence.seriesMasterId).toBe(m.id);
    const byId = await graph(tenant, MEMBER, `/me/events/${encodeURIComponent(m.id)}?$select=type,recurrence`);
    expect(byId.body.type).toBe("seriesMaster");
  });

  it("lists a master's occurrences in a window through /instances", async () => {
    const master = (await graph(tenant, ORGANIZER, `/users/${ORGANIZER}/events?$select=id,type`)).body.value.find((e: { type: string }) => e.type === "seriesMaster");
    const path = `/users/${ORGANIZER}/events/${encodeURIComponent(master.id)}/instances`;
    const autumn = await graph(tenant, ORGANIZER, `${path}?startDateTime=2026-11-01T00:00:00Z&endDateTime=2027-01-01T00:00:00Z&$select=iCalUId,type,start,seriesMasterId`);
    expect(autumn.status).toBe(200);
    expect(autumn.body.value.map((e: { start: { dateTime: string } }) => e.start.dateTime)).toEqual(["2026-11-13T07:30:00.0000000", "2026-12-11T07:30:00.0000000"]);
    expect(autumn.body.value.every((e: { type: string; seriesMasterId: string }) => e.type === "occurrence" && e.seriesMasterId === master.id)).toBe(true);
    expect(autumn.body.value[1].iCalUId).toBe(key);
    expect((await graph(tenant, ORGANIZER, path)).body.error.code).toBe("ErrorInvalidParameter");
    expect((await graph(tenant, ORGANIZER, `/users/${ORGANIZER}/events/AAMkAGE1nope/instances?startDateTime=2026-01-01&endDateTime=2027-01-01`)).status).toBe(404);
    // An occurrence has no instances of its own.
    const occurrence = (await graph(tenant, ORGANIZER, `/me${december}&$select=id`)).body.value[0];
    const none = await graph(tenant, ORGANIZER, `/me/events/${encodeURIComponent(occurrence.id)}/instances?startDateTime=2026-01-01&endDateTime=2027-01-01`);
    expect(none.body.value).toEqual([]);
    // A member reaches the master through their own mailbox, not the organizer's.
    expect((await graph(tenant, MEMBER, `${path}?startDateTime=2026-01-01&endDateTime=2027-01-01`)).status).toBe(403);
  });

  it("finds a single-instance meeting by its iCalUId in /events", async () => {
    const data = tenant.state();
    data.events.push({ ...decemberMeeting(data), iCalUId: "SINGLE-INSTANCE-UID", seriesId: null, startUtc: "2026-12-18T07:30:00Z", endUtc: "2026-12-18T09:00:00Z" });
    const r = await graph(tenant, MEMBER, `/me${byIcal("SINGLE-INSTANCE-UID")}&$select=type,seriesMasterId`);
    expect(r.body.value).toEqual([expect.objectContaining({ type: "singleInstance", seriesMasterId: null })]);
    const all = await graph(tenant, MEMBER, "/me/events?$select=type");
    expect(all.body.value.map((e: { type: string }) => e.type)).toEqual(["seriesMaster", "singleInstance"]);
  });

  it("pages calendarView with @odata.nextLink; the December meeting is the 11th of 2026", async () => {
    const seen: { start: string; iCalUId: string }[] = [];
    let next: string | undefined = `/me/calendarView?startDateTime=2026-01-01T00:00:00Z&endDateTime=2027-01-01T00:00:00Z&$select=start,iCalUId,subject&$top=4`;
    let pages = 0;
    while (next !== undefined) {
      const r = await graph(tenant, MEMBER, next);
      expect(r.status).toBe(200);
      seen.push(...r.body.value.map((e: { start: { dateTime: string }; iCalUId: string }) => ({ start: e.start.dateTime, iCalUId: e.iCalUId })));
      const link = r.body["@odata.nextLink"] as string | undefined;
      next = link === undefined ? undefined : link.slice(`${tenant.url}/v1.0`.length);
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(11);
    expect(seen.map((s) => s.start.slice(5, 7))).not.toContain("07");
    expect(seen[10]).toEqual({ start: "2026-12-11T07:30:00.0000000", iCalUId: key });
    const summer = seen.find((s) => s.start.startsWith("2026-06"));
    expect(summer?.start).toBe("2026-06-12T06:30:00.0000000");
  });

  it("requires a calendarView window", async () => {
    const r = await graph(tenant, MEMBER, "/me/calendarView");
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("ErrorInvalidParameter");
  });

  it("defaults to 10 events per page", async () => {
    const r = await graph(tenant, MEMBER, `/me/calendarView?startDateTime=2026-01-01T00:00:00Z&endDateTime=2027-01-01T00:00:00Z`);
    expect(r.body.value).toHaveLength(10);
    expect(r.body["@odata.nextLink"]).toContain("skiptoken");
  });
});

describe("RSVP", () => {
  async function ownCopyId(mail: string): Promise<string> {
    const r = await graph(tenant, mail, `/me${december}`);
    return r.body.value[0].id as string;
  }

  it("a decline updates the caller's copy and the organizer's copy, but not another attendee's copy", async () => {
    const id = await ownCopyId(NO_ANSWER_MEMBER);
    const before = await graph(tenant, NO_ANSWER_MEMBER, `/me/events/${encodeURIComponent(id)}`);
    expect(before.body.responseStatus.response).toBe("notResponded");

    const r = await graph(tenant, NO_ANSWER_MEMBER, `/me/events/${encodeURIComponent(id)}/decline`, { method: "POST", body: { comment: "Förhinder", sendResponse: true } });
    expect(r.status).toBe(202);
    expect(r.text).toBe("");

    const own = await graph(tenant, NO_ANSWER_MEMBER, `/me/events/${encodeURIComponent(id)}`);
    expect(own.body.responseStatus.response).toBe("declined");
    const org = await graph(tenant, ORGANIZER, `/me${december}`);
    const entry = org.body.value[0].attendees.find((a: { emailAddress: { address: string } }) => a.emailAddress.address === NO_ANSWER_MEMBER);
    expect(entry.status.response).toBe("declined");
    expect(entry.status.time).not.toBe("0001-01-01T00:00:00Z");
    const other = await graph(tenant, OTHER_MEMBER, `/me${december}`);
    const seenByOther = other.body.value[0].attendees.find((a: { emailAddress: { address: string } }) => a.emailAddress.address === NO_ANSWER_MEMBER);
    expect(seenByOther.status.response).toBe("none");
  });

  it("accept and tentativelyAccept set their responses", async () => {
    const id = await ownCopyId(NO_ANSWER_MEMBER);
    await graph(tenant, NO_ANSWER_MEMBER, `/me/events/${encodeURIComponent(id)}/tentativelyAccept`, { method: "POST", body: { sendResponse: true } });
    expect((await graph(tenant, NO_ANSWER_MEMBER, `/me/events/${encodeURIComponent(id)}`)).body.responseStatus.response).toBe("tentativelyAccepted");
    await graph(tenant, NO_ANSWER_MEMBER, `/me/events/${encodeURIComponent(id)}/accept`, { method: "POST", body: { comment: "", sendResponse: true } });
    expect((await graph(tenant, NO_ANSWER_MEMBER, `/me/events/${encodeURIComponent(id)}`)).body.responseStatus.response).toBe("accepted");
  });

  it("refuses the organizer's own answer, bad bodies, other mailboxes and unknown events", async () => {
    const orgId = await ownCopyId(ORGANIZER);
    expect((await graph(tenant, ORGANIZER, `/me/events/${encodeURIComponent(orgId)}/accept`, { method: "POST", body: {} })).status).toBe(400);
    const id = await ownCopyId(MEMBER);
    expect((await graph(tenant, MEMBER, `/me/events/${encodeURIComponent(id)}/decline`, { method: "POST", body: { sendResponse: "yes" } })).status).toBe(400);
    expect((await graph(tenant, ORGANIZER, `/users/${MEMBER}/events/${encodeURIComponent(id)}/decline`, { method: "POST", body: {} })).status).toBe(403);
    expect((await graph(tenant, MEMBER, `/me/events/AAMkAGE1nope/accept`, { method: "POST", body: {} })).status).toBe(404);
    expect(decemberMeeting(tenant.state()).attendees.find((a) => a.mail === MEMBER)?.response).toBe("accepted");
  });
});
