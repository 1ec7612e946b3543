/**
 * *Handlingar i en PDF*: the kallelse, then every bilaga in number order, as one file in the meeting's folder. This is
 * the plan (names, order, how each bilaga becomes PDF); the bytes are made by an adapter.
 */
import { attachmentTitle } from "../agenda";
import { localYear, STOCKHOLM, formatDateKey } from "../format";
import type { Agenda, FileRecord } from "../types";

/** How a bilaga becomes PDF pages: as it is, converted by the server (Word and other Office files), or not at all. */
export type BilagaSource = "pdf" | "convert" | "unsupported";

/** One bilaga of the handlingar, in number order. */
export interface HandlingarPart {
  number: number;
  /** "Bilaga 2 – Utkast till yttrande": the bookmark and the kallelse say the same. */
  label: string;
  fileId: string;
  fileName: string;
  source: BilagaSource;
}

// What Graph's content?format=pdf converts (driveItem: get content, format options).
const CONVERTIBLE = new Set(["doc", "docx", "dot", "dotx", "dotm", "odt", "rtf", "odp", "ods", "pps", "ppsx", "ppt", "pptx", "xls", "xlsm", "xlsx", "htm", "html", "eml", "msg", "epub", "tif", "tiff"]);

/** How a file of this name becomes PDF. */
export function bilagaSource(fileName: string): BilagaSource {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? "";
  if (ext === "pdf") return "pdf";
  return CONVERTIBLE.has(ext) ? "convert" : "unsupported";
}

/** "Kallelse med handlingar, möte 11/2026" (the PDF's title); the date stands in while the number is unknown. */
export function handlingarTitle(meetingNumber: number | null, startUtc: string, timeZone: string = STOCKHOLM): string {
  const which = meetingNumber === null ? formatDateKey(startUtc, timeZone) : `${meetingNumber}/${localYear(startUtc, timeZone)}`;
  return `Kallelse med handlingar, möte ${which}`;
}

/** The file name: the title with "/" as "-", since SharePoint allows no "/" in a name ("… möte 11-2026.pdf"). */
export function handlingarFileName(meetingNumber: number | null, startUtc: string, timeZone: string = STOCKHOLM): string {
  return `${handlingarTitle(meetingNumber, startUtc, timeZone).replace(/\//g, "-")}.pdf`;
}

/** The bilagor in number order with how each becomes PDF. */
export function handlingarParts(agenda: Agenda): HandlingarPart[] {
  return agenda.items
    .flatMap((item) => item.attachments)
    .sort((a, b) => a.number - b.number)
    .map((a) => ({ number: a.number, label: `Bilaga ${a.number} – ${attachmentTitle(a.name)}`, fileId: a.fileId, fileName: a.name, source: bilagaSource(a.name) }));
}

const HANDLINGAR_NAME = /^Kallelse med handlingar, möte .+?(?: \(\d+\))?\.pdf$/i;

/** The newest handlingar PDF among the folder's files (a re-run never replaces, so later ones get "(2)"), or null. */
export function findHandlingarPdf(files: readonly FileRecord[]): FileRecord | null {
  const found = files.filter((file) => HANDLINGAR_NAME.test(file.name));
  found.sort((a, b) => (b.lastModifiedUtc ?? "").localeCompare(a.lastModifiedUtc ?? "") || b.name.localeCompare(a.name));
  return found[0] ?? null;
}
