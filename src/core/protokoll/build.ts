/** Builds the protokoll skeleton from what the data knows; marked blanks for what only the meeting knows (DESIGN §5). */
import { ALL_DAY_SV, formatCompactDate, formatDate, formatDateKey, formatDayRange, formatProtocolTitle, formatTimeRange, localYear, meetingDays } from "../format";
import { MUNICIPALITIES } from "../municipality";
import type { ItemRecordFields, MeetingRecord } from "../record";
import type { Agenda, AttendanceReport, Meeting } from "../types";
import { attendanceLines } from "./attendance-lines";
import { assignmentLine, protokollItem } from "./items";
import type { AttendanceLine, Protokoll, ProtokollFacts, Signature } from "./model";
import { presenceLines } from "./presence-lines";
import { singleLine } from "./text";

/** What a draft is made of. */
export interface ProtokollInput {
  meeting: Meeting;
  /** The meeting's number in its year; null writes a marked blank. */
  meetingNumber: number | null;
  agenda: Agenda;
  /** The organizer's copy; null when it could not be read (the lists become marked blanks). */
  attendance: AttendanceReport | null;
  /** The group's printed heading (configuration). */
  groupName: string;
  /** Names that can be the place of the place-and-date line when the location names one (default: the 11 municipalities). */
  municipalities?: readonly string[];
  /** Overrides the place taken from the location. */
  place?: string;
  chair?: string | null;
  /** Who signs as secretary, and whose mail heads the draft; defaults to the organizer as "sekretariatschef" (the seeds' signature). */
  secretary?: { name: string; role: string; email?: string };
  approvers?: readonly string[];
  /** The meeting's record, when one was read: attendance as it happened, the register's chair and justerare, uppdrag. */
  record?: MeetingRecord | null;
  /** Each item's recorded fields by item id (Outcome, Decisions, Minutes); items without an entry are drafted as planned. */
  itemRecords?: ReadonlyMap<string, ItemRecordFields>;
}

/** Written when the meeting number in the year is unknown. */
export const NUMBER_BLANK = "[nr]";
/** Written when no municipality is named in the location. */
export const PLACE_BLANK = "[Ort]";
/** Written when the event has no location. */
export const LOCATION_BLANK = "[plats]";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The municipality named last in a location ("Mindpark, Helsingborg" -> "Helsingborg"), or null. */
export function placeOf(location: string, municipalities: readonly string[]): string | null {
  let best: { name: string; index: number } | null = null;
  for (const name of municipalities) {
    if (singleLine(name) === "") continue;
    // \b does not know å, ä, ö: letters on either side are excluded with Unicode lookarounds instead.
    const pattern = new RegExp(`(?<!\\p{L})${escapeRegExp(singleLine(name))}(?!\\p{L})`, "giu");
    for (const match of location.matchAll(pattern)) {
      if (best === null || match.index > best.index) best = { name: singleLine(name), index: match.index };
    }
  }
  return best?.name ?? null;
}

/** "Protokoll nr 11 2026", or with a marked blank for the number. */
export function protokollTitle(meetingNumber: number | null, startUtc: string): string {
  const year = localYear(startUtc);
  return meetingNumber === null ? `Protokoll nr ${NUMBER_BLANK} ${year}` : formatProtocolTitle(meetingNumber, year);
}

/** The draft's file name for an attempt: 1 -> "(utkast)", 2 -> "(utkast 2)"… */
export function draftFileName(meetingNumber: number | null, startUtc: string, attempt: number): string {
  // A file name cannot carry the "[nr]" blank usefully; the date identifies the meeting instead.
  const base = meetingNumber === null ? `Protokoll ${formatDateKey(startUtc)}` : formatProtocolTitle(meetingNumber, localYear(startUtc));
  return `${base} (${attempt <= 1 ? "utkast" : `utkast ${attempt}`}).docx`;
}

/** The first draft name not among the existing names (SharePoint compares names case-insensitively). */
export function nextDraftFileName(meetingNumber: number | null, startUtc: string, existingNames: readonly string[]): { name: string; attempt: number } {
  const taken = new Set(existingNames.map((n) => n.normalize("NFC").toLowerCase()));
  for (let attempt = 1; ; attempt++) {
    const name = draftFileName(meetingNumber, startUtc, attempt);
    if (!taken.has(name.normalize("NFC").toLowerCase())) return { name, attempt };
  }
}

function secretaryOf(input: ProtokollInput): { name: string; role: string; email: string } {
  const { organizer } = input.meeting;
  const secretary = input.secretary ?? { name: organizer.name, role: "sekretariatschef", email: organizer.email };
  return { ...secretary, email: singleLine(secretary.email ?? (input.secretary === undefined ? organizer.email : "")) };
}

function signatures(input: ProtokollInput): Signature[] {
  const secretary = secretaryOf(input);
  const register = input.record?.register ?? null;
  // What the register holds (set in the meeting) fills what the caller left open.
  const chair = input.chair ?? register?.chair ?? null;
  const approvers = (input.approvers !== undefined && input.approvers.length > 0 ? input.approvers : (register?.approvers ?? [])).map(singleLine).filter((n) => n !== "");
  return [
    { name: chair ? singleLine(chair) || null : null, role: "ordförande" },
    { name: singleLine(secretary.name) || null, role: singleLine(secretary.role) || "sekreterare" },
    ...approvers.map((name): Signature => ({ name, role: "justerare" })),
  ];
}

const CLOSING = ["Övriga frågor", "Mötet avslutas"];
const fold = (text: string): string => singleLine(text).replace(/[.:]+$/, "").toLocaleLowerCase("sv");

/** "Övriga frågor" and "Mötet avslutas", each unless the agenda already has it as an item (no heading twice). */
export function closingSections(agenda: Agenda): { heading: string }[] {
  const titles = new Set(agenda.items.map((item) => fold(item.title)));
  return CLOSING.filter((heading) => !titles.has(fold(heading))).map((heading) => ({ heading }));
}

/** "19 april 2024 08.30–11.30", "19 april 2024 hela dagen", "25–26 augusti 2026 hela dagen". */
function when(meeting: Meeting): string {
  const days = meetingDays(meeting);
  return `${formatDayRange(days.first, days.last)} ${days.allDay ? ALL_DAY_SV : formatTimeRange(meeting.startUtc, meeting.endUtc)}`;
}

/** Attendance as recorded when anyone was recorded; otherwise from the answers to the invitation, as before the record. */
function attendanceOf(input: ProtokollInput): AttendanceLine[] {
  const presence = input.record?.presence ?? [];
  return presence.length > 0 ? presenceLines(presence) : attendanceLines(input.attendance);
}

/** The protokoll of a meeting: what the record holds where it holds it, marked blanks for what nobody recorded. */
export function buildProtokoll(input: ProtokollInput): Protokoll {
  const { meeting } = input;
  const meetingNumber = input.record?.register?.number ?? input.meetingNumber;
  const location = singleLine(meeting.location).replace(/\.+$/, "") || LOCATION_BLANK;
  const place = (input.place !== undefined ? singleLine(input.place) : "") || placeOf(meeting.location, input.municipalities ?? MUNICIPALITIES) || PLACE_BLANK;
  const days = meetingDays(meeting);
  const facts: ProtokollFacts = {
    number: meetingNumber === null ? NUMBER_BLANK : String(meetingNumber),
    year: String(localYear(meeting.startUtc)),
    isoDate: formatDateKey(meeting.startUtc),
    compactDate: formatCompactDate(meeting.startUtc),
    longDate: formatDate(meeting.startUtc),
    time: days.allDay ? ALL_DAY_SV : formatTimeRange(meeting.startUtc, meeting.endUtc),
    location,
    place,
    secretaryEmail: secretaryOf(input).email,
  };
  const assignments = (input.record?.assignments ?? []).filter((a) => a.status !== "struck");
  const itemIds = new Set(input.agenda.items.map((i) => i.id));
  const itemRecords = input.itemRecords ?? new Map<string, ItemRecordFields>();
  const recorded = (input.record?.presence.length ?? 0) > 0 || assignments.length > 0 || [...itemRecords.values()].some((r) => r.outcome !== null);
  return {
    title: protokollTitle(meetingNumber, meeting.startUtc),
    groupName: singleLine(input.groupName),
    placeAndDate: [place, facts.isoDate, facts.secretaryEmail].filter((t) => t !== "").join(" "),
    placeAndTime: { label: "Plats och tid:", text: `Den ${when(meeting)} på ${location}.` },
    facts,
    attendance: attendanceOf(input),
    items: input.agenda.items.map((item) => protokollItem(item, itemRecords.get(item.id), assignments)),
    otherAssignments: assignments.filter((a) => a.itemId === null || !itemIds.has(a.itemId)).map(assignmentLine),
    closing: closingSections(input.agenda),
    signatures: signatures(input),
    recorded,
  };
}
