/** Interfaces that adapters implement (DESIGN §3). Core and UI depend on these, never on Graph or host SDKs. */
import type { Section } from "./errors";
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

/** How a view addresses a meeting: the iCalUId, and the folder name when already known (saves a round trip). */
export interface MeetingRef {
  key: string;
  /** "YYYY-MM-DD <subject>" in Möteshandlingar. */
  folderName?: string;
}

/** Everything the meeting tab needs, loaded in one $batch round trip; sections fail independently. */
export interface MeetingView {
  me: Person;
  meeting: Meeting;
  /** Meeting number within its year (Protokoll nr N), null when the series cannot be read. */
  meetingNumber: number | null;
  agenda: Section<Agenda>;
  /** Organizer's copy: forbidden for members who cannot read it. */
  attendance: Section<AttendanceReport>;
  folder: Section<Folder | null>;
  directory: DirectoryEntry[];
}

/** One upcoming meeting of the group, for pickers and the personal tab. */
export interface MeetingSummary {
  id: string;
  iCalUId: string;
  subject: string;
  startUtc: string;
  endUtc: string;
  location: string;
  myResponse: RsvpResponse;
  folderName: string;
  /** Number of agenda items, null when unknown. */
  itemCount: number | null;
}

/** RSVP answers as Graph names the actions. */
export type RsvpAction = "accept" | "tentativelyAccept" | "decline";

/** Reads meetings and answers invitations. */
export interface MeetingSource {
  loadMeetingView(ref: MeetingRef): Promise<MeetingView>;
  listUpcoming(): Promise<MeetingSummary[]>;
  /** Teams: chat id -> calendarEventId -> iCalUId. */
  findByChatId(chatId: string): Promise<MeetingSummary>;
  respond(eventId: string, action: RsvpAction, comment: string): Promise<void>;
}

/** The SharePoint list "Dagordning". Writes are guarded by eTag; a stale one rejects with code "conflict". */
export interface AgendaStore {
  list(meetingKey: string): Promise<AgendaItemRecord[]>;
  get(id: string): Promise<AgendaItemRecord>;
  create(meetingKey: string, draft: AgendaItemDraft): Promise<AgendaItemRecord>;
  update(id: string, etag: string, draft: AgendaItemDraft): Promise<AgendaItemRecord>;
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
  /** Finds or creates the folder "YYYY-MM-DD <subject>". */
  ensureFolder(folderName: string): Promise<Folder>;
  listFiles(folderId: string): Promise<FileRecord[]>;
  /** Uploads with conflictBehavior=fail, retrying "name (2).ext"...; never replaces a file. */
  upload(folderId: string, name: string, content: Uint8Array, itemNumber: number | null): Promise<UploadResult>;
  setItemNumber(fileId: string, itemNumber: number | null): Promise<void>;
  download(fileId: string): Promise<Uint8Array>;
  /**
   * A new version of an existing file: replaces its content in place (same driveItem, its bilaga link and item kept,
   * SharePoint's version history grows), guarded by the eTag the user saw; a newer change is a "conflict".
   * The returned record's list columns are not read back: list the folder again for them.
   */
  replaceContent(fileId: string, etag: string | null, content: Uint8Array): Promise<FileRecord>;
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
}
