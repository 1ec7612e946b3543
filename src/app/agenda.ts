/** The agenda editor's use cases: each write of agendaOps with the reads it needs, over the two stores. */
import { orderRecords } from "../core";
import type { AgendaItemDraft, AgendaItemRecord, FileRecord, UploadResult } from "../core";
import { addItem, attachFile, detachFile, moveRecord, removeRecord, uploadAttachment } from "./agendaOps";
import type { AgendaDeps } from "./agendaOps";
import { newItemIndex } from "./closingItems";

/** What the secretariat's editor does with the agenda and its bilagor. */
export interface AgendaUseCases {
  /** The meeting folder's files, as the bilaga picker offers them. */
  listFiles(folderId: string): Promise<FileRecord[]>;
  /** Creates an item at the end of the agenda. */
  add(meetingKey: string, records: readonly AgendaItemRecord[], draft: AgendaItemDraft): Promise<AgendaItemRecord>;
  /** Writes an item's content over the version `etag` names (a newer one rejects with "conflict"); never its place. */
  save(id: string, etag: string, draft: AgendaItemDraft): Promise<AgendaItemRecord>;
  /** The item as stored now (what someone else saved, after a conflict). */
  reread(id: string): Promise<AgendaItemRecord>;
  /** Moves the item at display index `from` to `to` (one write of one row). */
  move(items: readonly AgendaItemRecord[], folderId: string, from: number, to: number): Promise<void>;
  /**
   * Moves a just-created item before the closing items ("Övriga frågor", "Mötet avslutas"), reading the agenda as it
   * is now; resolves the index it was placed at (where it already was when nothing had to move).
   */
  placeBeforeClosing(meetingKey: string, folderId: string, createdId: string): Promise<number>;
  /** Removes an item; its bilagor stay in the folder, on no item. */
  remove(items: readonly AgendaItemRecord[], folderId: string, id: string): Promise<void>;
  /** Makes a file of the folder a bilaga of the item. */
  attach(fileId: string, itemId: string): Promise<void>;
  /** Removes a file from its item (the file stays in the folder). */
  detach(fileId: string): Promise<void>;
  /** Uploads a file as a bilaga of the item, never over an existing file. */
  upload(folderId: string, name: string, content: Uint8Array, itemId: string): Promise<UploadResult>;
  /** Replaces an existing file's content with a new version, guarded by the eTag the user saw. */
  replaceVersion(file: Pick<FileRecord, "id" | "etag">, content: Uint8Array): Promise<FileRecord>;
}

/** The agenda use cases over the list and the library. */
export function createAgendaUseCases(deps: AgendaDeps): AgendaUseCases {
  return {
    listFiles: (folderId) => deps.documents.listFiles(folderId),
    add: (meetingKey, records, draft) => addItem(deps, meetingKey, records, draft),
    save: (id, etag, draft) => deps.agenda.update(id, etag, draft),
    reread: (id) => deps.agenda.get(id),
    // The folder is read at the moment of the write: files added by hand since the pane loaded are bound first.
    move: async (items, folderId, from, to) => moveRecord(deps, items, await deps.documents.listFiles(folderId), from, to),
    async placeBeforeClosing(meetingKey, folderId, createdId) {
      const records = orderRecords(await deps.agenda.list(meetingKey));
      const from = records.findIndex((record) => record.id === createdId);
      const position = newItemIndex(records.filter((record) => record.id !== createdId));
      if (from < 0 || from === position) return position;
      await moveRecord(deps, records, await deps.documents.listFiles(folderId), from, position);
      return position;
    },
    remove: async (items, folderId, id) => removeRecord(deps, items, await deps.documents.listFiles(folderId), id),
    attach: (fileId, itemId) => attachFile(deps, fileId, itemId),
    detach: (fileId) => detachFile(deps, fileId),
    upload: (folderId, name, content, itemId) => uploadAttachment(deps, folderId, name, content, itemId),
    replaceVersion: (file, content) => deps.documents.replaceContent(file.id, file.etag, content),
  };
}
