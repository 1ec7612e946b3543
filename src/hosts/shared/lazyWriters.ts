/** The document writers for the browser hosts: each a chunk of its own, downloaded on the first click that needs it. */
import { ExpectedFailure } from "../../core";
import type { DocumentWriters } from "../../core";

/** A chunk that fails to load is a network problem the user can retry, not a bug. */
function loaded<T>(chunk: Promise<T>, what: string): Promise<T> {
  return chunk.catch((error: unknown) => {
    throw new ExpectedFailure("offline", `${what} chunk failed to load: ${String(error)}`);
  });
}

/** The .docx writer (the docx package) and the PDF merge (pdf-lib), kept out of the initial download. */
// The two imports below name files behind the services face on purpose: each is a chunk boundary, and importing the
// face (already in the initial download) would put the docx and pdf-lib code back into it.
export const lazyDocumentWriters: DocumentWriters = {
  // eslint-disable-next-line layering/layer-face
  protokoll: () => loaded(import(/* webpackChunkName: "protokoll-writer" */ "../../services/documents/protokoll-writer"), "protokoll writer").then((m) => m.protokollWriter),
  // eslint-disable-next-line layering/layer-face
  handlingarPdf: () => loaded(import(/* webpackChunkName: "handlingar-pdf" */ "../../services/documents/handlingar-pdf"), "handlingar pdf").then((m) => m.handlingarPdfWriter),
};
