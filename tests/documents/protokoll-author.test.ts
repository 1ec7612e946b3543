/** The protokoll draft names who made it: Word's Author and "Last saved by" are the signed-in user, not "Un-named". */
import { XMLValidator } from "fast-xml-parser";
import type { MeetingView } from "../../src/core/ports";
import type { Folder } from "../../src/core/types";
import { createProtokollDraft } from "../../src/app/protokollDraft";
import { draftView } from "../unit/protokoll/fixtures";
import { packagePart } from "./consumers";
import { draftServices, memoryStore } from "./memory-store";

const folder: Folder = { id: "folder-1", name: "2018-04-20 Kommundirektörsmöte", webUrl: "https://familjenhelsingborg.sharepoint.com/x" };

function view(me: { name: string; email: string }): MeetingView {
  return draftView(folder, { me });
}

async function coreProperties(me: { name: string; email: string }): Promise<string> {
  const store = memoryStore(folder);
  const result = await createProtokollDraft(draftServices(store), view(me), { groupName: "Kommundirektörsgruppen i Familjen Helsingborg" });
  const stored = store.files.find((f) => f.id === result.fileId);
  return packagePart(stored!.content, "docProps/core.xml");
}

describe("the protokoll draft's author", () => {
  it("is the signed-in user, as creator and last modified by", async () => {
    const xml = await coreProperties({ name: "Elin Sjöberg", email: "elin.sjoberg@familjenhelsingborg.se" });
    expect(xml).toMatch(/<dc:creator>Elin Sjöberg<\/dc:creator>/);
    expect(xml).toMatch(/<cp:lastModifiedBy>Elin Sjöberg<\/cp:lastModifiedBy>/);
    expect(xml).not.toContain("Un-named");
  });

  it("keeps a hostile display name literal and the package well-formed", async () => {
    const xml = await coreProperties({ name: "Elin <b>&</b>\u0007 Sjöberg", email: "elin.sjoberg@familjenhelsingborg.se" });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("<dc:creator>Elin &lt;b&gt;&amp;&lt;/b&gt; Sjöberg</dc:creator>");
  });
});
