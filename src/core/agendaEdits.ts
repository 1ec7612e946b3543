/** Pure agenda edits for the editor (DESIGN §8.4): each returns new records and what the store must write. */
import { fileItemNumber } from "./agenda";
import type { AgendaItemRecord, FileRecord } from "./types";

/** One item whose ItemNumber changes. */
export interface NumberChange {
  id: string;
  from: number;
  to: number;
}

/** The outcome of an edit: records in display order with ItemNumber 1..n, and the items whose number changed. */
export interface AgendaEdit {
  records: AgendaItemRecord[];
  changes: NumberChange[];
  /** Ids of `changes`, for callers that only need to know which items to write. */
  changedIds: string[];
}

/** Gives records in display order the ItemNumbers 1..n, reporting only the ones that change. */
export function renumber(records: readonly AgendaItemRecord[]): AgendaEdit {
  const changes: NumberChange[] = [];
  const renumbered = records.map((record, index) => {
    const to = index + 1;
    if (record.itemNumber === to) return record;
    changes.push({ id: record.id, from: record.itemNumber, to });
    return { ...record, itemNumber: to };
  });
  return { records: renumbered, changes, changedIds: changes.map((c) => c.id) };
}

function checkIndex(index: number, length: number, name: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) throw new RangeError(`${name} ${index} utanför dagordningen (0..${length - 1})`);
}

/** Moves the record at fromIndex to toIndex (indices in display order) and renumbers. */
export function moveItem(records: readonly AgendaItemRecord[], fromIndex: number, toIndex: number): AgendaEdit {
  checkIndex(fromIndex, records.length, "fromIndex");
  checkIndex(toIndex, records.length, "toIndex");
  const reordered = [...records];
  const [moved] = reordered.splice(fromIndex, 1);
  reordered.splice(toIndex, 0, moved as AgendaItemRecord);
  return renumber(reordered);
}

/** Removes the record with this id and renumbers the rest; unchanged records when the id is absent. */
export function removeItem(records: readonly AgendaItemRecord[], id: string): AgendaEdit {
  return renumber(records.filter((record) => record.id !== id));
}

/** The ItemNumber for an item appended at the end. */
export function nextItemNumber(records: readonly AgendaItemRecord[]): number {
  return records.reduce((max, record) => Math.max(max, record.itemNumber), 0) + 1;
}

/** A file whose ItemNumber column must be written so it stays with its item. */
export interface FileRetarget {
  fileId: string;
  itemNumber: number;
}

/**
 * After renumbering, the files of a moved item would follow its old number (column or name prefix) to another
 * item. Writing the new number into each such file's ItemNumber column keeps them together: the column wins
 * over the prefix. Files whose number belonged to no changed item are left alone.
 */
export function filesToRetarget(files: readonly FileRecord[], changes: readonly NumberChange[]): FileRetarget[] {
  const toByFrom = new Map<number, number>();
  // With duplicate old numbers the first change wins, matching buildAgenda's "first item owns the files".
  for (const change of changes) if (!toByFrom.has(change.from)) toByFrom.set(change.from, change.to);
  const retargets: FileRetarget[] = [];
  for (const file of files) {
    const current = fileItemNumber(file);
    const to = current === null ? undefined : toByFrom.get(current);
    if (to !== undefined) retargets.push({ fileId: file.id, itemNumber: to });
  }
  return retargets;
}
