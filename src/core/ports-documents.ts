/** Ports of the document writers (protokoll .docx, handlingar PDF): rendering lives in services, loaded on first use. */
import type { MeetingView } from "./ports";
import type { DraftOptions } from "./protokoll";
import type { AttendanceReport } from "./types";

/** Renders a protokoll draft (no I/O). */
export interface ProtokollWriter {
  /** The .docx bytes of the view's draft; `attendance` as the caller enriched it (null: marked blanks). */
  draftDocx(view: MeetingView, options: DraftOptions, attendance: AttendanceReport | null): Promise<Uint8Array>;
  /** The .docx bytes of the final protokoll: the same document without the UTKAST marking. */
  finalDocx(view: MeetingView, options: DraftOptions, attendance: AttendanceReport | null): Promise<Uint8Array>;
  /** Whether two .docx files hold the same document, stamps such as the packing time aside (a re-run finds its own upload). */
  sameDocx(a: Uint8Array, b: Uint8Array): Promise<boolean>;
  /** Whether two PDFs are the same conversion, creation time and document id aside. */
  samePdf(a: Uint8Array, b: Uint8Array): boolean;
}

/** One bilaga for the merge: its PDF bytes, or null with the reason it is missing (a page then says so). */
export interface HandlingarPdfPart {
  label: string;
  pdf: Uint8Array | null;
  missingReason: string;
}

/** Everything the merged PDF is made of. */
export interface HandlingarPdfInput {
  title: string;
  /** The kallelse as paragraphs of lines (core's kallelseParagraphs). */
  kallelse: string[][];
  /** Paragraphs drawn in bold when a paragraph is exactly this one line ("Dagordning", "Handlingar"...). */
  headings: ReadonlySet<string>;
  parts: HandlingarPdfPart[];
}

/** Merges the kallelse and the bilagor into one PDF (no I/O). */
export interface HandlingarPdfWriter {
  assemble(input: HandlingarPdfInput): Promise<{ bytes: Uint8Array; missing: string[] }>;
}

/**
 * The writers, each handed over when first asked for: a browser host fills these with a dynamic import(), so the
 * .docx and PDF code stays out of the initial download; a failed download rejects with an AppFailure ("offline").
 */
export interface DocumentWriters {
  protokoll(): Promise<ProtokollWriter>;
  handlingarPdf(): Promise<HandlingarPdfWriter>;
}
