/** Builds the dagordning from the list items and the meeting folder's files (DESIGN §4). */
import { compareSv } from "./collation";
import { stripHiddenControls } from "./hiddenControls";
import type { Agenda, AgendaItem, AgendaItemRecord, Attachment, FileRecord } from "./types";

/** Orders records as the agenda shows them: by ItemNumber, ties by title then id so the order is stable. */
export function compareRecords(a: AgendaItemRecord, b: AgendaItemRecord): number {
  return a.itemNumber - b.itemNumber || compareSv(a.title, b.title) || compareSv(a.id, b.id);
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

/**
 * The ItemNumber a file belongs to. The file's ItemNumber column is authoritative when set (the secretariat chose
 * it, and renumbering writes it); only files without it fall back to their name prefix.
 */
export function fileItemNumber(file: FileRecord): number | null {
  return file.itemNumber ?? fileNamePrefixNumber(file.name);
}

/** Builds the agenda: items in order, numbered 1..n, each with its bilagor numbered 1..N across the meeting. */
export function buildAgenda(items: AgendaItemRecord[], files: FileRecord[]): Agenda {
  const ordered = [...items].sort(compareRecords);
  // With duplicate ItemNumbers the first item in agenda order owns the files, so no file is listed twice.
  const ownerByItemNumber = new Map<number, string>();
  for (const item of ordered) if (!ownerByItemNumber.has(item.itemNumber)) ownerByItemNumber.set(item.itemNumber, item.id);

  const filesByOwner = new Map<string, FileRecord[]>();
  const unassignedFiles: FileRecord[] = [];
  for (const file of [...files].sort(compareFiles)) {
    const itemNumber = fileItemNumber(file);
    const owner = itemNumber === null ? undefined : ownerByItemNumber.get(itemNumber);
    if (owner === undefined) unassignedFiles.push(file);
    else filesByOwner.set(owner, [...(filesByOwner.get(owner) ?? []), file]);
  }

  let nextAttachment = 1;
  const agendaItems = ordered.map((record, index): AgendaItem => {
    const attachments = (filesByOwner.get(record.id) ?? []).map(
      (file): Attachment => ({ number: nextAttachment++, fileId: file.id, name: file.name, webUrl: file.webUrl }),
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
