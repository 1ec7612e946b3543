/** A demo tenant restarted under open panes: rows nobody changed keep their eTags, so a pane's next save is no conflict. */
import { DEFAULT_FOLDER, ORGANIZER, servicesAs, startTenant } from "../services/harness";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import type { AgendaItemRecord } from "../../../src/core/types";

/** Every eTag the tenant serves for the default meeting's rows and files, and the events' change keys, by id. */
async function servedEtags(tenant: DemoTenant): Promise<{ rows: AgendaItemRecord[]; etags: Map<string, string> }> {
  const services = servicesAs(tenant, ORGANIZER);
  const meeting = (await services.meetings.listUpcoming()).find((m) => m.folderName === DEFAULT_FOLDER)!;
  const rows = await services.agenda.list(meeting.iCalUId);
  // The folder exists in the default data: finding it writes nothing.
  const files = await services.documents.listFiles((await services.documents.ensureFolder({ key: meeting.iCalUId, startUtc: meeting.startUtc, subject: meeting.subject })).id);
  const etags = new Map<string, string>();
  for (const row of rows) etags.set(`row ${row.id}`, row.etag);
  for (const file of files) etags.set(`file ${file.id}`, file.etag ?? "");
  return { rows, etags };
}

describe("restarting the demo tenant", () => {
  let first: DemoTenant | undefined;
  let second: DemoTenant | undefined;
  afterEach(async () => {
    await first?.close();
    await second?.close();
  });

  it("serves the same eTags for unchanged rows and files, and takes a save guarded by a pre-restart eTag", async () => {
    first = await startTenant();
    const before = await servedEtags(first);
    await first.close();
    first = undefined;
    second = await startTenant();
    const after = await servedEtags(second);
    expect(before.etags.size).toBeGreaterThan(5);
    expect(after.etags).toEqual(before.etags);

    // The pane still holds the first run's row: its save must go through, not open the conflict view.
    const { id, etag, meetingKey: _key, ...draft } = before.rows[0]!;
    const saved = await servicesAs(second, ORGANIZER).agenda.update(id, etag, { ...draft, title: `${draft.title} (efter omstart)` });
    expect(saved.title).toBe(`${draft.title} (efter omstart)`);
    expect(saved.etag).not.toBe(etag);
  });
});
