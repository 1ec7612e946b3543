/** The action *Skapa protokollutkast*: meeting view -> protokoll -> .docx -> the meeting folder, never overwriting. */
import { isAppFailure, DraftError, draftAgenda, nextDraftFileName, readyAttendance, unknownOrganisationEmails, withDirectoryOrganisations } from "../core";
import type { Directory, DocumentStore, DocumentWriters, Folder, MeetingView, DraftOptions, ProtokollTemplate, AssignmentStore, AttendanceReport, MeetingRecord, MeetingRegister, PresenceStore } from "../core";

/** The ports the draft is made with: the folder's library, the directory for guests, and the .docx writer. */
export interface DraftPorts {
  documents: DocumentStore;
  directory: Directory;
  writers: Pick<DocumentWriters, "protokoll">;
  /** The record's lists; absent (the command without them, older tests), the draft is made from the agenda and answers. */
  record?: RecordReaders;
}

/** The three lists of the meeting's record the draft reads (the record's ports, as a host builds them). */
export interface RecordReaders {
  register: Pick<MeetingRegister, "find">;
  presence: Pick<PresenceStore, "list">;
  assignments: Pick<AssignmentStore, "list">;
}

/**
 * The meeting's record, for DraftOptions.record. A list that cannot be read fails the draft with its typed error:
 * a draft silently made without the record would look complete and lose what was recorded.
 */
export async function meetingRecordFor(readers: RecordReaders, meetingKey: string): Promise<MeetingRecord> {
  const [register, presence, assignments] = await Promise.all([readers.register.find(meetingKey), readers.presence.list(meetingKey), readers.assignments.list(meetingKey)]);
  return { register, presence, assignments };
}

/**
 * The template the options name, else the group's own from the library, else null (the built-in default). A template
 * that cannot be read for another reason than its absence fails the draft: a draft in the wrong format is retyped.
 */
export async function templateFor(documents: Pick<DocumentStore, "readByPath">, options: DraftOptions): Promise<ProtokollTemplate | null> {
  if (options.template) return options.template;
  const path = options.templatePath?.trim() ?? "";
  if (path === "") return null;
  const bytes = await documents.readByPath(path);
  return bytes === null ? null : { name: path.split("/").pop() ?? path, bytes };
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

/** The draft's bytes as the action makes them: the group's template read, guests' organisations looked up first. */
export async function draftBytesWithDirectory(ports: Pick<DraftPorts, "directory" | "writers" | "documents">, view: MeetingView, options: DraftOptions): Promise<Uint8Array> {
  draftAgenda(view); // fails before any request when the agenda is missing
  const [writer, attendance, template] = await Promise.all([ports.writers.protokoll(), attendanceForDraft(ports.directory, view), templateFor(ports.documents, options)]);
  return writer.draftDocx(view, { ...options, template }, attendance);
}

/**
 * The meeting's record when the record's lists exist; a site whose lists were never provisioned (notFound) has no
 * record, and drafts as before the record. Any other failure fails the draft rather than drop what was recorded.
 */
export async function recordForDraft(ports: Pick<DraftPorts, "record">, view: MeetingView): Promise<MeetingRecord | null> {
  if (ports.record === undefined) return null;
  try {
    return await meetingRecordFor(ports.record, view.meeting.iCalUId);
  } catch (error) {
    if (isAppFailure(error) && error.appError.code === "notFound") return null;
    throw error;
  }
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
  const record = options.record !== undefined ? options.record : await recordForDraft(ports, view);
  const bytes = await draftBytesWithDirectory(ports, view, { ...options, record });
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
