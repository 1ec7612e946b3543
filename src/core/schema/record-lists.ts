/**
 * The lists of the meeting's record (DESIGN §4a), declared once like columns.ts: "Sammanträden" (the register),
 * "Närvaro" and "Uppdrag". Their Swedish choice values are paired here with the core's English codes, so that the
 * provisioner, the demo tenant and the adapters read one table.
 */
import type { AssignmentStatus, PresenceRole, PresenceStatus, RecordState } from "../record/types";
import type { ListSpec } from "./columns";

/** Swedish choice value of each record state, as SharePoint stores it. */
export const RECORD_STATE_CHOICES: Readonly<Record<RecordState, string>> = {
  planned: "planerat",
  inProgress: "pågår",
  ended: "avslutat",
  forApproval: "för justering",
  approved: "justerat",
};

/** Swedish choice value of each presence status. */
export const PRESENCE_STATUS_CHOICES: Readonly<Record<PresenceStatus, string>> = {
  present: "närvarande",
  absent: "frånvarande",
  apologies: "anmält förhinder",
  remote: "på distans",
};

/** Swedish choice value of each role in the meeting. */
export const PRESENCE_ROLE_CHOICES: Readonly<Record<PresenceRole, string>> = {
  member: "ledamot",
  guest: "gäst",
  secretariat: "sekretariatet",
  chair: "ordförande",
};

/** Swedish choice value of each uppdrag state. */
export const ASSIGNMENT_STATUS_CHOICES: Readonly<Record<AssignmentStatus, string>> = {
  open: "öppet",
  done: "klart",
  struck: "struket",
};

/** The code of a stored choice value (case and surrounding space ignored, as people type in SharePoint); undefined when unknown. */
export function codeOfChoice<C extends string>(choices: Readonly<Record<C, string>>, raw: unknown): C | undefined {
  if (typeof raw !== "string") return undefined;
  const value = raw.trim().toLowerCase();
  return (Object.keys(choices) as C[]).find((code) => choices[code] === value);
}

const values = (choices: Readonly<Record<string, string>>): readonly string[] => Object.values(choices);

/** The list "Sammanträden": one row per meeting of the group. */
export const REGISTER_LIST = {
  key: "register",
  displayName: "Sammanträden",
  name: "Sammantraden",
  template: "genericList",
  columns: {
    Title: { displayName: "Rubrik", type: "text", indexed: false, required: true, builtIn: true },
    MeetingKey: { displayName: "Mötesnyckel", type: "text", indexed: true, required: true },
    // Indexed: the year's rows are read by a range on Start (listYear).
    Start: { displayName: "Start", type: "dateTime", indexed: true, required: true },
    Number: { displayName: "Nummer", type: "number", indexed: false, required: true },
    FolderName: { displayName: "Mappnamn", type: "text", indexed: false, required: true },
    Chair: { displayName: "Ordförande", type: "text", indexed: false, required: true },
    Approvers: { displayName: "Justerare", type: "note", indexed: false, required: true },
    RecordState: { displayName: "Protokollets läge", type: "choice", choices: values(RECORD_STATE_CHOICES), indexed: false, required: true },
    CurrentItem: { displayName: "Aktuell punkt", type: "text", indexed: false, required: true },
    ProtokollFile: { displayName: "Protokollfil", type: "text", indexed: false, required: true },
    ProtokollPdf: { displayName: "Protokoll-PDF", type: "text", indexed: false, required: true },
  },
} as const satisfies ListSpec;

/** The list "Närvaro": one row per person per meeting. */
export const PRESENCE_LIST = {
  key: "presence",
  displayName: "Närvaro",
  name: "Narvaro",
  template: "genericList",
  columns: {
    // Written with the person's name, so that SharePoint's own views of the list say who the row is.
    Title: { displayName: "Rubrik", type: "text", indexed: false, required: false, builtIn: true },
    MeetingKey: { displayName: "Mötesnyckel", type: "text", indexed: true, required: true },
    Email: { displayName: "E-post", type: "text", indexed: false, required: true },
    DisplayName: { displayName: "Namn", type: "text", indexed: false, required: true },
    Organisation: { displayName: "Organisation", type: "text", indexed: false, required: true },
    Status: { displayName: "Närvaro", type: "choice", choices: values(PRESENCE_STATUS_CHOICES), indexed: false, required: true },
    Arrived: { displayName: "Kom kl", type: "text", indexed: false, required: true },
    Left: { displayName: "Gick kl", type: "text", indexed: false, required: true },
    Role: { displayName: "Roll", type: "choice", choices: values(PRESENCE_ROLE_CHOICES), indexed: false, required: true },
    Note: { displayName: "Anteckning", type: "note", indexed: false, required: true },
  },
} as const satisfies ListSpec;

/** The list "Uppdrag": tasks the meetings gave. */
export const ASSIGNMENT_LIST = {
  key: "assignments",
  displayName: "Uppdrag",
  name: "Uppdrag",
  template: "genericList",
  columns: {
    Title: { displayName: "Uppdrag", type: "text", indexed: false, required: true, builtIn: true },
    MeetingKey: { displayName: "Mötesnyckel", type: "text", indexed: true, required: true },
    ItemId: { displayName: "Punktens id", type: "text", indexed: false, required: true },
    Assignee: { displayName: "Ansvarig", type: "text", indexed: false, required: true },
    AssigneeEmail: { displayName: "Ansvarigs e-post", type: "text", indexed: false, required: true },
    // Text "YYYY-MM-DD", not dateTime: a SharePoint date-only value comes back as the UTC instant of local
    // midnight ("2026-12-17T23:00:00Z" for the 18th), and a due date must never move a day.
    Due: { displayName: "Klart senast", type: "text", indexed: false, required: true },
    Status: { displayName: "Status", type: "choice", choices: values(ASSIGNMENT_STATUS_CHOICES), indexed: false, required: true },
    ClosedNote: { displayName: "Avslutat med", type: "note", indexed: false, required: true },
    ClosedAt: { displayName: "Avslutat vid möte", type: "text", indexed: false, required: true },
  },
} as const satisfies ListSpec;

/** Internal names of the register's columns. */
export type RegisterColumn = keyof typeof REGISTER_LIST.columns;
/** Internal names of the presence list's columns. */
export type PresenceColumn = keyof typeof PRESENCE_LIST.columns;
/** Internal names of the uppdrag list's columns. */
export type AssignmentColumn = keyof typeof ASSIGNMENT_LIST.columns;
