import type { DemoTenant } from "../../../src/demo-tenant/server";
import { decemberMeeting, graph, MEMBER, ORGANIZER, q, SITE, start } from "./helpers";

let tenant: DemoTenant;
let key: string;
const items = `/sites/${SITE}/lists/Dagordning/items`;

beforeAll(async () => {
  tenant = await start();
  key = decemberMeeting(tenant.state()).iCalUId;
});
afterAll(() => tenant.close());
beforeEach(() => tenant.reset());

const filterKey = () => `$filter=${q(`fields/MeetingKey eq '${key}'`)}`;

describe("site and lists", () => {
  it("reads the site by id and by path", async () => {
    const byId = await graph(tenant, MEMBER, `/sites/${SITE}`);
    expect(byId.body).toMatchObject({ id: SITE, name: "kdgrupp", displayName: "Kommundirektörsgruppen", webUrl: `${tenant.url}/sites/kdgrupp` });
    const byPath = await graph(tenant, MEMBER, "/sites/familjenhelsingborg.sharepoint.com:/sites/kdgrupp");
    expect(byPath.body.id).toBe(SITE);
    expect((await graph(tenant, MEMBER, "/sites/contoso.sharepoint.com,x,y")).status).toBe(404);
  });

  it("reads lists by display name, URL name and id", async () => {
    const byName = await graph(tenant, MEMBER, `/sites/${SITE}/lists/Dagordning`);
    expect(byName.body.list.template).toBe("genericList");
    const lib = await graph(tenant, MEMBER, `/sites/${SITE}/lists/${encodeURIComponent("Möteshandlingar")}`);
    expect(lib.body).toMatchObject({ displayName: "Möteshandlingar", name: "Moteshandlingar", list: { template: "documentLibrary" } });
    const byId = await graph(tenant, MEMBER, `/sites/${SITE}/lists/${lib.body.id}`);
    expect(byId.body.displayName).toBe("Möteshandlingar");
    const all = await graph(tenant, MEMBER, `/sites/${SITE}/lists`);
    expect(all.body.value.map((l: { displayName: string }) => l.displayName)).toEqual(["Dagordning", "Möteshandlingar", "Sammanträden", "Närvaro", "Uppdrag"]);
    expect((await graph(tenant, MEMBER, `/sites/${SITE}/lists/Saknas`)).status).toBe(404);
  });
});

describe("agenda items", () => {
  it("filters by MeetingKey and expands fields in the group's style", async () => {
    const r = await graph(tenant, MEMBER, `${items}?$expand=fields&${filterKey()}`);
    expect(r.status).toBe(200);
    const fields = r.body.value.map((i: { fields: Record<string, unknown> }) => i.fields);
    expect(fields).toHaveLength(8);
    expect(fields.map((f: { SortKey: number }) => f.SortKey)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const f of fields) expect(f.MeetingKey).toBe(key);
    expect(fields[7].Title).toBe("Övriga frågor");
    expect(fields[3].ProposedDecisions.split("\n").length).toBe(2);
    expect(fields[3].StartTime).toBe("09.40");
    expect(fields[6]).not.toHaveProperty("StartTime");
    expect(fields.map((f: { Presenter: string }) => f.Presenter)).toContain("Malin Östberg, regional utvecklingsdirektör, Region Skåne");
    for (const item of r.body.value) {
      expect(item.eTag).toMatch(/^"\{[0-9A-F-]{36}\},\d+"$/);
      expect(item["@odata.etag"]).toBe(item.eTag);
    }
  });

  it("omits fields unless expanded, and pages with $top", async () => {
    const r = await graph(tenant, MEMBER, `${items}?${filterKey()}&$top=3`);
    expect(r.body.value).toHaveLength(3);
    expect(r.body.value[0]).not.toHaveProperty("fields");
    const next = (r.body["@odata.nextLink"] as string).slice(`${tenant.url}/v1.0`.length);
    const r2 = await graph(tenant, MEMBER, next);
    expect(r2.body.value).toHaveLength(3);
    expect(r2.body.value[0].id).not.toBe(r.body.value[0].id);
  });

  it("refuses filtering on a non-indexed column unless the Prefer header allows it", async () => {
    const path = `${items}?$expand=fields&$filter=${q("fields/Kind eq 'beslut'")}`;
    const refused = await graph(tenant, MEMBER, path);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("HonorNonIndexedQueriesWarningMayFailRandomly");
    const allowed = await graph(tenant, MEMBER, path, { headers: { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" } });
    expect(allowed.status).toBe(200);
    expect(allowed.body.value.every((i: { fields: { Kind: string } }) => i.fields.Kind === "beslut")).toBe(true);
    expect((await graph(tenant, MEMBER, `${items}?$filter=${q("fields/MeetingKey ne 'a'")}`)).status).toBe(400);
  });

  it("creates an item (201 with eTag), then PATCHes with If-Match; a stale eTag gives 412 and changes nothing", async () => {
    const created = await graph(tenant, ORGANIZER, items, {
      method: "POST",
      body: { fields: { Title: "Extra punkt", MeetingKey: key, ItemNumber: 9, Kind: "information", Presenter: "Elin Sjöberg, sekretariatschef" } },
    });
    expect(created.status).toBe(201);
    expect(created.body.fields).toMatchObject({ Title: "Extra punkt", ItemNumber: 9 });
    const etag1 = created.body.eTag as string;
    const id = created.body.id as string;

    const patched = await graph(tenant, ORGANIZER, `${items}/${id}/fields`, { method: "PATCH", headers: { "If-Match": etag1 }, body: { Title: "Ändrad punkt", StartTime: "11.20" } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ Title: "Ändrad punkt", StartTime: "11.20", ItemNumber: 9 });
    const etag2 = patched.body["@odata.etag"] as string;
    expect(etag2).not.toBe(etag1);

    const stale = await graph(tenant, ORGANIZER, `${items}/${id}/fields`, { method: "PATCH", headers: { "If-Match": etag1 }, body: { Title: "Krock" } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("preconditionFailed");
    const got = await graph(tenant, ORGANIZER, `${items}/${id}?$expand=fields`);
    expect(got.body.fields.Title).toBe("Ändrad punkt");
    expect(got.body.eTag).toBe(etag2);
    expect(got.headers.get("etag")).toBe(etag2);

    const star = await graph(tenant, ORGANIZER, `${items}/${id}/fields`, { method: "PATCH", headers: { "If-Match": "*" }, body: { StartTime: null } });
    expect(star.status).toBe(200);
    expect(star.body).not.toHaveProperty("StartTime");
  });

  it("rejects unknown, read-only and mistyped fields without writing", async () => {
    const target = tenant.state().sites[0]?.lists[0]?.items.find((i) => i.fields.MeetingKey === key);
    const before = JSON.stringify(target);
    for (const body of [{ Nonsense: 1 }, { ItemNumber: "tre" }, { Kind: "omröstning" }, { Title: "ok", id: "7" }]) {
      const r = await graph(tenant, ORGANIZER, `${items}/${target?.id}/fields`, { method: "PATCH", body });
      expect(r.status).toBe(400);
    }
    expect(JSON.stringify(target)).toBe(before);
  });

  it("deletes with If-Match: stale 412, current 204, then 404", async () => {
    const first = await graph(tenant, ORGANIZER, `${items}?${filterKey()}&$top=1`);
    const { id, eTag } = first.body.value[0] as { id: string; eTag: string };
    const stale = eTag.replace(/,(\d+)"$/, (_m, n: string) => `,${Number(n) - 1}"`);
    expect((await graph(tenant, ORGANIZER, `${items}/${id}`, { method: "DELETE", headers: { "If-Match": stale } })).status).toBe(412);
    expect((await graph(tenant, ORGANIZER, `${items}/${id}`, { method: "DELETE", headers: { "If-Match": eTag } })).status).toBe(204);
    const gone = await graph(tenant, ORGANIZER, `${items}/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe("itemNotFound");
  });

  it("reset() restores the source data", async () => {
    const first = await graph(tenant, ORGANIZER, `${items}?${filterKey()}&$top=1`);
    await graph(tenant, ORGANIZER, `${items}/${first.body.value[0].id}`, { method: "DELETE" });
    expect((await graph(tenant, ORGANIZER, `${items}?${filterKey()}`)).body.value).toHaveLength(7);
    tenant.reset();
    expect((await graph(tenant, ORGANIZER, `${items}?${filterKey()}`)).body.value).toHaveLength(8);
  });
});
