/** The meeting folder's name in "Möteshandlingar": "YYYY-MM-DD <subject>" (DESIGN §4). */
import { formatDate, formatDateKey, STOCKHOLM } from "./format";

/** The subject used when an appointment has none: "Kommundirektörsmöte 19 april 2024". */
export function defaultSubject(startUtc: string, timeZone: string = STOCKHOLM): string {
  return `Kommundirektörsmöte ${formatDate(startUtc, timeZone)}`;
}

// SharePoint rejects " * : < > ? / \ | in names and treats # and % badly in URLs; "_vti_" is reserved anywhere
// in a name. Control characters never belong in a folder name.
const CONTROL = /\p{Cc}/gu;
const COLON = /\s*:\s*/g;
const FORBIDDEN = /["*<>?/\\|#%]/g;
const MAX_SUBJECT_LENGTH = 120;

/** Makes a subject safe as (part of) a SharePoint folder name; empty when nothing usable remains. */
export function sanitizeSubject(subject: string): string {
  const cleaned = subject
    .replace(CONTROL, " ")
    .replace(COLON, " - ")
    .replace(FORBIDDEN, "-")
    .replace(/_vti_/gi, "-vti-")
    .replace(/\.{2,}/g, ".")
    .replace(/\s+/g, " ");
  // Trim after truncating so a cut never leaves a trailing space or dot, which SharePoint also rejects.
  return cleaned.slice(0, MAX_SUBJECT_LENGTH).replace(/^[\s.]+|[\s.]+$/g, "");
}

/** "2024-04-19 Kommundirektörsmöte": the local date and a sanitised subject (the default subject when blank). */
export function folderName(startUtc: string, subject: string, timeZone: string = STOCKHOLM): string {
  const safe = sanitizeSubject(subject) || sanitizeSubject(defaultSubject(startUtc, timeZone));
  return `${formatDateKey(startUtc, timeZone)} ${safe}`;
}

const FOLDER_NAME = /^(\d{4}-\d{2}-\d{2}) (.+)$/;

/** Splits a folder name into its date key and subject, or null when it does not follow the convention. */
export function parseFolderName(name: string): { dateKey: string; subject: string } | null {
  const match = FOLDER_NAME.exec(name);
  return match === null ? null : { dateKey: match[1] as string, subject: match[2] as string };
}
