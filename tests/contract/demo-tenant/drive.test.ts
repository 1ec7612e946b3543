import type { DemoTenant } from "../../../src/demo-tenant/server";
import { DECEMBER_FOLDER, graph, MEMBER, ORGANIZER, SITE, start } from "./helpers";

let tenant: DemoTenant;
let driveId: string;
let folderId: string;
const libraryDrive = `/sites/${SITE}/lists/${encodeURIComponent("Möteshandlingar")}/drive`;
const folderPath = encodeURIComponent(DECEMBER_FOLDER);

beforeAll(async () => {
  tenant = await start();
});
afterAll(() => tenant.close());
beforeEach(async () => {
  tenant.reset();
  driveId = (await graph(tenant, ORGANIZER, libraryDrive)).body.id;
  folderId = (await graph(tenant, ORGANIZER, `/drives/${driveId}/root:/${folderPath}:`)).body.id;
});

interface Child {
  id: string;
  name: string;
  webUrl: string;
  file?: { mimeType: string };
  listItem?: { fields: { ItemNumber?: number; ItemId?: string } };
}

describe("drive reads", () => {
  it("finds the library's drive from the site, and by id", async () => {
    const d = await graph(tenant, MEMBER, libraryDrive);
    expect(d.body).toMatchObject({ name: "Möteshandlingar", driveType: "documentLibrary" });
    expect((await graph(tenant, MEMBER, `/drives/${d.body.id}`)).body.id).toBe(d.body.id);
    expect((await graph(tenant, MEMBER, `/sites/${SITE}/drive`)).body.id).toBe(d.body.id);
    expect((await graph(tenant, MEMBER, "/drives/b!nope")).status).toBe(404);
  });

  it("lists the meeting folder's files with listItem fields (ItemId, or a name prefix for files added by hand)", async () => {
    const r = await graph(tenant, MEMBER, `${libraryDrive}/root:/${folderPath}:/children?$expand=listItem($expand=fields)`);
    expect(r.status).toBe(200);
    const files = r.body.value as Child[];
    expect(files).toHaveLength(6);
    const byName = new Map(files.map((f) => [f.name, f]));
    // December's items are list items 5..12 (November's are 1..4): item 1 is "5", item 6 is "10".
    expect(byName.get("Protokoll nr 10 2026.pdf")?.listItem?.fields.ItemId).toBe("5");
    expect(byName.get("Projektplan traineeprogram 2027.docx")?.listItem?.fields.ItemId).toBe("10");
    expect(byName.get("3 - Utkast till yttrande.docx")?.listItem?.fields).not.toHaveProperty("ItemId");
    expect(byName.get("3 - Utkast till yttrande.docx")?.listItem?.fields).not.toHaveProperty("ItemNumber");
    expect(byName.get("3 - Utkast till yttrande.docx")?.file?.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const same = await graph(tenant, MEMBER, `/drives/${driveId}/items/${folderId}/children?$expand=listItem($expand=fields)`);
    expect((same.body.value as Child[]).map((f) => f.id)).toEqual(files.map((f) => f.id));
    const plain = await graph(tenant, MEMBER, `/drives/${driveId}/items/${folderId}/children`);
    expect(plain.body.value[0]).not.toHaveProperty("listItem");
  });

  it("404s a missing folder path", async () => {
    const r = await graph(tenant, MEMBER, `${libraryDrive}/root:/${encodeURIComponent("2030-01-01 Saknas")}:/children`);
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("itemNotFound");
  });

  it("driveItem JSON carries parentReference, eTag/cTag and folder childCount", async () => {
    const folder = await graph(tenant, MEMBER, `/drives/${driveId}/items/${folderId}`);
    expect(folder.body.folder).toEqual({ childCount: 6 });
    expect(folder.body.parentReference).toMatchObject({ driveId, path: `/drives/${driveId}/root:` });
    const kids = await graph(tenant, MEMBER, `/drives/${driveId}/items/${folderId}/children`);
    const file = kids.body.value[0];
    expect(file.parentReference).toMatchObject({ driveId, id: folderId, path: `/drives/${driveId}/root:/${DECEMBER_FOLDER}` });
    expect(file.eTag).toMatch(/^"\{[0-9A-F-]{36}\},\d+"$/);
    expect(file.cTag).toMatch(/^"c:\{/);
    expect(file.size).toBeGreaterThan(100);
  });

  it("serves content with the file's bytes and type", async () => {
    const kids = (await graph(tenant, MEMBER, `/drives/${driveId}/items/${folderId}/children`)).body.value as Child[];
    const pdf = kids.find((k) => k.name.endsWith(".pdf"));
    const res = await fetch(`${tenant.url}/v1.0/drives/${driveId}/items/${pdf?.id}/content`, { headers: { Authorization: `Bearer demo:${MEMBER}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});

describe("webUrl opens the file without a token", () => {
  it("serves real PDF and DOCX bytes with a correct Content-Type, and is not logged", async () => {
    tenant.clearRequests();
    const kids = (await graph(tenant, MEMBER, `/drives/${driveId}/items/${folderId}/children`)).body.value as Child[];
    const pdf = kids.find((k) => k.name === "Protokoll nr 10 2026.pdf");
    expect(pdf?.webUrl.startsWith(`${tenant.url}/sites/kdgrupp/Moteshandlingar/`)).toBe(true);
    const res = await fetch(pdf?.webUrl ?? "");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(bytes.subarray(-6).toString("latin1")).toContain("%%EOF");

    const docx = kids.find((k) => k.name.endsWith(".docx"));
    const d = await fetch(docx?.webUrl ?? "");
    expect(d.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(Buffer.from(await d.arrayBuffer()).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(tenant.requests()).toHaveLength(1);
  });

  it("lists a folder as HTML and 404s a missing file", async () => {
    const folder = await fetch(`${tenant.url}/sites/kdgrupp/Moteshandlingar/${folderPath}`);
    expect(folder.headers.get("content-type")).toContain("text/html");
    expect(await folder.text()).toContain("Protokoll nr 10 2026.pdf");
    expect((await fetch(`${tenant.url}/sites/kdgrupp/Moteshandlingar/${folderPath}/saknas.pdf`)).status).toBe(404);
  });
});

describe("drive writes", () => {
  it("creates a folder (201); the same name again gives 409 nameAlreadyExists, rename picks a new name", async () => {
    const rootChildren = `${libraryDrive}/root/children`;
    const body = { name: "2027-01-15 Kommundirektörsmöte", folder: {}, "@microsoft.graph.conflictBehavior": "fail" };
    const created = await graph(tenant, ORGANIZER, rootChildren, { method: "POST", body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: body.name, folder: { childCount: 0 } });
    const again = await graph(tenant, ORGANIZER, rootChildren, { method: "POST", body });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("nameAlreadyExists");
    const renamed = await graph(tenant, ORGANIZER, rootChildren, { method: "POST", body: { ...body, "@microsoft.graph.conflictBehavior": "rename" } });
    expect(renamed.body.name).toBe("2027-01-15 Kommundirektörsmöte 1");
    expect((await graph(tenant, ORGANIZER, rootChildren, { method: "POST", body: { name: "a:b", folder: {} } })).status).toBe(400);
  });

  it("uploads with conflictBehavior fail (201, then 409), replace (200, new eTag) and rename", async () => {
    const name = encodeURIComponent("Protokoll nr 11 2026 (utkast).docx");
    const put = (behavior: string, bytes: Buffer) =>
      graph(tenant, ORGANIZER, `/drives/${driveId}/items/${folderId}:/${name}:/content?@microsoft.graph.conflictBehavior=${behavior}`, { method: "PUT", raw: bytes, headers: { "Content-Type": "application/octet-stream" } });
    const first = await put("fail", Buffer.from("PK first"));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ name: "Protokoll nr 11 2026 (utkast).docx", size: 8, file: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" } });
    const conflict = await put("fail", Buffer.from("PK second"));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe("nameAlreadyExists");
    const content = await fetch(`${tenant.url}/v1.0/drives/${driveId}/items/${first.body.id}/content`, { headers: { Authorization: `Bearer demo:${ORGANIZER}` } });
    expect(Buffer.from(await content.arrayBuffer()).toString()).toBe("PK first");

    const replaced = await put("replace", Buffer.from("PK third!"));
    expect(replaced.status).toBe(200);
    expect(replaced.body.id).toBe(first.body.id);
    expect(replaced.body.eTag).not.toBe(first.body.eTag);
    const renamed = await put("rename", Buffer.from("PK fourth"));
    expect(renamed.status).toBe(201);
    expect(renamed.body.name).toBe("Protokoll nr 11 2026 (utkast) 1.docx");
    const webBytes = await fetch(renamed.body.webUrl);
    expect(await webBytes.text()).toBe("PK fourth");
  });

  it("sets a file's ItemNumber through listItem/fields, honouring If-Match", async () => {
    const kids = (await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${folderId}/children?$expand=listItem($expand=fields)`)).body.value as (Child & { eTag: string })[];
    const unassigned = kids.find((k) => k.name.startsWith("Inbjudan"));
    if (!unassigned) throw new Error("the default data has an unassigned file");
    expect(unassigned.listItem?.fields).not.toHaveProperty("ItemNumber");
    const ok = await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${unassigned.id}/listItem/fields`, { method: "PATCH", headers: { "If-Match": unassigned.eTag }, body: { ItemNumber: 7 } });
    expect(ok.status).toBe(200);
    expect(ok.body.ItemNumber).toBe(7);
    const stale = await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${unassigned.id}/listItem/fields`, { method: "PATCH", headers: { "If-Match": unassigned.eTag }, body: { ItemNumber: 8 } });
    expect(stale.status).toBe(412);
    const after = await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${unassigned.id}?$expand=listItem($expand=fields)`);
    expect(after.body.listItem.fields.ItemNumber).toBe(7);
    const cleared = await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${unassigned.id}/listItem/fields`, { method: "PATCH", body: { ItemNumber: null } });
    expect(cleared.body).not.toHaveProperty("ItemNumber");
  });

  it("deletes a file with If-Match", async () => {
    const kids = (await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${folderId}/children`)).body.value as (Child & { eTag: string })[];
    const victim = kids[0];
    expect((await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${victim?.id}`, { method: "DELETE", headers: { "If-Match": '"{00000000-0000-0000-0000-000000000000},1"' } })).status).toBe(412);
    expect((await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${victim?.id}`, { method: "DELETE", headers: { "If-Match": victim?.eTag ?? "" } })).status).toBe(204);
    expect((await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${folderId}/children`)).body.value).toHaveLength(5);
  });
});
