/** Ports of the meeting's record (DESIGN §4a). Every write is guarded by eTag; a stale one rejects with "conflict". */
import type { AgendaStore } from "../ports";
import type { AgendaItemRecord } from "../types";
import type {
  AssignmentFields,
  ItemRecordFields,
  AssignmentRow,
  MeetingRegisterFields,
  MeetingRegisterRow,
  OnlineAttendance,
  PresenceFields,
  PresenceRow,
  StageSnapshot,
} from "./types";

/** The list "Sammanträden". */
export interface MeetingRegister {
  /** The meeting's row, or null when it has none. */
  find(meetingKey: string): Promise<MeetingRegisterRow | null>;
  /** The group's rows whose Start lies in the given local (Europe/Stockholm) year, for numbering. */
  listYear(year: number): Promise<MeetingRegisterRow[]>;
  /** Creates the meeting's row; when one exists already (two secretaries, a lost response) returns that one. */
  ensure(fields: MeetingRegisterFields): Promise<MeetingRegisterRow>;
  /** Writes only the given fields. */
  update(id: string, etag: string, fields: Partial<MeetingRegisterFields>): Promise<MeetingRegisterRow>;
}

/** The list "Närvaro". */
export interface PresenceStore {
  list(meetingKey: string): Promise<PresenceRow[]>;
  /** Creates a row; when a row for the same person (mail, else name) exists already, returns that one. */
  create(fields: PresenceFields): Promise<PresenceRow>;
  update(id: string, etag: string, fields: Partial<PresenceFields>): Promise<PresenceRow>;
  remove(id: string, etag: string): Promise<void>;
}

/** The list "Uppdrag". */
export interface AssignmentStore {
  list(meetingKey: string): Promise<AssignmentRow[]>;
  /** Creates a row; after an unclear answer it looks for the row before writing again (never two). */
  create(fields: AssignmentFields): Promise<AssignmentRow>;
  update(id: string, etag: string, fields: Partial<AssignmentFields>): Promise<AssignmentRow>;
  remove(id: string, etag: string): Promise<void>;
}

/** Graph's attendance report of the online meeting (organizer only). */
export interface OnlineAttendanceSource {
  /**
   * Join and leave times of those who joined online; "unavailable" when there is no report, the meeting is not
   * online, or the scope OnlineMeetingArtifact.Read.All was not granted (the UI then says so and times are set by hand).
   * A series shares one join URL: `during` (the occurrence's start and end) picks that occurrence's reports.
   */
  read(joinUrl: string, during?: { startUtc: string; endUtc: string }): Promise<OnlineAttendance[] | "unavailable">;
}

/** What the stage polls: the register row and the items' record, together (one Graph request, a $batch). */
export interface StageSource {
  /** The meeting's current item and its items' outcomes and decisions; a site without the register gives no current item. */
  read(meetingKey: string): Promise<StageSnapshot>;
}

/** Writes an agenda item's record fields only (Outcome, Decisions, Minutes, CarriedFrom): never its agenda content. */
export interface ItemRecordWriter {
  /** PATCHes only the given fields, guarded by eTag ("conflict" when stale); returns the row as now stored. */
  updateRecord(id: string, etag: string, fields: Partial<ItemRecordFields>): Promise<AgendaItemRecord & ItemRecordFields>;
}

/** Where text not yet saved waits (the browser's storage in a host), so that a reload loses nothing. */
export interface DraftStorage {
  load(key: string): string | null;
  save(key: string, value: string): void;
  remove(key: string): void;
}

/** Everything recording a meeting needs, built once by a host's composition root. */
export interface RecordPorts {
  register: MeetingRegister;
  presence: PresenceStore;
  assignments: AssignmentStore;
  items: Pick<AgendaStore, "get" | "list"> & ItemRecordWriter;
  onlineAttendance: OnlineAttendanceSource;
  stage: StageSource;
  drafts: DraftStorage;
  now: () => Date;
}
