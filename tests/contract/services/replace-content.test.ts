/** "Ny version": a revised bilaga replaces the content of the same driveItem, eTag-guarded, the history counted. */
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { folderRefOn, ORGANIZER, servicesAs, tenantPerTest } from "./harness";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("DocumentStore.replaceContent against the demo tenant", () => {
  let tenant: DemoTenant;
  tenantPerTest((started) => (tenant = started), { timeoutMs: 10, faultRetryAfter: 0 });

  const stored = (id: string) => tenant.state().sites[0]!.lists.flatMap((l) => l.drive?.items ?? []).find((i) => i.id === id)!;

  async function uploaded() {
    const documents = servicesAs(tenant, ORGANIZER).documents;
    const meeting = folderRefOn(tenant.state(), "2026-12-11");
    const folder = await documents.ensureFolder(meeting);
    const itemId = (await servicesAs(tenant, ORGANIZER).agenda.list(meeting.key))[2]!.id;
    const { file: made } = await documents.upload(folder.id, "Remissvar.pdf", bytes("%PDF-1.4 v1"), itemId);
    // As the pane does: the eTag of the folder listing the user saw (setting the item moved the upload's eTag on).
    const file = (await documents.listFiles(folder.id)).find((f) => f.id === made.id)!;
    return { documents, folder, file, itemId };
  }

  it("keeps the driveItem, its name and its item, replaces the bytes and adds a version", async () => {
    const { documents, folder, file, itemId } = await uploaded();
    const before = (await documents.listFiles(folder.id)).length;
    const next = await documents.replaceContent(file.id, file.etag, bytes("%PDF-1.4 v2, reviderad"));
    expect(next).toMatchObject({ id: file.id, name: "Remissvar.pdf" });
    expect((await documents.listFiles(folder.id)).find((f) => f.id === file.id)).toMatchObject({ name: "Remissvar.pdf", itemId });
    expect(next.etag).not.toBe(file.etag);
    expect(new TextDecoder().decode(await documents.download(file.id))).toBe("%PDF-1.4 v2, reviderad");
    expect(await documents.listFiles(folder.id)).toHaveLength(before);
    expect(stored(file.id).contentVersions).toBe(2);
    await documents.replaceContent(file.id, next.etag, bytes("%PDF-1.4 v3"));
    expect(stored(file.id).contentVersions).toBe(3);
  });

  it("refuses a stale eTag as a conflict and keeps the other person's version", async () => {
    const { documents, file } = await uploaded();
    await servicesAs(tenant, ORGANIZER).documents.replaceContent(file.id, file.etag, bytes("deras version"));
    await expect(documents.replaceContent(file.id, file.etag, bytes("min version"))).rejects.toMatchObject({ appError: { code: "conflict" } });
    expect(new TextDecoder().decode(await documents.download(file.id))).toBe("deras version");
    expect(stored(file.id).contentVersions).toBe(2);
  });

  it("a lost answer is not reported as failed when the new version is in (and adds exactly one version)", async () => {
    const { documents, file } = await uploaded();
    tenant.injectFaults(["lostResponse"]);
    const next = await documents.replaceContent(file.id, file.etag, bytes("%PDF-1.4 v2"));
    expect(next.id).toBe(file.id);
    expect(new TextDecoder().decode(await documents.download(file.id))).toBe("%PDF-1.4 v2");
    expect(stored(file.id).contentVersions).toBe(2);
  });
});
