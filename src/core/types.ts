/** Domain types of Sammanträde. Pure data: no SDK types, no Date objects across boundaries (ISO strings in UTC). */
import type { RowProblem } from "./rowProblems";
import type { ItemRecordFields } from "./record/types";
import type { FieldWrittenBy } from "./schema/agenda-fields";

/** A person as the calendar and directory know them. */
export interface Person {
  name: string;
  email: string;
}

/** RSVP state exactly as Graph's responseStatus.response names it. */
export type RsvpResponse = "none" | "organizer" | "tentativelyAccepted" | "accepted" | "declined" | "notResponded";

/** Required attendees are members; optional ones are guests (DESIGN §2). */
export type AttendeeType = "required" | "optional" | "resource";

/** One attendee of the event (from the organizer's copy when readable). */
export interface Attendee extends Person {
  type: AttendeeType;
  response: RsvpResponse;
  /** What was wrong with the attendee as read (an unknown answer is read as none); absent: nothing. */
  problems?: readonly RowProblem[];
}

/** One calendar event occurrence, parsed at the edge. Times are UTC ISO strings. */
export interface Meeting {
  /** Graph id of this user's copy (used for RSVP). */
  id: string;
  /** Shared by the organizer's and every attendee's copy; the SharePoint MeetingKey. */
  iCalUId: string;
  subject: string;
  startUtc: string;
  endUtc: string;
  /** Graph's isAllDay: start and end are then dates at midnight UTC. */
  isAllDay: boolean;
  location: string;
  organizer: Person;
  attendees: Attendee[];
  /** This user's own answer, from their own copy. */
  myResponse: RsvpResponse;
  isOrganizer: boolean;
  isCancelled: boolean;
  seriesMasterId: string | null;
  webLink: string | null;
  onlineMeetingUrl: string | null;
}

/** Directory data used to place a person in a municipality (DESIGN §2). */
export interface DirectoryEntry {
  email: string;
  name: string;
  companyName: string | null;
  officeLocation: string | null;
  /** The directory's job title ("kommundirektör"), when read and set. */
  jobTitle?: string | null;
}

/** Kind of agenda item (the list's Kind column). */
export type ItemKind = "beslut" | "information" | "diskussion";

/**
 * Every field of an agenda item beside its identity and order: its content (what the secretariat prepares) and its
 * record (what the meeting decided, DESIGN §4a). Each is declared once more, with its column, parsing, writing, merge
 * and where it shows, in `AGENDA_FIELDS` (core/schema/agenda-fields.ts); a field missing there is a type error.
 */
export interface AgendaItemFields extends ItemRecordFields {
  title: string;
  /** Optional "09.40". */
  startTime: string | null;
  /** Free text "Namn, roll"; may be a guest who is not an attendee. */
  presenter: string;
  /** One "att"-clause per entry, without the leading "att". */
  proposedDecisions: string[];
  description: string;
  kind: ItemKind;
}

/** An agenda item as stored in the SharePoint list "Dagordning". */
export interface AgendaItemRecord extends AgendaItemFields {
  /** SharePoint list item id. */
  id: string;
  /** eTag for If-Match on writes. */
  etag: string;
  meetingKey: string;
  /** The SortKey column: the item's place in the order; a move writes only this (DESIGN §4). Null on rows added by hand. */
  sortKey: number | null;
  /** The ItemNumber column: the order of rows added by hand in SharePoint; null when not set. */
  itemNumber: number | null;
  /** What was wrong with the row as read (absent: nothing); the record holds the repaired values. */
  problems?: readonly RowProblem[];
}

/** What the Outlook editor writes when creating or updating an item: the fields the table gives to the editor, never the record. */
export type AgendaItemDraft = Pick<AgendaItemFields, FieldWrittenBy<"editor">>;

/** A file in the meeting's folder in "Möteshandlingar". */
export interface FileRecord {
  id: string;
  name: string;
  webUrl: string;
  size: number;
  /** ItemId column: the id of the item this file is a bilaga of (NO_ITEM_ID: of none); null when not set. */
  itemId: string | null;
  /** ItemNumber column of the file's list item, when set: the fallback for files added by hand. */
  itemNumber: number | null;
  etag: string | null;
  lastModifiedUtc: string | null;
  /** What was wrong with the file's columns as read (the bad value is left out); absent: nothing. */
  problems?: readonly RowProblem[];
}

/** A bilaga: a file assigned to an item, numbered 1..N across the meeting. */
export interface Attachment {
  number: number;
  fileId: string;
  name: string;
  webUrl: string;
  /** What was wrong with the file's columns as read; absent: nothing. */
  problems?: readonly RowProblem[];
}

/** An agenda item with its position and bilagor. */
export interface AgendaItem extends AgendaItemRecord {
  /** Position 1..n in the agenda as shown (renumbered, contiguous). */
  number: number;
  attachments: Attachment[];
}

/** The dagordning of one meeting. */
export interface Agenda {
  items: AgendaItem[];
  /** Files in the folder that match no item (shown to the secretariat, never numbered). */
  unassignedFiles: FileRecord[];
}

/** Attendance state (DESIGN §2). */
export type AttendanceStatus = "present" | "apologies" | "tentative" | "noResponse";

/** Role in the meeting. */
export type AttendanceRole = "organizer" | "member" | "guest";

/** A municipality name, "sekretariatet", or null when unknown (shown visibly as unknown). */
export type Organisation = string | null;

/** One person's attendance. */
export interface AttendanceEntry extends Person {
  status: AttendanceStatus;
  role: AttendanceRole;
  organisation: Organisation;
  /** What was wrong with the attendee as read (an unknown answer, counted as none); absent: nothing. */
  problems?: readonly RowProblem[];
}

/** Attendance grouped by organisation: municipalities alphabetically (Swedish collation), unknown, then sekretariatet last. */
export interface AttendanceGroup {
  organisation: Organisation;
  entries: AttendanceEntry[];
}

/** Attendance report for a meeting. */
export interface AttendanceReport {
  groups: AttendanceGroup[];
  counts: Record<AttendanceStatus, number>;
  guests: AttendanceEntry[];
}

/** The meeting's folder in the document library. */
export interface Folder {
  id: string;
  name: string;
  webUrl: string;
}
