/** The draft action over a store with Graph's upload rule: names, never overwriting, failures the UI can explain. */
import { isAppFailure } from "../../src/core/errors";
import type { MeetingView } from "../../src/core/ports";
import type { Folder } from "../../src/core/types";
import { createProtokollDraft, draftBytes } from "../../src/services/documents/create-draft";
import { draftView, report } from "../unit/protokoll/fixtures";
import { mammothText, paragraphsOf } from "./consumers";

/** The paragraphs of a list in the default template: its label, then one person a paragraph (issue 14). */
async function listAfter(content: Uint8Array, label: string, count: number): Promise<string[]> {
  const paragraphs = paragraphsOf(await mammothText(content));
  const at = paragraphs.indexOf(label);
  expect(at).toBeGreaterThanOrEqual(0);
  return paragraphs.slice(at + 1, at + 1 + count);
}
import { draftServices, memoryDirectory, memoryStore } from "./memory-store";

const folder: Folder = { id: "folder-1", name: "2018-04-20 Kommundirektörsmöte", webUrl: "https://familjenhelsingborg.sharepoint.com/x" };

function view(overrides: Partial<MeetingView> = {}): MeetingView {
  return draftView(folder, overrides);
}

const options = { groupName: "Kommundirektörsgruppen i Familjen Helsingborg" };

describe("createProtokollDraft", () => {
  it("uploads 'Protokoll nr N YYYY (utkast).docx' to the meeting folder and returns where it opens", async () => {
    const store = memoryStore(folder, ["1 - Frågor från kommunutredningen.pdf"]);
    const result = await createProtokollDraft(draftServices(store), view(), options);
    expect(result).toMatchObject({ fileName: "Protokoll nr 3 2018 (utkast).docx", firstChoice: "Protokoll nr 3 2018 (utkast).docx", renamed: false });
    const stored = store.files.find((f) => f.id === result.fileId);
    expect(stored?.folderId).toBe(folder.id);
    expect(result.webUrl).toBe(stored?.webUrl);
    expect(await mammothText(stored!.content)).toContain("Protokoll nr 3 2018");
  });

  it("never overwrites: a second draft is '(utkast 2)', a third '(utkast 3)', the first unchanged", async () => {
    const store = memoryStore(folder);
    const first = await createProtokollDraft(draftServices(store), view(), options);
    const firstBytes = store.files.find((f) => f.id === first.fileId)!.content;
    const second = await createProtokollDraft(draftServices(store), view(), options);
    const third = await createProtokollDraft(draftServices(store), view(), options);
    expect([second.fileName, second.renamed]).toEqual(["Protokoll nr 3 2018 (utkast 2).docx", true]);
    expect(third.fileName).toBe("Protokoll nr 3 2018 (utkast 3).docx");
    expect(store.files.find((f) => f.id === first.fileId)?.content).toBe(firstBytes);
    expect(store.files.map((f) => f.name)).toEqual(["Protokoll nr 3 2018 (utkast).docx", "Protokoll nr 3 2018 (utkast 2).docx", "Protokoll nr 3 2018 (utkast 3).docx"]);
    // Each upload asked for a free name: nothing was tried on top of an existing draft.
    expect(store.uploads).toEqual(store.files.map((f) => f.name));
  });

  it("still does not overwrite when someone else creates the same name between listing and upload", async () => {
    const store = memoryStore(folder);
    store.beforeUpload = (folderId, name) => {
      store.beforeUpload = undefined;
      store.files.push({ id: "theirs", folderId, name, webUrl: "https://x/theirs", size: 1, itemId: null, itemNumber: null, etag: null, lastModifiedUtc: null, content: new Uint8Array([9]) });
    };
    const result = await createProtokollDraft(draftServices(store), view(), options);
    expect(result.renamed).toBe(true);
    expect(result.fileName).toBe("Protokoll nr 3 2018 (utkast) (2).docx");
    expect(store.files.find((f) => f.id === "theirs")?.content).toEqual(new Uint8Array([9]));
  });

  it("creates the meeting folder when the meeting has none yet", async () => {
    const store = memoryStore(folder);
    const result = await createProtokollDraft(draftServices(store), view({ folder: { state: "ready", value: null } }), options);
    const created = store.folders.find((f) => f.name === "2018-04-20 Kommundirektörsmöte" && f.id !== folder.id);
    expect(created).toBeUndefined(); // the configured name already exists: it is reused, not duplicated
    expect(store.files.find((f) => f.id === result.fileId)?.folderId).toBe(folder.id);
    const other = memoryStore({ ...folder, name: "annan" });
    await createProtokollDraft(draftServices(other), view({ folder: { state: "ready", value: null } }), options);
    expect(other.folders.map((f) => f.name)).toEqual(["annan", "2018-04-20 Kommundirektörsmöte"]);
  });

  it("drafts with marked blanks when attendance could not be read", async () => {
    const store = memoryStore(folder);
    const result = await createProtokollDraft(draftServices(store), view({ attendance: { state: "error", error: { code: "forbidden" } } }), options);
    const content = store.files.find((f) => f.id === result.fileId)!.content;
    expect(await listAfter(content, "Närvarande:", 1)).toEqual(["[Kunde inte läsas från kalendern – fyll i]"]);
  });

  it("fails with the section's code, uploading nothing, when the agenda or the folder could not be read", async () => {
    const store = memoryStore(folder);
    const noAgenda = createProtokollDraft(draftServices(store), view({ agenda: { state: "error", error: { code: "throttled", detail: "429" } } }), options);
    await expect(noAgenda).rejects.toMatchObject({ appError: { code: "throttled" } });
    await noAgenda.catch((error: unknown) => expect(isAppFailure(error)).toBe(true));
    await expect(createProtokollDraft(draftServices(store), view({ folder: { state: "error", error: { code: "offline" } } }), options)).rejects.toMatchObject({ appError: { code: "offline" } });
    expect(store.files).toEqual([]);
  });

  it("refuses a draft without Underlag when the folder's files could not be read (403), uploading nothing", async () => {
    const store = memoryStore(folder);
    const unreadable = view({ files: { state: "error", error: { code: "forbidden", detail: "403 accessDenied" } } });
    await expect(createProtokollDraft(draftServices(store), unreadable, options)).rejects.toMatchObject({ appError: { code: "forbidden" } });
    await expect(draftBytes(unreadable, options)).rejects.toMatchObject({ appError: { code: "forbidden" } });
    expect(store.files).toEqual([]);
  });

  it("takes guests' organisations from the directory, and still drafts when the lookup fails", async () => {
    const store = memoryStore(folder);
    const directory = memoryDirectory([{ email: "eva.sturesson@engelholm.se", name: "x", companyName: "Fel", officeLocation: null }, { email: "sara.ropke@greatercph.com", name: "Sara", companyName: null, officeLocation: "Greater Copenhagen" }]);
    const attendees = [
      { name: "Sara Røpke", email: "sara.ropke@greatercph.com", type: "optional" as const, response: "accepted" as const },
      { name: "Eva Sturesson", email: "eva.sturesson@engelholm.se", type: "optional" as const, response: "accepted" as const },
    ];
    const result = await createProtokollDraft(draftServices(store, directory), view({ attendance: { state: "ready", value: report(attendees) } }), options);
    expect(directory.asked).toEqual([["sara.ropke@greatercph.com"]]); // only the unknown are looked up
    expect(await listAfter(store.files.find((f) => f.id === result.fileId)!.content, "Inbjudna gäster:", 2)).toEqual(["Eva Sturesson, Ängelholm", "Sara Røpke, Greater Copenhagen"]);

    const failing = { lookup: () => Promise.reject(Object.assign(new Error("503"), { appError: { code: "throttled" } })) };
    const again = await createProtokollDraft(draftServices(store, failing), view({ attendance: { state: "ready", value: report(attendees) } }), options);
    expect(await listAfter(store.files.find((f) => f.id === again.fileId)!.content, "Inbjudna gäster:", 2)).toEqual(["Eva Sturesson, Ängelholm", "Sara Røpke"]);
    const broken = { lookup: () => Promise.reject(new TypeError("bug")) };
    await expect(createProtokollDraft(draftServices(store, broken), view({ attendance: { state: "ready", value: report(attendees) } }), options)).rejects.toThrow("bug");
  });
});
