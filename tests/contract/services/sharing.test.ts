/** Issue #15 contract: the product's sharing code over real HTTP against the demo tenant, which enforces access to /content. */
import { shareWithAttendees } from "../../../src/core/sharing";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { createDemoTokenProvider } from "../../../src/services";
import { createOutlookAdapters } from "../../../src/services/office";
import { configFor, folderRefOn, ORGANIZER, servicesAs, tenantPerTest } from "./harness";

let tenant: DemoTenant;
tenantPerTest((t) => (tenant = t));

const CAMILLA = { name: "Camilla Nyström", email: "camilla.nystrom@orkelljunga.se" };
const MALIN = { name: "Malin Östberg", email: "malin.ostberg@skane.se" };
const OSKAR = { name: "Oskar Lind", email: "oskar.lind@nsva.se" };
const KARIN = { name: "Karin Lindqvist", email: "karin.lindqvist@helsingborg.se" };

function sharingAs(mail: string) {
  return createOutlookAdapters(configFor(tenant), createDemoTokenProvider(mail)).outlook.sharing;
}

async function folderAndBilaga(): Promise<{ folderId: string; bilagaId: string }> {
  const documents = servicesAs(tenant, ORGANIZER).documents;
  const folder = await documents.ensureFolder(folderRefOn(tenant.state(), "2026-12-11"));
  const files = await documents.listFiles(folder.id);
  const bilaga = files.find((f) => f.name === "Protokoll nr 10 2026.pdf");
  if (!bilaga) throw new Error("the December folder lacks its first bilaga");
  return { folderId: folder.id, bilagaId: bilaga.id };
}

/** Status of reading a bilaga's content through Graph as a user. */
async function contentStatus(mail: string, fileId: string): Promise<number> {
  const drive = tenant.state().sites[0]?.lists.find((l) => l.drive)?.drive?.id ?? "";
  const res = await fetch(`${tenant.url}/v1.0/drives/${drive}/items/${fileId}/content`, { headers: { Authorization: `Bearer demo:${mail}` } });
  await res.arrayBuffer();
  return res.status;
}

/** Every permission on the folder that is not ours, as comparable JSON. */
function othersPermissions(folderId: string, ours: Set<string>): string {
  const folder = tenant.state().sites[0]?.lists.flatMap((l) => l.drive?.items ?? []).find((i) => i.id === folderId);
  return JSON.stringify((folder?.permissions ?? []).filter((p) => !ours.has(p.grantee)));
}

describe("Dela handlingarna med deltagarna, against the demo tenant", () => {
  it("a director from another organisation: 403 before, 200 after sharing, 403 after removal and a rerun; nobody else's permission changes", async () => {
    const { folderId, bilagaId } = await folderAndBilaga();
    const sharing = sharingAs(ORGANIZER);
    const handMade = othersPermissions(folderId, new Set([CAMILLA.email, MALIN.email]));
    expect(handMade).toContain(OSKAR.email);

    expect(await contentStatus(CAMILLA.email, bilagaId)).toBe(403);
    expect(await contentStatus(KARIN.email, bilagaId)).toBe(200);

    const first = await shareWithAttendees(sharing, folderId, [KARIN, CAMILLA, MALIN, OSKAR]);
    expect(first.recordSaved).toBe(true);
    const kinds = Object.fromEntries(first.results.map((r) => [r.person.email, r.outcome.kind]));
    expect(kinds).toEqual({ [KARIN.email]: "shared", [CAMILLA.email]: "shared", [MALIN.email]: "shared", [OSKAR.email]: "hadAccess" });
    expect(await contentStatus(CAMILLA.email, bilagaId)).toBe(200);
    expect(await contentStatus(MALIN.email, bilagaId)).toBe(200);

    // Camilla and Oskar are removed from the meeting; the rerun takes back only what the action gave.
    const again = await shareWithAttendees(sharing, folderId, [KARIN, MALIN]);
    const kinds2 = Object.fromEntries(again.results.map((r) => [r.person.email, r.outcome.kind]));
    expect(kinds2).toEqual({ [KARIN.email]: "sharedBefore", [MALIN.email]: "sharedBefore", [CAMILLA.email]: "removed" });
    expect(await contentStatus(CAMILLA.email, bilagaId)).toBe(403);
    expect(await contentStatus(MALIN.email, bilagaId)).toBe(200);
    expect(await contentStatus(OSKAR.email, bilagaId)).toBe(200);
    expect(othersPermissions(folderId, new Set([CAMILLA.email, MALIN.email, KARIN.email]))).toBe(handMade);
  });

  it("sends one invite request per person to share with", async () => {
    const { folderId } = await folderAndBilaga();
    tenant.clearRequests();
    await shareWithAttendees(sharingAs(ORGANIZER), folderId, [CAMILLA]);
    const invites = tenant.requests().filter((r) => r.path.endsWith("/invite"));
    expect(invites).toHaveLength(1);
    expect(invites[0]).toMatchObject({ method: "POST", status: 200 });
  });

  it("external sharing off: the invite for the federated director fails as forbidden, the others are shared, and nothing is recorded for her", async () => {
    const { folderId, bilagaId } = await folderAndBilaga();
    const site = tenant.state().sites[0];
    if (!site) throw new Error("no site");
    site.externalSharing = "disabled";
    const report = await shareWithAttendees(sharingAs(ORGANIZER), folderId, [KARIN, CAMILLA]);
    const camilla = report.results.find((r) => r.person.email === CAMILLA.email);
    expect(camilla?.outcome).toMatchObject({ kind: "failed", error: { code: "forbidden" } });
    expect(report.results.find((r) => r.person.email === KARIN.email)?.outcome.kind).toBe("shared");
    expect(await contentStatus(CAMILLA.email, bilagaId)).toBe(403);
  });

  it("a member may not share (403), and sees only the permissions that apply to them", async () => {
    const { folderId } = await folderAndBilaga();
    // SharePoint refuses a reader's first write (the record on the folder, made before any invite): nothing is shared.
    await expect(shareWithAttendees(sharingAs(KARIN.email), folderId, [CAMILLA])).rejects.toMatchObject({ code: "forbidden" });
    expect(await contentStatus(CAMILLA.email, (await folderAndBilaga()).bilagaId)).toBe(403);
    const seen = await sharingAs(OSKAR.email).read(folderId);
    expect(seen.permissions.flatMap((p) => p.emails)).toEqual([OSKAR.email]);
  });

  it("a stale record eTag is a conflict, never a silent overwrite", async () => {
    const { folderId } = await folderAndBilaga();
    const sharing = sharingAs(ORGANIZER);
    const state = await sharing.read(folderId);
    await sharing.writeRecord(folderId, "someone@x.se\tp1", state.etag);
    await expect(sharing.writeRecord(folderId, "", state.etag)).rejects.toMatchObject({ appError: { code: "conflict" } });
    expect((await sharing.read(folderId)).record).toBe("someone@x.se\tp1");
  });

  it("revoking a permission that is already gone resolves (the goal is reached)", async () => {
    const { folderId } = await folderAndBilaga();
    await expect(sharingAs(ORGANIZER).revoke(folderId, "bm9uZQ")).resolves.toBeUndefined();
  });
});
