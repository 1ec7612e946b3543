/**
 * *Skapa slutligt protokoll* (issue 14 item 3): once the record is complete, the protokoll without its UTKAST marking
 * as "Protokoll nr N YYYY.docx", Graph's PDF of it beside it, and both drive item ids in the meeting's register row.
 *
 * Every step can be interrupted and the action run again. The register names the .docx as soon as it is saved, so a
 * second run converts that file instead of writing another; a file found under the wished name (or a "(n)" one) that
 * holds the same document is taken as this action's own earlier upload. Nothing ever replaces a file: a name someone
 * else's file has gets the store's "(n)" name, and the result says so.
 */
import { isAppFailure, finalFileName, finalReadiness, isNameOrAlternative, pdfNameFor } from "../../core";
import type { DocumentStore, FileRecord, Folder, MeetingRegister, MeetingRegisterFields, MeetingRegisterRow, MeetingView } from "../../core";
import { FinalProtokollError } from "./final-error";
import type { FinalStep } from "./final-error";
import type { FinalFile, FinalProtokollResult } from "./final-result";

/** The ports and document functions the action runs over. */
export interface FinalProtokollDeps {
  documents: Pick<DocumentStore, "ensureFolder" | "listFiles" | "upload" | "download" | "downloadPdf">;
  register: Pick<MeetingRegister, "find" | "update">;
  /** The final .docx (no UTKAST marking); called only when no saved .docx can be used. */
  renderDocx: () => Promise<Uint8Array>;
  /** Whether two .docx files hold the same document, stamps such as the packing time aside. */
  sameDocx: (a: Uint8Array, b: Uint8Array) => Promise<boolean>;
  /** Whether two PDFs are the same conversion, creation time and document id aside. */
  samePdf: (a: Uint8Array, b: Uint8Array) => boolean;
  /** Told as each step starts, for the progress the user sees. */
  onStep?: (step: FinalStep) => void;
}

/** Runs a step; a typed failure becomes the step's FinalProtokollError (anything else is a bug and passes through). */
async function step<T>(name: FinalStep, run: () => Promise<T>, docx: FinalFile | null = null, onStep?: (step: FinalStep) => void): Promise<T> {
  onStep?.(name);
  try {
    return await run();
  } catch (error) {
    if (error instanceof FinalProtokollError || !isAppFailure(error)) throw error;
    throw new FinalProtokollError(name, error.appError.code, error.appError.detail ?? error.message, { docx, reason: error });
  }
}

function toFinalFile(file: FileRecord, firstChoice: string, reused: boolean): FinalFile {
  return { id: file.id, name: file.name, webUrl: file.webUrl, firstChoice, reused };
}

async function meetingFolder(documents: FinalProtokollDeps["documents"], view: MeetingView): Promise<Folder> {
  if (view.folder.state === "error") throw new FinalProtokollError("docx", view.folder.error.code, `meeting folder: ${view.folder.error.detail ?? ""}`);
  return view.folder.value ?? documents.ensureFolder({ key: view.meeting.iCalUId, startUtc: view.meeting.startUtc, subject: view.meeting.subject });
}

/** A file under the wished name or a "(n)" one of it that holds the same content: this action's earlier upload. */
async function findSame(deps: FinalProtokollDeps, files: readonly FileRecord[], wanted: string, content: Uint8Array, same: (a: Uint8Array, b: Uint8Array) => Promise<boolean> | boolean): Promise<FileRecord | null> {
  for (const file of files.filter((f) => isNameOrAlternative(f.name, wanted))) {
    if (await same(await deps.documents.download(file.id), content)) return file;
  }
  return null;
}

/** Saves `content` as `wanted` unless the same content is already there; never over another file. */
async function saveOnce(deps: FinalProtokollDeps, folder: Folder, files: readonly FileRecord[], wanted: string, content: Uint8Array, same: (a: Uint8Array, b: Uint8Array) => Promise<boolean> | boolean): Promise<FinalFile> {
  const earlier = await findSame(deps, files, wanted, content, same);
  if (earlier !== null) return toFinalFile(earlier, wanted, true);
  const uploaded = await deps.documents.upload(folder.id, wanted, content, null);
  return toFinalFile(uploaded.file, wanted, false);
}

/**
 * Writes the given file ids into the register row, guarded by its eTag. A row changed meanwhile (the stage moved on,
 * a note was added) is read again and written once more, unless it now names another protokoll: that is a second
 * secretary's, and the action stops rather than overwrite their record.
 */
async function record(register: FinalProtokollDeps["register"], row: MeetingRegisterRow, fields: Pick<MeetingRegisterFields, "protokollFileId" | "protokollPdfId">, docx: FinalFile): Promise<MeetingRegisterRow> {
  try {
    return await register.update(row.id, row.etag, fields);
  } catch (error) {
    if (!isAppFailure(error) || error.appError.code !== "conflict") throw error;
    const fresh = await register.find(row.meetingKey);
    const theirs = fresh?.protokollFileId ?? null;
    if (fresh === null || (theirs !== null && theirs !== docx.id)) {
      throw new FinalProtokollError("register", "conflict", `register row names another protokoll (${theirs ?? "row gone"})`, { docx });
    }
    return register.update(fresh.id, fresh.etag, fields);
  }
}

/** The register row, ready for the final protokoll; else a "notReady" failure saying why. */
async function readyRow(deps: FinalProtokollDeps, view: MeetingView): Promise<MeetingRegisterRow> {
  const readiness = finalReadiness(await step("notReady", () => deps.register.find(view.meeting.iCalUId)));
  if (!readiness.ready) throw new FinalProtokollError("notReady", "conflict", readiness.reason, { readiness });
  return readiness.row;
}

/** Creates (or completes) the final protokoll of the meeting in the view; see the module comment for the guarantees. */
export async function createFinalProtokoll(deps: FinalProtokollDeps, view: MeetingView): Promise<FinalProtokollResult> {
  let row = await readyRow(deps, view);
  const folder = await step("docx", () => meetingFolder(deps.documents, view));
  const files = await step("docx", () => deps.documents.listFiles(folder.id));
  const byId = (id: string | null): FileRecord | undefined => (id === null ? undefined : files.find((f) => f.id === id));
  const wantedDocx = finalFileName(row.number ?? view.meetingNumber, view.meeting.startUtc);

  // The register's .docx, when it is still in the folder, is the protokoll: a person may have corrected it since.
  const registered = byId(row.protokollFileId);
  let docx: FinalFile;
  if (registered !== undefined) {
    docx = toFinalFile(registered, wantedDocx, true);
  } else {
    const bytes = await step("docx", deps.renderDocx, null, deps.onStep);
    docx = await step("docx", () => saveOnce(deps, folder, files, wantedDocx, bytes, deps.sameDocx));
    // A new .docx makes any PDF named before it stale.
    row = await step("register", () => record(deps.register, row, { protokollFileId: docx.id, protokollPdfId: null }, docx), docx);
  }

  const registeredPdf = byId(row.protokollPdfId);
  if (registeredPdf !== undefined) return { docx, pdf: toFinalFile(registeredPdf, pdfNameFor(docx.name), true) };
  const pdfBytes = await step("conversion", () => deps.documents.downloadPdf(docx.id), docx, deps.onStep);
  const pdf = await step("pdf", () => saveOnce(deps, folder, files, pdfNameFor(docx.name), pdfBytes, deps.samePdf), docx);
  await step("register", () => record(deps.register, row, { protokollFileId: docx.id, protokollPdfId: pdf.id }, docx), docx, deps.onStep);
  return { docx, pdf };
}
