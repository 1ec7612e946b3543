/** The document writers loaded at once, for a host without an initial download to protect (the protokoll command, tests). */
import type { DocumentWriters } from "../../core";
import { handlingarPdfWriter } from "./handlingar-pdf";
import { protokollWriter } from "./protokoll-writer";

/** Both writers, already loaded. */
export const loadedDocumentWriters: DocumentWriters = {
  protokoll: () => Promise.resolve(protokollWriter),
  handlingarPdf: () => Promise.resolve(handlingarPdfWriter),
};
