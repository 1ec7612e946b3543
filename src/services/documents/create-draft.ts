/** The action *Skapa protokollutkast*: meeting view -> protokoll -> .docx -> the meeting folder, never overwriting. */
import { isAppFailure, buildProtokoll, nextDraftFileName, unknownOrganisationEmails, withDirectoryOrganisations } from "../../core";
import type { Directory, DocumentStore, MeetingView, Services, Protokoll, ProtokollInput, Agenda, AttendanceReport, Folder } from "../../core";
import { DraftError } from "./draft-error";
import { protokollToDocx } from "./protokoll-docx";

/** What the draft needs besides the view: the group's heading and, optionally, who signs. */
export type DraftOptions = Pick<ProtokollInput, "groupName" | "place" | "chair" | "secretary" | "approvers">;

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

/** The view's agenda with its bilagor; without either there is no protokoll to draft. */
function agendaOf(view: MeetingView): Agenda {
  if (view.agenda.state === "error") throw new DraftError(view.agenda.error.code, `Dagordningen kunde inte läsas: ${view.agenda.error.detail ?? ""}`);
  // Without the folder's files every item would print without its Underlag line: refuse rather than draft it incomplete.
  if (view.files.state === "error") throw new DraftError(view.files.error.code, `Bilagorna kunde inte läsas: ${view.files.error.detail ?? ""}`);
  return view.agenda.value;
}

/** The protokoll model of a meeting view; the agenda must have loaded, attendance may be missing (marked blanks). */
export function protokollFromView(view: MeetingView, options: DraftOptions, attendance: AttendanceReport | null = readyAttendance(view)): Protokoll {
  return buildProtokoll({ ...options, meeting: view.meeting, meetingNumber: view.meetingNumber, agenda: agendaOf(view), attendance });
}

function readyAttendance(view: MeetingView): AttendanceReport | null {
  return view.attendance.state === "ready" ? view.attendance.value : null;
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

/** The .docx bytes of a meeting view's draft (no I/O); `attendance` defaults to the view's own. */
export async function draftBytes(view: MeetingView, options: DraftOptions, attendance: AttendanceReport | null = readyAttendance(view)): Promise<Uint8Array> {
  // The author is who made the draft (the signed-in user), as Word shows it and SharePoint's "Created by" does.
  return protokollToDocx(protokollFromView(view, options, attendance), view.me.name);
}

/** The draft's bytes as the action makes them: guests' organisations looked up first. */
export async function draftBytesWithDirectory(services: Pick<Services, "directory">, view: MeetingView, options: DraftOptions): Promise<Uint8Array> {
  agendaOf(view); // fails before any request when the agenda is missing
  return draftBytes(view, options, await attendanceForDraft(services.directory, view));
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
export async function createProtokollDraft(services: Pick<Services, "documents" | "directory">, view: MeetingView, options: DraftOptions): Promise<DraftResult> {
  const { documents } = services;
  const bytes = await draftBytesWithDirectory(services, view, options);
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
