/**
 * The demo tenant's `content?format=pdf` (LibreOffice) and `createLink`, in Graph's shapes: Word converts, what Graph
 * cannot convert answers 406 notSupported, a broken file 500 with an OData error; a short link redirects to the file.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { checkAgainst, loadModel } from "../graph-metadata/csdl-model";
import { DECEMBER_FOLDER, graph, ORGANIZER, SITE, start } from "./helpers";

let tenant: DemoTenant;
let driveId: string;
let children: { id: string; name: string; webUrl: string }[];
const libraryDrive = `/sites/${SITE}/lists/${encodeURIComponent("Möteshandlingar")}/drive`;

function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "convert-test-"));
  try {
    writeFileSync(join(dir, "a.pdf"), bytes);
    return execFileSync("pdftotext", ["-layout", join(dir, "a.pdf"), "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const words = (text: string): string => text.replace(/\s+/g, " ").trim();

beforeAll(async () => {
  tenant = await start();
  driveId = (await graph(tenant, ORGANIZER, libraryDrive)).body.id;
  const folder = (await graph(tenant, ORGANIZER, `/drives/${driveId}/root:/${encodeURIComponent(DECEMBER_FOLDER)}:`)).body;
  children = (await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${folder.id}/children`)).body.value;
});
afterAll(() => tenant.close());

function child(suffix: string): { id: string; name: string; webUrl: string } {
  const found = children.find((c) => c.name.endsWith(suffix));
  if (!found) throw new Error(`no ${suffix} in the December folder`);
  return found;
}

describe("content?format=pdf", () => {
  it("converts a Word bilaga to a PDF that holds the document's own words", async () => {
    const docx = child(".docx");
    const auth = { headers: { Authorization: `Bearer demo:${ORGANIZER}` } };
    const original = await fetch(`${tenant.url}/v1.0/drives/${driveId}/items/${docx.id}/content`, auth);
    const { value: docxText } = await mammoth.extractRawText({ buffer: Buffer.from(await original.arrayBuffer()) });
    const res = await fetch(`${tenant.url}/v1.0/drives/${driveId}/items/${docx.id}/content?format=pdf`, auth);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const firstWords = words(docxText).split(" ").slice(0, 4).join(" ");
    expect(firstWords.length).toBeGreaterThan(5);
    expect(words(pdfText(pdf))).toContain(firstWords);
  }, 120_000);

  it("answers 406 notSupported for a PDF and for a format it does not make, like Graph", async () => {
    const pdf = child(".pdf");
    const same = await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${pdf.id}/content?format=pdf`);
    expect(same.status).toBe(406);
    expect(same.body.error.code).toBe("notSupported");
    const glb = await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${child(".docx").id}/content?format=glb`);
    expect(glb.status).toBe(406);
    expect(glb.body.error.code).toBe("notSupported");
  });

  it("answers 500 with an OData error when LibreOffice cannot read the file", async () => {
    const folderId = (await graph(tenant, ORGANIZER, `/drives/${driveId}/root:/${encodeURIComponent(DECEMBER_FOLDER)}:`)).body.id;
    const bad = await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${folderId}:/Trasig.docx:/content?@microsoft.graph.conflictBehavior=fail`, {
      method: "PUT",
      raw: Buffer.from("PK\u0003\u0004 inte en zip"),
    });
    expect(bad.status).toBe(201);
    const res = await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${bad.body.id}/content?format=pdf`);
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe("generalException");
    expect(res.body.error.innerError["request-id"]).toEqual(expect.any(String));
    tenant.reset();
  }, 120_000);
});

describe("createLink", () => {
  it("gives a short view link (≤ 100 characters) in Graph's permission shape, the same one when asked again", async () => {
    const file = child(".docx");
    const first = await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${file.id}/createLink`, { method: "POST", body: { type: "view", scope: "existingAccess" } });
    expect(first.status).toBe(200);
    expect(checkAgainst(loadModel().model, "microsoft.graph.permission", first.body)).toEqual([]);
    const url: string = first.body.link.webUrl;
    expect(url.length).toBeLessThanOrEqual(100);
    expect(file.webUrl.length).toBeGreaterThan(url.length);
    const again = await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${file.id}/createLink`, { method: "POST", body: { type: "view", scope: "existingAccess" } });
    expect(again.body.link.webUrl).toBe(url);
    const other = await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${child(".pdf").id}/createLink`, { method: "POST", body: { type: "view" } });
    expect(other.body.link.webUrl).not.toBe(url);
  });

  it("redirects the short link to the file, and refuses edit links and unknown scopes", async () => {
    const file = child(".pdf");
    const link = (await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${file.id}/createLink`, { method: "POST", body: { type: "view" } })).body.link.webUrl as string;
    const res = await fetch(link, { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(file.webUrl);
    expect((await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${file.id}/createLink`, { method: "POST", body: { type: "edit" } })).status).toBe(400);
    expect((await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${file.id}/createLink`, { method: "POST", body: { type: "view", scope: "world" } })).status).toBe(400);
  });
});
