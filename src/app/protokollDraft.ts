/** The action *Skapa protokollutkast*: meeting view -> protokoll -> .docx -> the meeting folder, never overwriting. */
import { isAppFailure } from "../core";
import type { Directory, DocumentStore, DocumentWriters, Folder, MeetingView } from "../core";
import { DraftError, draftAgenda, nextDraftFileName, readyAttendance, unknownOrganisationEmails, withDirectoryOrganisations } from "../core/protokoll";
import type { DraftOptions } from "../core/protokoll";
import type { AttendanceReport } from "../core";

/** The ports the draft is made with: the folder's library, the directory for guests, and the .docx writer. */
export interface DraftPorts {
  documents: DocumentStore;
  directory: Directory;
  writers: Pick<DocumentWriters, "protokoll">;
}

/** The uploaded draft: the name actually used, whether it differs from the first choice, and where it opens. */
export interface DraftResult {
  fileName: string;
  /** "Protokoll nr N YYYY (utkast).docx": what the name would have been with no earlier draft. */
  firstChoice: string;
  /** True when an earlier draft (or another file) had the first-choice name, so this one got "(utkast 2)"… */
  renamed: boolean;
  webUrl: string;
  fileId: string;
}

/**
 * The view's attendance with guests' organisations from the directory ("Namn, Region Skåne" as the seeds write
 * guests). A failed lookup leaves the draft with its visible "[kommun saknas]" blanks rather than no draft at all.
 */
export async function attendanceForDraft(directory: Directory, view: MeetingView): Promise<AttendanceReport | null> {
  const report = readyAttendance(view);
  if (report === null) return null;
  const unknown = unknownOrganisationEmails(report);
  if (unknown.length === 0) return report;
  try {
    return withDirectoryOrganisations(report, await directory.lookup(unknown));
  } catch (error) {
    if (!isAppFailure(error)) throw error;
    return report;
  }
}

/** The draft's bytes as the action makes them: guests' organisations looked up first. */
export async function draftBytesWithDirectory(ports: Pick<DraftPorts, "directory" | "writers">, view: MeetingView, options: DraftOptions): Promise<Uint8Array> {
  draftAgenda(view); // fails before any request when the agenda is missing
  const [writer, attendance] = await Promise.all([ports.writers.protokoll(), attendanceForDraft(ports.directory, view)]);
  return writer.draftDocx(view, options, attendance);
}

async function meetingFolder(documents: DocumentStore, view: MeetingView): Promise<Folder> {
  if (view.folder.state === "error") throw new DraftError(view.folder.error.code, `Mötesmappen kunde inte läsas: ${view.folder.error.detail ?? ""}`);
  // A meeting without a folder yet gets its folder found or made by its key, so the draft lands where the bilagor
  // are and will be, whatever the meeting's date and subject are now.
  return view.folder.value ?? documents.ensureFolder({ key: view.meeting.iCalUId, startUtc: view.meeting.startUtc, subject: view.meeting.subject });
}

/**
 * Builds the draft and uploads it to the meeting folder as "Protokoll nr N YYYY (utkast).docx", or "(utkast 2)", 3…
 * when that name is taken. The store uploads with conflictBehavior=fail, so a draft created by someone else between
 * the listing and the upload is not overwritten either: the store then picks another name, reported as renamed.
 */
export async function createProtokollDraft(ports: DraftPorts, view: MeetingView, options: DraftOptions): Promise<DraftResult> {
  const { documents } = ports;
  const bytes = await draftBytesWithDirectory(ports, view, options);
  const folder = await meetingFolder(documents, view);
  const existing = await documents.listFiles(folder.id);
  const firstChoice = nextDraftFileName(view.meetingNumber, view.meeting.startUtc, []).name;
  const { name } = nextDraftFileName(view.meetingNumber, view.meeting.startUtc, existing.map((f) => f.name));
  const uploaded = await documents.upload(folder.id, name, bytes, null);
  return {
    fileName: uploaded.file.name,
    firstChoice,
    renamed: uploaded.renamed || uploaded.file.name !== firstChoice,
    webUrl: uploaded.file.webUrl,
    fileId: uploaded.file.id,
  };
}
