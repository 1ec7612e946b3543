/**
 * List items of "Sammanträden", "Närvaro" and "Uppdrag" to the record's rows, and rows back to list fields
 * (DESIGN §4a). Read tolerantly: a row's identity (id, eTag, MeetingKey) is required, every other column that is
 * missing or unreadable is repaired to its default and named in `problems`, so a row edited by hand is still shown.
 */
import {
  ASSIGNMENT_STATUS_CHOICES,
  codeOfChoice,
  PRESENCE_ROLE_CHOICES,
  PRESENCE_STATUS_CHOICES,
  RECORD_STATE_CHOICES,
} from "../../../core";
import type { AssignmentColumn, PresenceColumn, RegisterColumn, RowProblem, AssignmentFields, AssignmentRow, MeetingRegisterFields, MeetingRegisterRow, PresenceFields, PresenceRow } from "../../../core";
import { asObject, invalid, optString, reqNonEmpty } from "./guards";
import type { JsonObject } from "./guards";
import { instantToUtcIso } from "./datetime";

/** A written column value as Graph's fieldValueSet takes it; null clears the column. */
export type FieldValue = string | number | null;

const TIME = /^([01]?\d|2[0-3])[.:]([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads the identity of a list item and gives a reader of its other columns that repairs and records. */
function rowReader(raw: unknown): { id: string; etag: string; meetingKey: string; fields: JsonObject; problems: RowProblem[] } {
  const item = asObject(raw, "listItem");
  const fields = asObject(item.fields, "listItem.fields");
  const etag = optString(item, "eTag", "listItem") ?? optString(fields, "@odata.etag", "listItem.fields");
  if (etag === null || etag === "") throw invalid("listItem.eTag is missing");
  return { id: reqNonEmpty(item, "id", "listItem"), etag, meetingKey: reqNonEmpty(fields, "MeetingKey", "listItem.fields").trim(), fields, problems: [] };
}

function bad(problems: RowProblem[], field: string): void {
  problems.push({ code: "badField", field });
}

/** A text column: unset is "", a non-string is "" and a problem. */
function text(fields: JsonObject, key: string, problems: RowProblem[]): string {
  const value = fields[key];
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  bad(problems, key);
  return "";
}

/** A text column whose empty value means "none". */
function optText(fields: JsonObject, key: string, problems: RowProblem[]): string | null {
  const value = text(fields, key, problems).trim();
  return value === "" ? null : value;
}

/** A choice column read to its code; unset gives the fallback quietly, an unknown value the fallback and a problem. */
function choice<C extends string>(fields: JsonObject, key: string, choices: Readonly<Record<C, string>>, fallback: C, problems: RowProblem[]): C {
  const value = fields[key];
  if (value === undefined || value === null || value === "") return fallback;
  const code = codeOfChoice(choices, value);
  if (code !== undefined) return code;
  bad(problems, key);
  return fallback;
}

/** "08.45" from "8.45", "08:45"; null when unset; null and a problem when unreadable. */
function clock(fields: JsonObject, key: string, problems: RowProblem[]): string | null {
  const value = optText(fields, key, problems);
  if (value === null) return null;
  const match = TIME.exec(value);
  if (!match) {
    bad(problems, key);
    return null;
  }
  return `${match[1]!.padStart(2, "0")}.${match[2]!}`;
}

function positiveInteger(fields: JsonObject, key: string, problems: RowProblem[]): number | null {
  const value = fields[key];
  if (value === undefined || value === null || value === "") return null;
  // SharePoint answers a number column as a number; a value typed into a text column by hand may be a string.
  const n = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof n === "number" && Number.isInteger(n) && n > 0) return n;
  bad(problems, key);
  return null;
}

function date(fields: JsonObject, key: string, problems: RowProblem[]): string | null {
  const value = optText(fields, key, problems);
  if (value === null) return null;
  const match = DATE.exec(value.slice(0, 10));
  const valid = match !== null && !Number.isNaN(Date.parse(`${value.slice(0, 10)}T00:00:00Z`));
  if (!valid) {
    bad(problems, key);
    return null;
  }
  return value.slice(0, 10);
}

function lines(fields: JsonObject, key: string, problems: RowProblem[]): string[] {
  return text(fields, key, problems)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

function withProblems<T extends object>(row: T, problems: RowProblem[]): T & { problems?: readonly RowProblem[] } {
  return problems.length === 0 ? row : { ...row, problems };
}

/** A Sammanträden list item to a register row. */
export function toRegisterRow(raw: unknown): MeetingRegisterRow {
  const { id, etag, meetingKey, fields, problems } = rowReader(raw);
  let startUtc = "";
  const start = optText(fields, "Start", problems);
  if (start === null) bad(problems, "Start");
  else {
    try {
      startUtc = instantToUtcIso(start, "Start");
    } catch {
      bad(problems, "Start");
    }
  }
  return withProblems<MeetingRegisterRow>(
    {
      id,
      etag,
      meetingKey,
      title: text(fields, "Title", problems),
      startUtc,
      number: positiveInteger(fields, "Number", problems),
      folderName: text(fields, "FolderName", problems),
      chair: text(fields, "Chair", problems),
      approvers: lines(fields, "Approvers", problems),
      state: choice(fields, "RecordState", RECORD_STATE_CHOICES, "planned", problems),
      currentItemId: optText(fields, "CurrentItem", problems),
      protokollFileId: optText(fields, "ProtokollFile", problems),
      protokollPdfId: optText(fields, "ProtokollPdf", problems),
    },
    problems,
  );
}

/** Register fields to list fields (only those given). */
export function registerFields(fields: Partial<MeetingRegisterFields>): Partial<Record<RegisterColumn, FieldValue>> {
  const out: Partial<Record<RegisterColumn, FieldValue>> = {};
  if (fields.meetingKey !== undefined) out.MeetingKey = fields.meetingKey;
  if (fields.title !== undefined) out.Title = fields.title;
  if (fields.startUtc !== undefined) out.Start = fields.startUtc;
  if (fields.number !== undefined) out.Number = fields.number;
  if (fields.folderName !== undefined) out.FolderName = fields.folderName;
  if (fields.chair !== undefined) out.Chair = fields.chair;
  if (fields.approvers !== undefined) out.Approvers = fields.approvers.join("\n");
  if (fields.state !== undefined) out.RecordState = RECORD_STATE_CHOICES[fields.state];
  if (fields.currentItemId !== undefined) out.CurrentItem = fields.currentItemId;
  if (fields.protokollFileId !== undefined) out.ProtokollFile = fields.protokollFileId;
  if (fields.protokollPdfId !== undefined) out.ProtokollPdf = fields.protokollPdfId;
  return out;
}

/** A Närvaro list item to a presence row; the mail is kept lower-case, a malformed one is dropped (matched by name). */
export function toPresenceRow(raw: unknown): PresenceRow {
  const { id, etag, meetingKey, fields, problems } = rowReader(raw);
  let email = text(fields, "Email", problems).trim().toLowerCase();
  if (email !== "" && !/^[^\s@]+@[^\s@]+$/.test(email)) {
    bad(problems, "Email");
    email = "";
  }
  let displayName = text(fields, "DisplayName", problems).trim();
  if (displayName === "") {
    // A row typed in SharePoint may carry the name only in Title: use it, else the mail, and say so.
    const title = text(fields, "Title", []).trim();
    bad(problems, "DisplayName");
    displayName = title || email;
  }
  return withProblems<PresenceRow>(
    {
      id,
      etag,
      meetingKey,
      email,
      displayName,
      organisation: text(fields, "Organisation", problems).trim(),
      status: choice(fields, "Status", PRESENCE_STATUS_CHOICES, "present", problems),
      arrived: clock(fields, "Arrived", problems),
      left: clock(fields, "Left", problems),
      role: choice(fields, "Role", PRESENCE_ROLE_CHOICES, "member", problems),
      note: text(fields, "Note", problems),
    },
    problems,
  );
}

/** Presence fields to list fields (only those given); Title carries the name for SharePoint's own views. */
export function presenceFields(fields: Partial<PresenceFields>): Partial<Record<PresenceColumn, FieldValue>> {
  const out: Partial<Record<PresenceColumn, FieldValue>> = {};
  if (fields.meetingKey !== undefined) out.MeetingKey = fields.meetingKey;
  if (fields.email !== undefined) out.Email = fields.email.trim().toLowerCase();
  if (fields.displayName !== undefined) {
    out.DisplayName = fields.displayName;
    out.Title = fields.displayName;
  }
  if (fields.organisation !== undefined) out.Organisation = fields.organisation;
  if (fields.status !== undefined) out.Status = PRESENCE_STATUS_CHOICES[fields.status];
  if (fields.arrived !== undefined) out.Arrived = fields.arrived;
  if (fields.left !== undefined) out.Left = fields.left;
  if (fields.role !== undefined) out.Role = PRESENCE_ROLE_CHOICES[fields.role];
  if (fields.note !== undefined) out.Note = fields.note;
  return out;
}

/** An Uppdrag list item to an assignment row. */
export function toAssignmentRow(raw: unknown): AssignmentRow {
  const { id, etag, meetingKey, fields, problems } = rowReader(raw);
  const title = text(fields, "Title", problems).trim();
  if (title === "") problems.push({ code: "missingTitle" });
  const email = optText(fields, "AssigneeEmail", problems);
  const validEmail = email === null || /^[^\s@]+@[^\s@]+$/.test(email);
  if (!validEmail) bad(problems, "AssigneeEmail");
  return withProblems<AssignmentRow>(
    {
      id,
      etag,
      title,
      meetingKey,
      itemId: optText(fields, "ItemId", problems),
      assignee: text(fields, "Assignee", problems).trim(),
      assigneeEmail: validEmail && email !== null ? email.toLowerCase() : null,
      due: date(fields, "Due", problems),
      status: choice(fields, "Status", ASSIGNMENT_STATUS_CHOICES, "open", problems),
      closedNote: text(fields, "ClosedNote", problems),
      closedAt: optText(fields, "ClosedAt", problems),
    },
    problems,
  );
}

/** Uppdrag fields to list fields (only those given). */
export function assignmentFields(fields: Partial<AssignmentFields>): Partial<Record<AssignmentColumn, FieldValue>> {
  const out: Partial<Record<AssignmentColumn, FieldValue>> = {};
  if (fields.title !== undefined) out.Title = fields.title;
  if (fields.meetingKey !== undefined) out.MeetingKey = fields.meetingKey;
  if (fields.itemId !== undefined) out.ItemId = fields.itemId;
  if (fields.assignee !== undefined) out.Assignee = fields.assignee;
  if (fields.assigneeEmail !== undefined) out.AssigneeEmail = fields.assigneeEmail === null ? null : fields.assigneeEmail.trim().toLowerCase();
  if (fields.due !== undefined) out.Due = fields.due;
  if (fields.status !== undefined) out.Status = ASSIGNMENT_STATUS_CHOICES[fields.status];
  if (fields.closedNote !== undefined) out.ClosedNote = fields.closedNote;
  if (fields.closedAt !== undefined) out.ClosedAt = fields.closedAt;
  return out;
}
