/** An in-memory DocumentStore with the Graph store's upload rule (conflictBehavior=fail, then "name (n).ext"). */
import type { Directory, DocumentStore, UploadResult } from "../../src/core/ports";
import type { DirectoryEntry, FileRecord, Folder } from "../../src/core/types";
import { folderName } from "../../src/core/folder";
import type { DocumentWriters } from "../../src/core/ports-documents";
import { loadedDocumentWriters } from "../../src/services/documents/writers";

/** A stored file with its bytes. */
export interface StoredFile extends FileRecord {
  folderId: string;
  content: Uint8Array;
}

/** The fake store and what it holds. */
export interface MemoryStore extends DocumentStore {
  files: StoredFile[];
  folders: Folder[];
  uploads: string[];
  /** Files of the library by path, outside the meeting folders (the group's template "Mallar/Protokollmall.docx"). */
  library: Map<string, Uint8Array>;
  /** Files added between the listing and the upload, as another user would (race tests). */
  beforeUpload?: (folderId: string, name: string) => void;
}

function candidate(name: string, n: number): string {
  if (n <= 1) return name;
  const dot = name.lastIndexOf(".");
  return `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
}

/** A store with one folder and the given files in it. */
export function memoryStore(folder: Folder, names: string[] = []): MemoryStore {
  let nextId = 1;
  const file = (folderId: string, name: string, content: Uint8Array): StoredFile => ({
    id: `file-${nextId++}`,
    folderId,
    name,
    webUrl: `https://familjenhelsingborg.sharepoint.com/sites/kdgrupp/M%C3%B6teshandlingar/${encodeURIComponent(folder.name)}/${encodeURIComponent(name)}`,
    size: content.length,
    itemId: null,
    itemNumber: null,
    etag: `"${nextId},1"`,
    lastModifiedUtc: null,
    content,
  });
  // The folders by MeetingKey, as the library's column finds them.
  const keys = new Map<string, Folder>();
  const store: MemoryStore = {
    files: names.map((n) => file(folder.id, n, new Uint8Array([1, 2, 3]))),
    folders: [folder],
    uploads: [],
    library: new Map(),
    async ensureFolder(meeting) {
      const keyed = keys.get(meeting.key);
      if (keyed) return keyed;
      const name = folderName(meeting.startUtc, meeting.subject);
      const created = { id: `folder-${nextId++}`, name, webUrl: `https://example.invalid/${encodeURIComponent(name)}` };
      store.folders.push(created);
      keys.set(meeting.key, created);
      return created;
    },
    async listFiles(folderId) {
      return store.files.filter((f) => f.folderId === folderId).map(({ content: _c, folderId: _f, ...record }) => record);
    },
    async upload(folderId, name, content, itemId): Promise<UploadResult> {
      store.beforeUpload?.(folderId, name);
      const taken = (n: string) => store.files.some((f) => f.folderId === folderId && f.name.toLowerCase() === n.toLowerCase());
      for (let n = 1; n < 50; n++) {
        const tryName = candidate(name, n);
        store.uploads.push(tryName);
        if (taken(tryName)) continue;
        const stored = { ...file(folderId, tryName, content), itemId };
        store.files.push(stored);
        const { content: _c, folderId: _f, ...record } = stored;
        return { file: record, renamed: n > 1 };
      }
      throw new Error("no free name");
    },
    async setItemId() {
      throw new Error("not used");
    },
    async replaceContent() {
      throw new Error("not used");
    },
    async download(fileId) {
      const found = store.files.find((f) => f.id === fileId);
      if (!found) throw new Error("not found");
      return found.content;
    },
    async downloadPdf() {
      throw new Error("not used");
    },
    async viewLinks() {
      return new Map();
    },
    async readByPath(path) {
      return store.library.get(path) ?? null;
    },
  };
  return store;
}

/** A directory that knows the given entries and records what was asked. */
export function memoryDirectory(known: DirectoryEntry[] = []): Directory & { asked: string[][] } {
  const directory = {
    asked: [] as string[][],
    async lookup(emails: string[]) {
      directory.asked.push(emails);
      return known.filter((k) => emails.includes(k.email.toLowerCase()));
    },
  };
  return directory;
}

/** The ports the draft action uses: the in-memory store and directory, and the real .docx writer. */
export function draftServices(store: MemoryStore, directory: Directory = memoryDirectory()): { documents: MemoryStore; directory: Directory; writers: DocumentWriters } {
  return { documents: store, directory, writers: loadedDocumentWriters };
}
