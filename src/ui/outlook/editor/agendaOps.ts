/** The agenda editor's writes over the ports: each edit is a pure core function, then the writes it implies. */
import { filesToRetarget, fileItemNumber, moveItem, nextItemNumber, removeItem } from "../../../core";
import type { AgendaEdit, AgendaItemDraft, AgendaItemRecord, AgendaStore, DocumentStore, FileRecord, UploadResult } from "../../../core";

/** The stores the editor writes to. */
export interface AgendaDeps {
  agenda: AgendaStore;
  documents: DocumentStore;
}

/** ItemNumber for files that belong to no item: 0 matches none, and unlike null it beats a "2 …" name prefix. */
export const NO_ITEM = 0;

/** The draft of a stored record (what update() writes). */
export function draftOf(record: AgendaItemRecord): AgendaItemDraft {
  return {
    itemNumber: record.itemNumber,
    title: record.title,
    presenter: record.presenter,
    description: record.description,
    proposedDecisions: record.proposedDecisions,
    kind: record.kind,
    startTime: record.startTime,
  };
}

/** Creates an item at the end of the agenda. */
export function addItem(deps: AgendaDeps, meetingKey: string, records: readonly AgendaItemRecord[], draft: Omit<AgendaItemDraft, "itemNumber">): Promise<AgendaItemRecord> {
  return deps.agenda.create(meetingKey, { ...draft, itemNumber: nextItemNumber(records) });
}

async function writeEdit(deps: AgendaDeps, before: readonly AgendaItemRecord[], edit: AgendaEdit, files: readonly FileRecord[]): Promise<void> {
  const byId = new Map(before.map((record) => [record.id, record]));
  // Files first, computed from the old numbers, so no moment leaves a bilaga under another item for long.
  for (const retarget of filesToRetarget(files, edit.changes)) await deps.documents.setItemNumber(retarget.fileId, retarget.itemNumber);
  for (const record of edit.records) {
    if (!edit.changedIds.includes(record.id)) continue;
    const old = byId.get(record.id) as AgendaItemRecord;
    await deps.agenda.update(record.id, old.etag, draftOf(record));
  }
}

/** Moves the item at `from` to `to` (display indices), renumbering items and their bilagor. */
export async function moveRecord(deps: AgendaDeps, records: readonly AgendaItemRecord[], files: readonly FileRecord[], from: number, to: number): Promise<void> {
  await writeEdit(deps, records, moveItem(records, from, to), files);
}

/** Removes an item: its bilagor are unassigned (they stay in the folder), the rest renumbered. */
export async function removeRecord(deps: AgendaDeps, records: readonly AgendaItemRecord[], files: readonly FileRecord[], id: string): Promise<void> {
  const removed = records.find((record) => record.id === id);
  if (removed === undefined) return;
  await deps.agenda.remove(removed.id, removed.etag);
  const own = files.filter((file) => fileItemNumber(file) === removed.itemNumber);
  for (const file of own) await deps.documents.setItemNumber(file.id, NO_ITEM);
  const ownIds = new Set(own.map((file) => file.id));
  await writeEdit(deps, records, removeItem(records, id), files.filter((file) => !ownIds.has(file.id)));
}

/** Makes a file of the folder a bilaga of the item. */
export function attachFile(deps: AgendaDeps, fileId: string, itemNumber: number): Promise<void> {
  return deps.documents.setItemNumber(fileId, itemNumber);
}

/** Removes a file from its item (the file stays in the folder). */
export function detachFile(deps: AgendaDeps, fileId: string): Promise<void> {
  return deps.documents.setItemNumber(fileId, NO_ITEM);
}

/** Uploads a file from the pane into the meeting folder as a bilaga of the item (never over an existing file). */
export function uploadAttachment(deps: AgendaDeps, folderId: string, name: string, content: Uint8Array, itemNumber: number): Promise<UploadResult> {
  return deps.documents.upload(folderId, name, content, itemNumber);
}
