/**
 * The meeting's record (DESIGN §4a) as domain data: the register row, attendance as it happened, uppdrag, and each
 * item's outcome. Values are English codes; the SharePoint choice values (Swedish) belong to the list declarations.
 */
import type { RowProblem } from "../rowProblems";

/** What became of an item in the meeting (Dagordning `Outcome`); null until recorded. */
export type Outcome = "decided" | "tabled" | "referredBack" | "noted" | "withdrawn";

/** Every outcome, in the order the secretariat is offered them. */
export const OUTCOMES: readonly Outcome[] = ["decided", "tabled", "referredBack", "noted", "withdrawn"];

/** Where the record of a meeting stands (Sammanträden `RecordState`). */
export type RecordState = "planned" | "inProgress" | "ended" | "forApproval" | "approved";

/** One row of the list "Sammanträden": the meeting register. */
export interface MeetingRegisterRow {
  /** SharePoint list item id. */
  id: string;
  etag: string;
  meetingKey: string;
  title: string;
  /** UTC ISO start. */
  startUtc: string;
  /** The meeting's number in its year among this group's meetings; null when the row has none (computed then). */
  number: number | null;
  folderName: string;
  /** The chair's name (free text), empty when not set. */
  chair: string;
  /** Justerare, one a line in SharePoint. */
  approvers: string[];
  state: RecordState;
  /** Dagordning item id of the item on the stage; null when none. */
  currentItemId: string | null;
  /** Drive item ids of the protokoll's .docx and PDF, when made. */
  protokollFileId: string | null;
  protokollPdfId: string | null;
  problems?: readonly RowProblem[];
}

/** The writable fields of a register row. */
export type MeetingRegisterFields = Omit<MeetingRegisterRow, "id" | "etag" | "problems">;

/** How a person took part (Närvaro `Status`). */
export type PresenceStatus = "present" | "absent" | "apologies" | "remote";

/** A person's role in the meeting (Närvaro `Role`). */
export type PresenceRole = "member" | "guest" | "secretariat" | "chair";

/** One row of the list "Närvaro": one person at one meeting. */
export interface PresenceRow {
  id: string;
  etag: string;
  meetingKey: string;
  /** Lower-case mail address; empty for someone added by hand without one (matched by name then). */
  email: string;
  displayName: string;
  /** Municipality name or "sekretariatet"; empty when unknown. */
  organisation: string;
  status: PresenceStatus;
  /** "08.45": came after the start; null when there from the start. */
  arrived: string | null;
  /** "11.10": left before the end; null when stayed to the end. */
  left: string | null;
  role: PresenceRole;
  note: string;
  problems?: readonly RowProblem[];
}

/** The writable fields of a presence row. */
export type PresenceFields = Omit<PresenceRow, "id" | "etag" | "problems">;

/** State of an uppdrag (Uppdrag `Status`). */
export type AssignmentStatus = "open" | "done" | "struck";

/** One row of the list "Uppdrag": a task the meeting gave someone. */
export interface AssignmentRow {
  id: string;
  etag: string;
  /** What, as the clause says it: "att ta fram ett förslag …" without the leading "att". */
  title: string;
  meetingKey: string;
  /** Dagordning item id it was given under; null when given outside an item. */
  itemId: string | null;
  /** A person, a role or a municipality, as written. */
  assignee: string;
  /** Set when the assignee is a person with a mail address. */
  assigneeEmail: string | null;
  /** "YYYY-MM-DD", or null: by the next meeting. */
  due: string | null;
  status: AssignmentStatus;
  closedNote: string;
  /** MeetingKey of the meeting where it was closed. */
  closedAt: string | null;
  problems?: readonly RowProblem[];
}

/** The writable fields of an uppdrag. */
export type AssignmentFields = Omit<AssignmentRow, "id" | "etag" | "problems">;

/** The record fields of an agenda item (Dagordning `Outcome`, `Decisions`, `Minutes`, `CarriedFrom`). */
export interface ItemRecordFields {
  outcome: Outcome | null;
  /** The decision as taken, one "att"-clause an entry without the leading "att". */
  decisions: string[];
  /** What was said. */
  minutes: string;
  /** `<MeetingKey>#<item id>` of the item this one continues; null when new. */
  carriedFrom: string | null;
}

/** What the stage reads of the record in one request: the item on the stage and each item's outcome and decision. */
export interface StageSnapshot {
  /** The register's CurrentItem; null when the meeting has no row or the row names no item. */
  currentItemId: string | null;
  items: ReadonlyArray<{ id: string } & Pick<ItemRecordFields, "outcome" | "decisions">>;
}

/** Everything recorded about one meeting beside its agenda, as read (the register row may not exist yet). */
export interface MeetingRecord {
  register: MeetingRegisterRow | null;
  presence: PresenceRow[];
  assignments: AssignmentRow[];
}

/** One person's time in the online meeting, from Graph's attendance report (UTC ISO times). */
export interface OnlineAttendance {
  email: string;
  displayName: string;
  /** First join and last leave over all intervals. */
  joinedUtc: string;
  leftUtc: string;
}
