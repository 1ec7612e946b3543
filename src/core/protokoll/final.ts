/** The final protokoll's file names and when it may be made (issue 14 item 3). Pure. */
import { formatDateKey, formatProtocolTitle, localYear } from "../format";
import type { MeetingRegisterRow, RecordState } from "../record";

/** Register states in which the record is complete: the meeting has ended (avslutat) or gone on to justering. */
export const COMPLETE_STATES: readonly RecordState[] = ["ended", "forApproval", "approved"];

/** Whether the final protokoll may be made from this register row, and why not when it may not. */
export type FinalReadiness = { ready: true; row: MeetingRegisterRow } | { ready: false; reason: "noRegisterRow" } | { ready: false; reason: "notEnded"; state: RecordState };

/** Ready once the meeting's register row says the record is complete (RecordState avslutat or later). */
export function finalReadiness(row: MeetingRegisterRow | null): FinalReadiness {
  if (row === null) return { ready: false, reason: "noRegisterRow" };
  return COMPLETE_STATES.includes(row.state) ? { ready: true, row } : { ready: false, reason: "notEnded", state: row.state };
}

/** "Protokoll nr 11 2026.docx"; without a number "Protokoll 2026-12-11.docx" (a file name cannot carry a blank). */
export function finalFileName(meetingNumber: number | null, startUtc: string): string {
  const base = meetingNumber === null ? `Protokoll ${formatDateKey(startUtc)}` : formatProtocolTitle(meetingNumber, localYear(startUtc));
  return `${base}.docx`;
}

/** The PDF's name beside a .docx: "Protokoll nr 11 2026 (2).docx" -> "Protokoll nr 11 2026 (2).pdf". */
export function pdfNameFor(docxName: string): string {
  const dot = docxName.lastIndexOf(".");
  return `${dot > 0 ? docxName.slice(0, dot) : docxName}.pdf`;
}

/** Whether `name` is `wanted` or one of the store's "(n)" alternatives of it (SharePoint compares case-insensitively). */
export function isNameOrAlternative(name: string, wanted: string): boolean {
  const fold = (text: string): string => text.normalize("NFC").toLocaleLowerCase("sv");
  const dot = wanted.lastIndexOf(".");
  const stem = dot > 0 ? wanted.slice(0, dot) : wanted;
  const extension = dot > 0 ? wanted.slice(dot) : "";
  const candidate = fold(name);
  if (candidate === fold(wanted)) return true;
  const prefix = fold(`${stem} (`);
  const suffix = fold(`)${extension}`);
  if (!candidate.startsWith(prefix) || !candidate.endsWith(suffix)) return false;
  return /^[1-9]\d*$/.test(candidate.slice(prefix.length, candidate.length - suffix.length));
}
