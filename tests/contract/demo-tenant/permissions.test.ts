/**
 * The permission model the demo tenant enforces like the recommended SharePoint setup (SECURITY.md, docs/sideload.md):
 * members and guests read Dagordning and Möteshandlingar, only the secretariat writes. A reader's write is Graph's
 * 403 `accessDenied` and changes nothing, also inside $batch.
 */
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { decemberMeeting, DECEMBER_FOLDER, graph, MEMBER, ORGANIZER, SITE, start } from "./helpers";
import type { Reply } from "./helpers";

const GUEST = "malin.ostberg@skane.se";
const items = `/sites/${SITE}/lists/Dagordning/items`;
const libraryDrive = `/sites/${SITE}/lists/${encodeURIComponent("Möteshandlingar")}/drive`;

let tenant: DemoTenant;
let driveId: string;
let folderId: string;
let fileId: string;
let itemId: string;

beforeAll(async () => {
  tenant = await start();
});
afterAll(() => tenant.close());
beforeEach(async () => {
  tenant.reset();
  driveId = (await graph(tenant, ORGANIZER, libraryDrive)).body.id;
  folderId = (await graph(tenant, ORGANIZER, `/drives/${driveId}/root:/${encodeURIComponent(DECEMBER_FOLDER)}:`)).body.id;
  fileId = (await graph(tenant, ORGANIZER, `/drives/${driveId}/items/${folderId}/children`)).body.value[0].id;
  const key = decemberMeeting(tenant.state()).iCalUId;
  itemId = (await graph(tenant, ORGANIZER, `${items}?$expand=fields&$filter=${encodeURIComponent(`fields/MeetingKey eq '${key}'`)}`)).body.value[0].id;
});

interface Write {
  name: string;
  path: string;
  method: string;
  body?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
}

/** Every kind of write the product makes to the site: the agenda list and the library (ids known after beforeEach). */
function writes(): Write[] {
  const pdf = Buffer.from("%PDF-1.4 underlag");
  return [
    { name: "add an agenda item", path: items, method: "POST", body: { fields: { Title: "Smuggelpunkt", MeetingKey: "x", ItemNumber: 99 } } },
    { name: "change a beslutsförslag", path: `${items}/${itemId}/fields`, method: "PATCH", body: { ProposedDecisions: "godkänna allt" }, headers: { "If-Match": "*" } },
    { name: "delete an agenda item", path: `${items}/${itemId}`, method: "DELETE", headers: { "If-Match": "*" } },
    { name: "upload a bilaga", path: `/drives/${driveId}/items/${folderId}:/Smuggel.pdf:/content?@microsoft.graph.conflictBehavior=fail`, method: "PUT", raw: pdf, headers: { "Content-Type": "application/pdf" } },
    { name: "attach a bilaga (PATCH its fields)", path: `/drives/${driveId}/items/${fileId}/listItem/fields`, method: "PATCH", body: { ItemNumber: 7 }, headers: { "If-Match": "*" } },
    { name: "create a meeting folder", path: `/drives/${driveId}/root/children`, method: "POST", body: { name: "2027-01-15 Falskt möte", folder: {}, "@microsoft.graph.conflictBehavior": "fail" } },
    { name: "write through the site's drive", path: `/sites/${SITE}/drive/items/${folderId}:/Protokoll.docx:/content`, method: "PUT", raw: pdf, headers: { "Content-Type": "application/octet-stream" } },
    { name: "delete a file", path: `/drives/${driveId}/items/${fileId}`, method: "DELETE", headers: { "If-Match": "*" } },
  ];
}

const WRITE_NAMES = ["add an agenda item", "change a beslutsförslag", "delete an agenda item", "upload a bilaga", "attach a bilaga (PATCH its fields)", "create a meeting folder", "write through the site's drive", "delete a file"];

function writeNamed(name: string): Write {
  const found = writes().find((w) => w.name === name);
  if (!found) throw new Error(`no write named ${name}`);
  return found;
}

function expectAccessDenied(r: Pick<Reply, "status" | "body">): void {
  expect(r.status).toBe(403);
  expect(r.body.error.code).toBe("accessDenied");
  expect(typeof r.body.error.message).toBe("string");
  expect(r.body.error.innerError["request-id"]).toEqual(expect.any(String));
}

describe.each([
  ["member", MEMBER],
  ["guest", GUEST],
])("a %s may read but not write", (_who, reader) => {
  it.each(WRITE_NAMES)("%s: 403 accessDenied, nothing changed", async (name) => {
    const w = writeNamed(name);
    const before = JSON.stringify(tenant.state().sites);
    const r = await graph(tenant, reader, w.path, w);
    expectAccessDenied(r);
    expect(JSON.stringify(tenant.state().sites)).toBe(before);
  });

  it("still reads the agenda and the folder", async () => {
    expect((await graph(tenant, reader, `${items}/${itemId}?$expand=fields`)).status).toBe(200);
    expect((await graph(tenant, reader, `/drives/${driveId}/items/${folderId}/children?$expand=listItem($expand=fields)`)).status).toBe(200);
  });

  it("is refused inside $batch too, per inner request", async () => {
    const before = JSON.stringify(tenant.state().sites);
    const r = await graph(tenant, reader, "/$batch", {
      method: "POST",
      body: {
        requests: [
          { id: "1", method: "GET", url: `${items}/${itemId}` },
          { id: "2", method: "PATCH", url: `${items}/${itemId}/fields`, headers: { "Content-Type": "application/json", "If-Match": "*" }, body: { Title: "Kapad" } },
        ],
      },
    });
    expect(r.status).toBe(200);
    const byId = new Map((r.body.responses as { id: string; status: number; body: unknown }[]).map((x) => [x.id, x]));
    expect(byId.get("1")?.status).toBe(200);
    expectAccessDenied(byId.get("2") as { status: number; body: Reply["body"] });
    expect(JSON.stringify(tenant.state().sites)).toBe(before);
  });
});

describe("the secretariat writes", () => {
  it.each(WRITE_NAMES)("%s succeeds", async (name) => {
    const w = writeNamed(name);
    const r = await graph(tenant, ORGANIZER, w.path, w);
    expect([200, 201, 204]).toContain(r.status);
  });
});
