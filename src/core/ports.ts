/** Interfaces that adapters implement (DESIGN §3). Core and UI depend on these, never on Graph or host SDKs. */
import type { Section } from "./errors";
import type { ItemRecordWriter } from "./record/ports";
import type {
  Agenda,
  AgendaItemDraft,
  AgendaItemRecord,
  AttendanceReport,
  DirectoryEntry,
  FileRecord,
  Folder,
  Meeting,
  Person,
  RsvpResponse,
} from "./types";
import type { AssignmentStore, MeetingRegister, OnlineAttendanceSource, PresenceStore, StageSource } from "./record/ports";
import type { MeetingRegisterRow } from "./record/types";

/** How a view addresses a meeting: the iCalUId, and the folder name when already known (saves a round trip). */
export interface MeetingRef {
  key: string;
  /** "YYYY-MM-DD <subject>" in Möteshandlingar: a hint only; the folder is the one whose MeetingKey is `key`. */
  folderName?: string;
}

/** What finds or creates a meeting's folder: the key it is found by, and the start and subject that name a new one. */
export interface MeetingFolderRef {
  key: string;
  startUtc: string;
  subject: string;
}

/** Everything the meeting tab needs, loaded in one $batch round trip; sections fail independently. */
export interface MeetingView {
  me: Person;
  meeting: Meeting;
  /** Meeting number within its year (Protokoll nr N), null when the series cannot be read. */
  meetingNumber: number | null;
  /**
   * Where the number comes from: the meeting's row in "Sammanträden" ("register"), or counted among the group's
   * meetings that year because the meeting has no row or the row no number ("computed": preliminary until saved).
   */
  numberSource: "register" | "computed";
  /** The meeting's row in "Sammanträden": null when it has none yet; an error when the list could not be read. */
  record: Section<MeetingRegisterRow | null>;
  agenda: Section<Agenda>;
  /** Organizer's copy: forbidden for members who cannot read it. */
  attendance: Section<AttendanceReport>;
  folder: Section<Folder | null>;
  /**
   * The folder's files as read (none when the folder does not exist yet). An error means the bilagor could not be
   * read: the agenda then lists its items without bilagor, so every consumer must say so (the tab's notice) or
   * refuse (a kallelse, a protokoll draft) rather than present an incomplete meeting as complete.
   */
  files: Section<FileRecord[]>;
  directory: DirectoryEntry[];
}

/** One upcoming meeting of the group, for pickers and the personal tab. */
export interface MeetingSummary {
  id: string;
  iCalUId: string;
  subject: string;
  startUtc: string;
  endUtc: string;
  /** Graph's isAllDay. */
  isAllDay: boolean;
  location: string;
  myResponse: RsvpResponse;
  folderName: string;
  /** Number of agenda items, null when unknown. */
  itemCount: number | null;
}

/** RSVP answers as Graph names the actions. */
export type RsvpAction = "accept" | "tentativelyAccept" | "decline";

/** What became of an answer: Graph confirmed this very request, or no reply came and it may or may not have arrived. */
export type RsvpOutcome = "sent" | "unknown";

/** Reads meetings and answers invitations. */
export interface MeetingSource {
  loadMeetingView(ref: MeetingRef): Promise<MeetingView>;
  listUpcoming(): Promise<MeetingSummary[]>;
  /** Teams: chat id -> calendarEventId -> iCalUId. */
  findByChatId(chatId: string): Promise<MeetingSummary>;
  /** Sends an answer; a definite refusal rejects with an AppFailure. */
  respond(eventId: string, action: RsvpAction, comment: string): Promise<RsvpOutcome>;
}

/** The SharePoint list "Dagordning". Writes are guarded by eTag; a stale one rejects with code "conflict", always. */
export interface AgendaStore extends ItemRecordWriter {
  list(meetingKey: string): Promise<AgendaItemRecord[]>;
  get(id: string): Promise<AgendaItemRecord>;
  create(meetingKey: string, draft: AgendaItemDraft, sortKey: number): Promise<AgendaItemRecord>;
  /** Writes the item's content (the editor's fields); never its place in the order, never its record. */
  update(id: string, etag: string, draft: AgendaItemDraft): Promise<AgendaItemRecord>;
  /** Writes the item's order key (SortKey): a move is this one write. */
  setOrder(id: string, etag: string, sortKey: number): Promise<AgendaItemRecord>;
  remove(id: string, etag: string): Promise<void>;
}

/** Result of an upload that never overwrites: the name actually used. */
export interface UploadResult {
  file: FileRecord;
  /** True when the wished name existed and another was chosen. */
  renamed: boolean;
}

/** The library "Möteshandlingar". */
export interface DocumentStore {
  /** The meeting's folder: found by its MeetingKey (an older one by name, then stamped), else created and stamped. */
  ensureFolder(meeting: MeetingFolderRef): Promise<Folder>;
  listFiles(folderId: string): Promise<FileRecord[]>;
  /** Uploads with conflictBehavior=fail, retrying "name (2).ext"...; never replaces a file. */
  upload(folderId: string, name: string, content: Uint8Array, itemId: string | null): Promise<UploadResult>;
  /** Makes the file a bilaga of the item with this id (NO_ITEM_ID: of none). */
  setItemId(fileId: string, itemId: string): Promise<void>;
  download(fileId: string): Promise<Uint8Array>;
  /** The file converted to PDF by the server (Word and other Office files; Graph's `content?format=pdf`). */
  downloadPdf(fileId: string): Promise<Uint8Array>;
  /** Short view links by file id, granting no new access; files whose link could not be made are left out. */
  viewLinks(fileIds: string[]): Promise<Map<string, string>>;
  /**
   * A new version of an existing file: replaces its content in place (same driveItem, its bilaga link and item kept,
   * SharePoint's version history grows), guarded by the eTag the user saw; a newer change is a "conflict".
   * The returned record's list columns are not read back: list the folder again for them.
   */
  replaceContent(fileId: string, etag: string | null, content: Uint8Array): Promise<FileRecord>;
  /** A file of the library by its path ("Mallar/Protokollmall.docx"), e.g. the group's protokoll template; null when there is none. */
  readByPath(path: string): Promise<Uint8Array | null>;
}

/** Directory lookups for attendees. */
export interface Directory {
  lookup(emails: string[]): Promise<DirectoryEntry[]>;
}

/** All adapters the UI needs, created once per host from the configuration and a token provider. */
export interface Services {
  meetings: MeetingSource;
  agenda: AgendaStore;
  documents: DocumentStore;
  directory: Directory;
  /** The meeting register "Sammanträden". */
  register: MeetingRegister;
  /** Attendance as it happened, "Närvaro". */
  presence: PresenceStore;
  /** "Uppdrag". */
  assignments: AssignmentStore;
  /** Graph's attendance report of the online meeting (organizer only). */
  onlineAttendance: OnlineAttendanceSource;
  /** What the stage polls of the record, in one request. */
  stage: StageSource;
}
