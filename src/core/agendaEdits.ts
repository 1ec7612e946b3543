/**
 * Pure agenda edits for the editor (DESIGN §4, §8.4). The order is a key per item, so a move is one write of one
 * row and an interrupted edit can never leave numbers half-renumbered; the number shown is the position.
 */
import { fileOwner, orderKeyOf, orderRecords } from "./agenda";
import type { AgendaItemRecord, FileRecord } from "./types";

/** One row's new order key. */
export interface OrderWrite {
  id: string;
  sortKey: number;
}

/** A file whose ItemId column must be written. */
export interface FileBinding {
  fileId: string;
  itemId: string;
}

/** What a move writes: one key, or (no room left between the neighbours) a respacing of every key first. */
export type MovePlan = { kind: "none" } | { kind: "one"; write: OrderWrite } | { kind: "respace"; writes: OrderWrite[] };

function checkIndex(index: number, length: number, name: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) throw new RangeError(`${name} ${index} utanför dagordningen (0..${length - 1})`);
}

const finiteKeys = (records: readonly AgendaItemRecord[]): number[] => records.map(orderKeyOf).filter(Number.isFinite);

/** The key for an item appended at the end: one past the highest key (1 for an empty agenda). */
export function appendKey(records: readonly AgendaItemRecord[]): number {
  return Math.floor(Math.max(0, ...finiteKeys(records))) + 1;
}

/** A key strictly between two neighbours' keys (null: no neighbour on that side); null when none exists. */
export function keyBetween(before: number | null, after: number | null): number | null {
  if (before === null && after === null) return 1;
  if (before === null) return Number.isFinite(after) ? Math.floor((after as number) - 1) : 1;
  // Rows added by hand without any number sort last and offer no key to go by: respace instead.
  if (!Number.isFinite(before)) return null;
  if (after === null || !Number.isFinite(after)) return Math.floor(before) + 1;
  const mid = before + (after - before) / 2;
  // Equal neighbours (two items added at once) or keys halved past a double's precision leave no room.
  return mid > before && mid < after ? mid : null;
}

/**
 * Plans moving the item at `fromIndex` to `toIndex` (indices in agenda order). Normally the moved row gets a key
 * between its new neighbours: one write. When there is no room, every row is given a fresh key first.
 */
export function planMove(records: readonly AgendaItemRecord[], fromIndex: number, toIndex: number): MovePlan {
  const ordered = orderRecords(records);
  checkIndex(fromIndex, ordered.length, "fromIndex");
  checkIndex(toIndex, ordered.length, "toIndex");
  if (fromIndex === toIndex) return { kind: "none" };
  const moved = ordered[fromIndex] as AgendaItemRecord;
  const rest = ordered.filter((_, index) => index !== fromIndex);
  const before = rest[toIndex - 1];
  const after = rest[toIndex];
  const key = keyBetween(before ? orderKeyOf(before) : null, after ? orderKeyOf(after) : null);
  if (key !== null) return { kind: "one", write: { id: moved.id, sortKey: key } };
  return { kind: "respace", writes: respace(ordered) };
}

/**
 * Fresh, evenly spaced keys above every current key, listed last item first. Written in that order, every moment
 * of the respacing shows the same order (the rows already written sit above all unwritten ones, in order), so an
 * interruption changes nothing a reader sees, and a rerun finishes it.
 */
export function respace(records: readonly AgendaItemRecord[]): OrderWrite[] {
  const ordered = orderRecords(records);
  const base = appendKey(ordered);
  return ordered.map((record, index) => ({ id: record.id, sortKey: base + index })).reverse();
}

/**
 * Files that belong to an item only by a number (the ItemNumber column or the name prefix: files added by hand)
 * and must be bound to that item by its id before an edit that changes positions, so they stay with their item.
 * Writing these changes nothing a reader sees, so an interruption after any of them is harmless.
 */
export function filesToBind(records: readonly AgendaItemRecord[], files: readonly FileRecord[]): FileBinding[] {
  const ordered = orderRecords(records);
  const bindings: FileBinding[] = [];
  for (const file of files) {
    if (file.itemId !== null && file.itemId !== "") continue;
    const owner = fileOwner(file, ordered);
    if (owner !== null) bindings.push({ fileId: file.id, itemId: owner });
  }
  return bindings;
}
