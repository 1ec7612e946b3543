/** The demo tenant creates lists and columns as SharePoint does through Graph; only the site's owners (secretariat) may. */
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { graph, MEMBER, ORGANIZER, SITE, start } from "./helpers";

let tenant: DemoTenant;
beforeAll(async () => {
  tenant = await start({ emptySite: true });
});
afterAll(() => tenant.close());
beforeEach(() => tenant.reset());

const lists = `/sites/${SITE}/lists`;

describe("an empty site (emptySite / DEMO_EMPTY_SITE=1)", () => {
  it("has no lists, and the product's list paths are 404", async () => {
    expect((await graph(tenant, ORGANIZER, lists)).body.value).toEqual([]);
    expect((await graph(tenant, ORGANIZER, `${lists}/Dagordning/items`)).status).toBe(404);
  });
});

describe("POST /sites/{s}/lists", () => {
  it("creates a list with its columns; items are validated against them", async () => {
    const created = await graph(tenant, ORGANIZER, lists, {
      method: "POST",
      body: { displayName: "Dagordning", list: { template: "genericList" }, columns: [{ name: "MeetingKey", text: {}, indexed: true }, { name: "SortKey", number: {} }] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ displayName: "Dagordning", name: "Dagordning", list: { template: "genericList" } });
    const columns = (await graph(tenant, ORGANIZER, `${lists}/Dagordning/columns`)).body.value;
    expect(columns.map((c: { name: string; indexed: boolean }) => `${c.name}:${c.indexed}`)).toEqual(["Title:false", "MeetingKey:true", "SortKey:false"]);
    expect((await graph(tenant, ORGANIZER, `${lists}/Dagordning/items`, { method: "POST", body: { fields: { Title: "x", MeetingKey: "k", SortKey: 1 } } })).status).toBe(201);
    expect((await graph(tenant, ORGANIZER, `${lists}/Dagordning/items`, { method: "POST", body: { fields: { Title: "x", Presenter: "y" } } })).status).toBe(400);
    expect((await graph(tenant, ORGANIZER, `${lists}/Dagordning/items?$filter=${encodeURIComponent("fields/MeetingKey eq 'k'")}&$expand=fields`)).body.value).toHaveLength(1);
  });

  it("creates a document library with a drive whose root takes folders; its URL name folds å/ä/ö", async () => {
    const created = await graph(tenant, ORGANIZER, lists, { method: "POST", body: { displayName: "Möteshandlingar", list: { template: "documentLibrary" } } });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe("Moteshandlingar");
    const drive = await graph(tenant, ORGANIZER, `${lists}/${encodeURIComponent("Möteshandlingar")}/drive`);
    expect(drive.status).toBe(200);
    const folder = await graph(tenant, ORGANIZER, `/drives/${drive.body.id}/root/children`, { method: "POST", body: { name: "2026-12-11 Möte", folder: {} } });
    expect(folder.status).toBe(201);
  });

  it("refuses a second list of the same title (409) and a bad column without creating anything", async () => {
    expect((await graph(tenant, ORGANIZER, lists, { method: "POST", body: { displayName: "Dagordning" } })).status).toBe(201);
    const again = await graph(tenant, ORGANIZER, lists, { method: "POST", body: { displayName: "Dagordning" } });
    expect(again.status).toBe(409);
    const bad = await graph(tenant, ORGANIZER, lists, { method: "POST", body: { displayName: "Annan", columns: [{ name: "Ok", text: {} }, { name: "Person", personOrGroup: {} }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalidRequest");
    expect((await graph(tenant, ORGANIZER, lists)).body.value.map((l: { displayName: string }) => l.displayName)).toEqual(["Dagordning"]);
  });

  it("is 403 accessDenied for a member, and nothing is created", async () => {
    const denied = await graph(tenant, MEMBER, lists, { method: "POST", body: { displayName: "Dagordning" } });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe("accessDenied");
    expect((await graph(tenant, ORGANIZER, lists)).body.value).toEqual([]);
  });
});

describe("POST /sites/{s}/lists/{l}/columns", () => {
  beforeEach(async () => {
    await graph(tenant, ORGANIZER, lists, { method: "POST", body: { displayName: "Dagordning" } });
  });

  it("adds each facet the contract uses, note as multi-line text, and refuses a duplicate name", async () => {
    const path = `${lists}/Dagordning/columns`;
    for (const body of [
      { name: "Description", text: { allowMultipleLines: true } },
      { name: "Kind", choice: { choices: ["beslut", "information"] } },
      { name: "Held", dateTime: {} },
      { name: "Done", boolean: {} },
    ]) {
      expect((await graph(tenant, ORGANIZER, path, { method: "POST", body })).status).toBe(201);
    }
    const dup = await graph(tenant, ORGANIZER, path, { method: "POST", body: { name: "kind", text: {} } });
    expect(dup.status).toBe(400);
    const value = (await graph(tenant, ORGANIZER, path)).body.value;
    expect(value.find((c: { name: string }) => c.name === "Description").text.allowMultipleLines).toBe(true);
    expect(value.find((c: { name: string }) => c.name === "Kind").choice.choices).toEqual(["beslut", "information"]);
    const item = await graph(tenant, ORGANIZER, `${lists}/Dagordning/items`, { method: "POST", body: { fields: { Title: "x", Held: "2026-12-11T07:30:00Z", Done: true, Kind: "beslut" } } });
    expect(item.status).toBe(201);
    expect((await graph(tenant, ORGANIZER, `${lists}/Dagordning/items`, { method: "POST", body: { fields: { Done: "ja" } } })).status).toBe(400);
  });

  it("PATCH adds or drops an index and refuses a type change; a member's PATCH is 403", async () => {
    const path = `${lists}/Dagordning/columns`;
    await graph(tenant, ORGANIZER, path, { method: "POST", body: { name: "Key", text: {} } });
    expect((await graph(tenant, MEMBER, `${path}/Key`, { method: "PATCH", body: { indexed: true } })).status).toBe(403);
    const patched = await graph(tenant, ORGANIZER, `${path}/Key`, { method: "PATCH", body: { indexed: true } });
    expect(patched.status).toBe(200);
    expect(patched.body.indexed).toBe(true);
    expect((await graph(tenant, ORGANIZER, `${lists}/Dagordning/items?$filter=${encodeURIComponent("fields/Key eq 'x'")}`)).status).toBe(200);
    expect((await graph(tenant, ORGANIZER, `${path}/${patched.body.id}`, { method: "PATCH", body: { number: {} } })).status).toBe(400);
    expect((await graph(tenant, ORGANIZER, `${path}/Key`)).body.text).toBeDefined();
  });

  it("refuses an index on a multi-line column, and a member's column (403)", async () => {
    const path = `${lists}/Dagordning/columns`;
    expect((await graph(tenant, ORGANIZER, path, { method: "POST", body: { name: "Notes", text: { allowMultipleLines: true }, indexed: true } })).status).toBe(400);
    expect((await graph(tenant, MEMBER, path, { method: "POST", body: { name: "Notes", text: {} } })).status).toBe(403);
    expect((await graph(tenant, ORGANIZER, path)).body.value.map((c: { name: string }) => c.name)).toEqual(["Title"]);
  });
});
