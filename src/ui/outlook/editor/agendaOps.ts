/**
 * The agenda editor's writes over the ports. A move is one write of one row (its order key), a bilaga names its item
 * by id, and every preparatory write (binding files added by hand to their item) changes nothing a reader sees, so an
 * edit interrupted at any point leaves an agenda that is whole: before, or after, never between.
 */
import { appendKey, EDITOR_FIELDS, filesToBind, NO_ITEM_ID, pickFields, planMove } from "../../../core";
import type { AgendaItemDraft, AgendaItemRecord, AgendaStore, DocumentStore, FileRecord, UploadResult } from "../../../core";

/** The stores the editor writes to. */
export interface AgendaDeps {
  agenda: AgendaStore;
  documents: DocumentStore;
}

/** The draft of a stored record (what update() writes). */
export function draftOf(record: AgendaItemRecord): AgendaItemDraft {
  return pickFields(record, EDITOR_FIELDS);
}

/**
 * Creates an item at the end of the agenda. Two panes adding at once may pick the same key: both items are kept,
 * shown in the order they were created, with different numbers (the number is the position).
 */
export function addItem(deps: AgendaDeps, meetingKey: string, records: readonly AgendaItemRecord[], draft: AgendaItemDraft): Promise<AgendaItemRecord> {
  return deps.agenda.create(meetingKey, draft, appendKey(records));
}

/** Binds files that follow an item only by number (added by hand) to that item by id, before positions change. */
async function bindFiles(deps: AgendaDeps, records: readonly AgendaItemRecord[], files: readonly FileRecord[]): Promise<void> {
  for (const binding of filesToBind(records, files)) await deps.documents.setItemId(binding.fileId, binding.itemId);
}

/**
 * Moves the item at `from` to `to` (display indices): one eTag-guarded write of the moved row. Someone else's move
 * of the same row first is a conflict (412), reported as such. Only when no key fits between the new neighbours are
 * all rows given fresh keys first, in an order that keeps the agenda as it was at every step.
 */
export async function moveRecord(deps: AgendaDeps, records: readonly AgendaItemRecord[], files: readonly FileRecord[], from: number, to: number): Promise<void> {
  const plan = planMove(records, from, to);
  if (plan.kind === "none") return;
  await bindFiles(deps, records, files);
  let current: AgendaItemRecord[] = [...records];
  if (plan.kind === "respace") {
    const byId = new Map(current.map((record) => [record.id, record]));
    for (const write of plan.writes) {
      const record = byId.get(write.id) as AgendaItemRecord;
      byId.set(write.id, await deps.agenda.setOrder(record.id, record.etag, write.sortKey));
    }
    current = current.map((record) => byId.get(record.id) as AgendaItemRecord);
  }
  const next = plan.kind === "one" ? plan : planMove(current, from, to);
  if (next.kind !== "one") throw new Error("no order key fits after respacing");
  const moved = current.find((record) => record.id === next.write.id) as AgendaItemRecord;
  await deps.agenda.setOrder(moved.id, moved.etag, next.write.sortKey);
}

/** Removes an item (one delete); its bilagor stay in the folder, on no item, and no other item's bilagor move. */
export async function removeRecord(deps: AgendaDeps, records: readonly AgendaItemRecord[], files: readonly FileRecord[], id: string): Promise<void> {
  const removed = records.find((record) => record.id === id);
  if (removed === undefined) return;
  // Files added by hand follow a position; bound by id first, the removed item's files name a row that is gone.
  await bindFiles(deps, records, files);
  await deps.agenda.remove(removed.id, removed.etag);
}

/** Makes a file of the folder a bilaga of the item. */
export function attachFile(deps: AgendaDeps, fileId: string, itemId: string): Promise<void> {
  return deps.documents.setItemId(fileId, itemId);
}

/** Removes a file from its item (the file stays in the folder). */
export function detachFile(deps: AgendaDeps, fileId: string): Promise<void> {
  return deps.documents.setItemId(fileId, NO_ITEM_ID);
}

/** Uploads a file from the pane into the meeting folder as a bilaga of the item (never over an existing file). */
export function uploadAttachment(deps: AgendaDeps, folderId: string, name: string, content: Uint8Array, itemId: string): Promise<UploadResult> {
  return deps.documents.upload(folderId, name, content, itemId);
}
