/**
 * A meeting moved to another day or renamed after its folder was made keeps its bilagor in the tab (the name stored
 * in the tab), the personal tab (the name its new date and subject give) and the protokoll, which lands in the same
 * folder and never in a stray new one. The demo data's October meeting was moved from 9 to 8 October.
 */
import { folderName } from "../../../src/core";
import type { MeetingRef } from "../../../src/core";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { createProtokollDraft } from "../../../src/app/protokollDraft";
import { loadedDocumentWriters } from "../../../src/services/documents/writers";
import { DEFAULT_FOLDER, eventOn, MEMBER, ORGANIZER, servicesAs, tenantPerTest } from "./harness";

const OCTOBER_FOLDER = "2026-10-09 Kommundirektörsmöte";

describe("a moved or renamed meeting against the demo tenant", () => {
  let tenant: DemoTenant;
  tenantPerTest((started) => (tenant = started));

  const library = () => tenant.state().sites[0]!.lists[1]!.drive!;
  const foldersNamed = (prefix: string) => library().items.filter((i) => i.kind === "folder" && i.name.startsWith(prefix)).map((i) => i.name);
  const bilagor = async (mail: string, ref: MeetingRef) => {
    const view = await servicesAs(tenant, mail).meetings.loadMeetingView(ref);
    return { view, names: view.agenda.state === "ready" ? view.agenda.value.items.flatMap((i) => i.attachments.map((a) => `${i.number}:${a.name}`)) : null };
  };

  it("shows the moved meeting's bilagor by the tab's stored name, by the name of its new date, and without a name", async () => {
    const october = eventOn(tenant.state(), "2026-10-08");
    const expected = ["1:Budgetuppföljning september 2026.pdf"];
    const newName = folderName(october.startUtc, october.subject);
    expect(newName).toBe("2026-10-08 Kommundirektörsmöte");
    for (const ref of [{ key: october.iCalUId, folderName: OCTOBER_FOLDER }, { key: october.iCalUId, folderName: newName }, { key: october.iCalUId }]) {
      const { view, names } = await bilagor(MEMBER, ref);
      expect({ ref, names, folder: view.folder.state === "ready" ? view.folder.value?.name : view.folder.state }).toEqual({ ref, names: expected, folder: OCTOBER_FOLDER });
    }
  });

  it("keeps a renamed meeting's bilagor, and its protokoll draft lands in the same folder", async () => {
    const december = eventOn(tenant.state(), "2026-12-11");
    const before = (await bilagor(MEMBER, { key: december.iCalUId, folderName: DEFAULT_FOLDER })).names;
    december.subject = "Kommundirektörsmöte med internat";
    const renamedRef = { key: december.iCalUId, folderName: folderName(december.startUtc, december.subject) };
    const { view, names } = await bilagor(ORGANIZER, renamedRef);
    expect(names).toEqual(before);
    expect(names!.length).toBeGreaterThanOrEqual(5);

    const draft = await createProtokollDraft({ ...servicesAs(tenant, ORGANIZER), writers: loadedDocumentWriters }, view, { groupName: "Kommundirektörsgruppen i Familjen Helsingborg" });
    const folder = library().items.find((i) => i.name === DEFAULT_FOLDER)!;
    expect(library().items.find((i) => i.id === draft.fileId)?.parentId).toBe(folder.id);
    expect(foldersNamed("2026-12-11")).toEqual([DEFAULT_FOLDER]);
  });

  it("drafts the moved meeting's protokoll into its folder even from a view that found no folder", async () => {
    const october = eventOn(tenant.state(), "2026-10-08");
    const services = servicesAs(tenant, ORGANIZER);
    const view = await services.meetings.loadMeetingView({ key: october.iCalUId, folderName: folderName(october.startUtc, october.subject) });
    // As a view read before the key was known would be: no folder. The action finds it by the key all the same.
    const draft = await createProtokollDraft({ ...services, writers: loadedDocumentWriters }, { ...view, folder: { state: "ready", value: null } }, { groupName: "Kommundirektörsgruppen" });
    expect(library().items.find((i) => i.id === draft.fileId)?.parentId).toBe(library().items.find((i) => i.name === OCTOBER_FOLDER)!.id);
    expect(foldersNamed("2026-10-08")).toEqual([]);
  });
});
