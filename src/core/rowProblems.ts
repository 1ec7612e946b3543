/**
 * What was wrong with a row read from SharePoint or Exchange. Such a row is kept and shown (like Excalidraw's restore:
 * repair at the edge, remember what was repaired); the secretariat sees the problems, members see the item.
 */
import type { AgendaItemRecord } from "./types";

/** One thing wrong with a row, named so each language can say it. */
export type RowProblem =
  | { code: "missingOrder" }
  | { code: "unknownKind"; value: string }
  | { code: "missingTitle" }
  | { code: "badField"; field: string }
  | { code: "unknownResponse"; value: string };

/** The title shown, in every document too, for a row whose Title is missing or not text. */
export const UNTITLED = "(utan rubrik)";

/** The problems of an agenda row: those found when it was read, and a missing order key (it is placed last). */
export function agendaItemProblems(record: Pick<AgendaItemRecord, "sortKey" | "itemNumber" | "problems">): RowProblem[] {
  const found = record.problems ?? [];
  const unordered = record.sortKey === null && record.itemNumber === null;
  return unordered ? [{ code: "missingOrder" }, ...found] : [...found];
}

/** A raw value quoted for a problem sentence: short, one line, whatever its type. */
export function quotedValue(raw: unknown): string {
  const text = typeof raw === "string" ? raw : JSON.stringify(raw) ?? String(raw);
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
