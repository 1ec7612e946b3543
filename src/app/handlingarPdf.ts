/**
 * The action *Handlingar i en PDF*: the kallelse, then every bilaga in number order (Word files converted by Graph),
 * uploaded as "Kallelse med handlingar, möte N-YYYY.pdf" into the meeting's folder, never over an existing file.
 */
import type { Agenda, DocumentStore, DocumentWriters, HandlingarPdfPart, HandlingarPart } from "../core";
import { handlingarFileName, handlingarParts, handlingarTitle } from "../core";

/** The ports the merge is made with: the folder's library and the PDF writer. */
export interface HandlingarPorts {
  documents: DocumentStore;
  writers: Pick<DocumentWriters, "handlingarPdf">;
}

/** What the merge is made from: the meeting's agenda, its number and start, and the kallelse as paragraphs. */
export interface HandlingarRequest {
  folderId: string;
  agenda: Agenda;
  meetingNumber: number | null;
  startUtc: string;
  kallelse: string[][];
  headings: ReadonlySet<string>;
}

/** The uploaded PDF, and the bilagor that could not be put into it (each has a page saying so). */
export interface HandlingarResult {
  fileName: string;
  renamed: boolean;
  webUrl: string;
  fileId: string;
  missing: string[];
}

async function partPdf(documents: DocumentStore, part: HandlingarPart): Promise<HandlingarPdfPart> {
  if (part.source === "unsupported") return { label: part.label, pdf: null, missingReason: "filtypen kan inte göras om till PDF" };
  try {
    const pdf = part.source === "pdf" ? await documents.download(part.fileId) : await documents.downloadPdf(part.fileId);
    return { label: part.label, pdf, missingReason: "" };
  } catch {
    return { label: part.label, pdf: null, missingReason: part.source === "convert" ? "filen kunde inte göras om till PDF" : "filen kunde inte hämtas" };
  }
}

/** Builds the PDF and uploads it; the bilagor are fetched one at a time to keep memory and throttling low. */
export async function createHandlingarPdf({ documents, writers }: HandlingarPorts, request: HandlingarRequest): Promise<HandlingarResult> {
  // The writer first: without it (a failed download) no bilaga need be fetched.
  const writer = await writers.handlingarPdf();
  const parts: HandlingarPdfPart[] = [];
  for (const part of handlingarParts(request.agenda)) parts.push(await partPdf(documents, part));
  const { bytes, missing } = await writer.assemble({
    title: handlingarTitle(request.meetingNumber, request.startUtc),
    kallelse: request.kallelse,
    headings: request.headings,
    parts,
  });
  const uploaded = await documents.upload(request.folderId, handlingarFileName(request.meetingNumber, request.startUtc), bytes, null);
  return { fileName: uploaded.file.name, renamed: uploaded.renamed, webUrl: uploaded.file.webUrl, fileId: uploaded.file.id, missing };
}
