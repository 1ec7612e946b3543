import type { DemoTenant } from "../../../src/demo-tenant/server";
import { decemberMeeting, graph, MEMBER, ORGANIZER, SITE, start } from "./helpers";

let tenant: DemoTenant;
beforeAll(async () => {
  tenant = await start();
});
afterAll(() => tenant.close());
beforeEach(() => {
  tenant.reset();
  tenant.setFaults(undefined);
  tenant.clearRequests();
});

interface Inner {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- arbitrary Graph JSON
}

async function batch(as: string, requests: unknown[]): Promise<{ status: number; responses: Inner[]; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = await graph(tenant, as, "/$batch", { method: "POST", body: { requests } });
  return { status: r.status, responses: r.body?.responses ?? [], body: r.body };
}

const meGets = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i + 1), method: "GET", url: "/me?$select=displayName" }));

describe("$batch", () => {
  it("serves the one-round-trip meeting view with independent inner statuses", async () => {
    const key = decemberMeeting(tenant.state()).iCalUId;
    const r = await batch(MEMBER, [
      { id: "me", method: "GET", url: "/me" },
      { id: "own", method: "GET", url: "/me/calendarView?startDateTime=2026-12-10T00:00:00Z&endDateTime=2026-12-13T00:00:00Z" },
      { id: "org", method: "GET", url: `/users/${ORGANIZER}/calendarView?startDateTime=2026-12-10T00:00:00Z&endDateTime=2026-12-13T00:00:00Z` },
      { id: "agenda", method: "GET", url: `/sites/${SITE}/lists/Dagordning/items?$expand=fields&$filter=fields/MeetingKey eq '${key}'` },
      { id: "files", method: "GET", url: `/sites/${SITE}/lists/Möteshandlingar/drive/root:/2026-12-11 Kommundirektörsmöte:/children?$expand=listItem($expand=fields)` },
      { id: "dir", method: "GET", url: "/groups/kommundirektorsgruppen/members?$select=displayName,mail,companyName,officeLocation" },
      { id: "series", method: "GET", url: "/me/calendarView?startDateTime=2026-01-01T00:00:00Z&endDateTime=2027-01-01T00:00:00Z&$top=50&$select=start" },
    ]);
    expect(r.status).toBe(200);
    const byId = new Map(r.responses.map((x) => [x.id, x]));
    expect(byId.get("me")?.status).toBe(200);
    expect(byId.get("own")?.body.value.map((e: { iCalUId: string }) => e.iCalUId)).toEqual([key]);
    expect(byId.get("org")?.status).toBe(403);
    expect(byId.get("org")?.body.error.code).toBe("ErrorAccessDenied");
    expect(byId.get("agenda")?.body.value).toHaveLength(8);
    expect(byId.get("files")?.body.value).toHaveLength(6);
    expect(byId.get("dir")?.body.value).toHaveLength(12);
    expect(byId.get("series")?.body.value).toHaveLength(11);
    expect(byId.get("me")?.headers["Content-Type"]).toContain("application/json");
    const log = tenant.requests();
    expect(log).toHaveLength(1);
    expect(log[0]?.batch?.map((b) => b.status)).toEqual([200, 200, 403, 200, 200, 200, 200]);
  });

  it("accepts 20 requests and refuses 21 with 400 BadRequest", async () => {
    const ok = await batch(MEMBER, meGets(20));
    expect(ok.status).toBe(200);
    expect(ok.responses).toHaveLength(20);
    expect(ok.responses.every((x) => x.status === 200)).toBe(true);
    const tooMany = await batch(MEMBER, meGets(21));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.code).toBe("BadRequest");
  });

  it("answers 424 for requests that depend on a failed one, and runs those whose dependency succeeded", async () => {
    const r = await batch(MEMBER, [
      { id: "1", method: "GET", url: "/users/ingen@bjuv.se" },
      { id: "2", method: "GET", url: "/me", dependsOn: ["1"] },
      { id: "3", method: "GET", url: "/me" },
      { id: "4", method: "GET", url: "/me", dependsOn: ["3"] },
      { id: "5", method: "GET", url: "/me", dependsOn: ["2"] },
    ]);
    expect(r.responses.map((x) => [x.id, x.status])).toEqual([["1", 404], ["2", 424], ["3", 200], ["4", 200], ["5", 424]]);
  });

  it("rejects malformed batches: duplicate ids, forward dependsOn, no requests", async () => {
    expect((await batch(MEMBER, [{ id: "1", method: "GET", url: "/me" }, { id: "1", method: "GET", url: "/me" }])).status).toBe(400);
    expect((await batch(MEMBER, [{ id: "1", method: "GET", url: "/me", dependsOn: ["2"] }, { id: "2", method: "GET", url: "/me" }])).status).toBe(400);
    expect((await batch(MEMBER, [])).status).toBe(400);
    expect((await graph(tenant, undefined, "/$batch", { method: "POST", body: { requests: meGets(1) } })).status).toBe(401);
  });

  it("runs writes inside a batch; a body needs a Content-Type, as in Graph", async () => {
    const key = decemberMeeting(tenant.state()).iCalUId;
    const items = `/sites/${SITE}/lists/Dagordning/items`;
    const fields = { Title: "Från batch", MeetingKey: key, ItemNumber: 9, Kind: "information" };
    const r = await batch(ORGANIZER, [
      { id: "a", method: "POST", url: items, headers: { "Content-Type": "application/json" }, body: { fields } },
      { id: "b", method: "POST", url: items, body: { fields } },
    ]);
    expect(r.responses.map((x) => x.status)).toEqual([201, 400]);
    expect(r.responses[0]?.body.fields.Title).toBe("Från batch");
  });

  it("injects faults per inner request: inner 429 with Retry-After while the batch is 200", async () => {
    tenant.setFaults("429:0.5", 42);
    const r = await batch(MEMBER, meGets(20));
    expect(r.status).toBe(200);
    const throttled = r.responses.filter((x) => x.status === 429);
    expect(throttled.length).toBeGreaterThan(2);
    expect(throttled.length).toBeLessThan(18);
    for (const t of throttled) {
      expect(t.headers["Retry-After"]).toBe("0");
      expect(t.body.error.code).toBe("TooManyRequests");
    }
    expect(r.responses.filter((x) => x.status === 200).length).toBe(20 - throttled.length);

    tenant.setFaults("429:0.5", 42);
    const again = await batch(MEMBER, meGets(20));
    expect(again.responses.map((x) => x.status)).toEqual(r.responses.map((x) => x.status));
  });

  it("never applies a faulted write", async () => {
    tenant.setFaults("503:1", 1);
    const key = decemberMeeting(tenant.state()).iCalUId;
    const before = tenant.state().sites[0]?.lists[0]?.items.length;
    const r = await batch(ORGANIZER, [
      { id: "a", method: "POST", url: `/sites/${SITE}/lists/Dagordning/items`, headers: { "Content-Type": "application/json" }, body: { fields: { Title: "x", MeetingKey: key } } },
    ]);
    expect(r.responses[0]?.status).toBe(503);
    expect(tenant.state().sites[0]?.lists[0]?.items.length).toBe(before);
  });
});
