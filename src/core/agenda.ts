/** Builds the dagordning from the list items and the meeting folder's files (DESIGN §4). */
import { compareSv } from "./collation";
import { stripHiddenControls } from "./hiddenControls";
import type { Agenda, AgendaItem, AgendaItemRecord, Attachment, FileRecord } from "./types";

/** The value an item sorts by: its SortKey, else (rows added by hand) its ItemNumber, else after every other item. */
export function orderKeyOf(record: AgendaItemRecord): number {
  return record.sortKey ?? record.itemNumber ?? Number.POSITIVE_INFINITY;
}

/**
 * Orders records as the agenda shows them: by order key, ties by title (Swedish order) then id, so two items given
 * the same key at once (two panes adding together) show in one order for every viewer.
 */
export function compareRecords(a: AgendaItemRecord, b: AgendaItemRecord): number {
  const byKey = orderKeyOf(a) - orderKeyOf(b);
  return (Number.isNaN(byKey) ? 0 : byKey) || compareSv(a.title, b.title) || compareSv(a.id, b.id);
}

/** Orders files by name (Swedish collation), ties by id. */
export function compareFiles(a: FileRecord, b: FileRecord): number {
  return compareSv(a.name, b.name) || compareSv(a.id, b.id);
}

// "3 Budget.pdf", "3-Budget.pdf", "3_Budget.pdf", "3 - Budget.pdf": the digits must be followed by the
// separator, so "12 Budget.pdf" yields 12 and never matches item 1.
const NUMBER_PREFIX = /^\s*(\d+)[ _-]/;

/** The item number a file name announces by its prefix ("N ", "N-", "N_"), or null. */
export function fileNamePrefixNumber(name: string): number | null {
  const match = NUMBER_PREFIX.exec(stripHiddenControls(name));
  return match === null ? null : Number(match[1]);
}

/** The ItemId a file carries to say it belongs to no item: SharePoint's list item ids start at 1. */
export const NO_ITEM_ID = "0";

/** The number a file added by hand names: its ItemNumber column, else its name prefix ("3 Budget.pdf"). */
export function fileItemNumber(file: FileRecord): number | null {
  return file.itemNumber ?? fileNamePrefixNumber(file.name);
}

/**
 * The id of the item a file is a bilaga of, given the items in agenda order; null when it belongs to none. The ItemId
 * column, written by the app, decides. A file added by hand names a number: the item whose ItemNumber column has it
 * (rows added by hand; with duplicates the first in agenda order), else the item shown with that number when that
 * item has no ItemNumber of its own (rows written by the app, ordered by SortKey).
 */
export function fileOwner(file: FileRecord, ordered: readonly AgendaItemRecord[]): string | null {
  if (file.itemId !== null && file.itemId !== "") return ordered.some((item) => item.id === file.itemId) ? file.itemId : null;
  const n = fileItemNumber(file);
  if (n === null || n < 1) return null;
  const byColumn = ordered.find((item) => item.itemNumber === n);
  if (byColumn !== undefined) return byColumn.id;
  const atPosition = ordered[n - 1];
  return atPosition !== undefined && atPosition.itemNumber === null ? atPosition.id : null;
}

/** The records in agenda order. */
export function orderRecords(items: readonly AgendaItemRecord[]): AgendaItemRecord[] {
  return [...items].sort(compareRecords);
}

/** Builds the agenda: items in order, numbered 1..n, each with its bilagor numbered 1..N across the meeting. */
export function buildAgenda(items: AgendaItemRecord[], files: FileRecord[]): Agenda {
  const ordered = orderRecords(items);
  const filesByOwner = new Map<string, FileRecord[]>();
  const unassignedFiles: FileRecord[] = [];
  for (const file of [...files].sort(compareFiles)) {
    const owner = fileOwner(file, ordered);
    if (owner === null) unassignedFiles.push(file);
    else filesByOwner.set(owner, [...(filesByOwner.get(owner) ?? []), file]);
  }

  let nextAttachment = 1;
  const agendaItems = ordered.map((record, index): AgendaItem => {
    const attachments = (filesByOwner.get(record.id) ?? []).map(
      (file): Attachment => ({
        number: nextAttachment++,
        fileId: file.id,
        name: file.name,
        webUrl: file.webUrl,
        ...(file.problems === undefined ? {} : { problems: file.problems }),
      }),
    );
    return { ...record, number: index + 1, attachments };
  });
  return { items: agendaItems, unassignedFiles };
}

const EXTENSION = /\.[A-Za-z0-9]{1,5}$/;
// Up to three digits: a leading year ("2024 Budgetramar.pdf") is part of the title, not an item number.
const TITLE_PREFIX = /^\s*\d{1,3}[ _-][\s_\-–.]*/;

/** A bilaga's display name: without the item-number prefix and the extension ("3 - Utkast.pdf" -> "Utkast"). */
export function attachmentTitle(name: string): string {
  const base = stripHiddenControls(name).replace(EXTENSION, "").trim();
  const title = base.replace(TITLE_PREFIX, "").trim();
  return title === "" ? base : title;
}
