/** The protokoll model as the data a Word template reads: every placeholder of docs/protokollmall.md, nothing null. */
import { documentText } from "../../../core";
import type { AttendanceKind, AttendanceLine, Protokoll } from "../../../core";

/** A person's cell or paragraph. */
export interface PersonData {
  person: string;
}

/** Every placeholder a template can use, by name (see docs/protokollmall.md). */
export interface ProtokollTemplateData {
  draft: boolean;
  final: boolean;
  title: string;
  groupName: string;
  placeAndDate: string;
  placeAndTimeLabel: string;
  placeAndTimeText: string;
  number: string;
  year: string;
  isoDate: string;
  compactDate: string;
  longDate: string;
  time: string;
  timeHyphen: string;
  location: string;
  place: string;
  secretaryEmail: string;
  attendance: { label: string; text: string; marked: boolean }[];
  present: PersonData[];
  presentRows: { left: string; right: string }[];
  apologies: PersonData[];
  absent: PersonData[];
  guests: PersonData[];
  pending: PersonData[];
  presentText: string;
  apologiesText: string;
  absentText: string;
  guestsText: string;
  pendingText: string;
  hasAbsent: boolean;
  hasGuests: boolean;
  hasPending: boolean;
  items: ItemData[];
  otherAssignments: { text: string }[];
  hasOtherAssignments: boolean;
  closing: { heading: string }[];
  signatures: { name: string; role: string }[];
}

/** One ärende as a template reads it. */
export interface ItemData {
  number: number;
  title: string;
  heading: string;
  paragraphs: { text: string }[];
  presenterLine: string;
  hasPresenter: boolean;
  underlag: { text: string }[];
  outcomeLine: string;
  hasOutcome: boolean;
  decisionLabel: string;
  decisions: { text: string; last: boolean }[];
  hasDecisions: boolean;
  assignments: { text: string }[];
}

const clean = (text: string): string => documentText(text);

function lineOf(protokoll: Protokoll, kind: AttendanceKind): AttendanceLine | null {
  return protokoll.attendance.find((l) => l.kind === kind) ?? null;
}

/** The people of a list; a list with nobody shows its text ("–", or the marked blank when unreadable) as its one entry. */
function people(line: AttendanceLine | null): PersonData[] {
  if (line === null) return [];
  const entries = line.entries.length > 0 ? line.entries : [line.text];
  return entries.map((person) => ({ person: clean(person) }));
}

/** Two people a row, left to right then down (the seeds' two-column närvaro); an odd last row has an empty right cell. */
export function inRows(entries: readonly PersonData[]): { left: string; right: string }[] {
  const rows: { left: string; right: string }[] = [];
  for (let i = 0; i < entries.length; i += 2) rows.push({ left: entries[i]?.person ?? "", right: entries[i + 1]?.person ?? "" });
  return rows;
}

/** The data every template is rendered with. */
export function protokollTemplateData(protokoll: Protokoll, options: { final: boolean }): ProtokollTemplateData {
  const present = people(lineOf(protokoll, "present"));
  const text = (kind: AttendanceKind): string => clean(lineOf(protokoll, kind)?.text ?? "");
  const { facts } = protokoll;
  return {
    draft: !options.final,
    final: options.final,
    title: clean(protokoll.title),
    groupName: clean(protokoll.groupName),
    placeAndDate: clean(protokoll.placeAndDate),
    placeAndTimeLabel: clean(protokoll.placeAndTime.label),
    placeAndTimeText: clean(protokoll.placeAndTime.text),
    number: clean(facts.number),
    year: clean(facts.year),
    isoDate: clean(facts.isoDate),
    compactDate: clean(facts.compactDate),
    longDate: clean(facts.longDate),
    time: clean(facts.time),
    timeHyphen: clean(facts.time.replace(/–/g, "-")),
    location: clean(facts.location),
    place: clean(facts.place),
    secretaryEmail: clean(facts.secretaryEmail),
    attendance: protokoll.attendance.map((l) => ({ label: clean(l.label), text: clean(l.text), marked: l.marked })),
    present,
    presentRows: inRows(present),
    apologies: people(lineOf(protokoll, "apologies")),
    absent: people(lineOf(protokoll, "absent")),
    guests: people(lineOf(protokoll, "guests")),
    pending: people(lineOf(protokoll, "pending")),
    presentText: text("present"),
    apologiesText: text("apologies"),
    absentText: text("absent"),
    guestsText: text("guests"),
    pendingText: text("pending"),
    hasAbsent: lineOf(protokoll, "absent") !== null,
    hasGuests: lineOf(protokoll, "guests") !== null,
    hasPending: lineOf(protokoll, "pending") !== null,
    items: protokoll.items.map((item) => ({
      number: item.number,
      title: clean(item.title),
      heading: clean(item.heading),
      paragraphs: item.paragraphs.map((t) => ({ text: clean(t) })),
      presenterLine: clean(item.presenterLine ?? ""),
      hasPresenter: item.presenterLine !== null,
      underlag: item.underlagLines.map((t) => ({ text: clean(t) })),
      outcomeLine: clean(item.outcomeLine ?? ""),
      hasOutcome: item.outcomeLine !== null,
      decisionLabel: clean(item.decisionLabel),
      decisions: item.decisions.map((c) => ({ text: clean(c.text), last: c.last })),
      hasDecisions: item.decisions.length > 0,
      assignments: item.assignmentLines.map((t) => ({ text: clean(t) })),
    })),
    otherAssignments: protokoll.otherAssignments.map((t) => ({ text: clean(t) })),
    hasOtherAssignments: protokoll.otherAssignments.length > 0,
    closing: protokoll.closing.map((c) => ({ heading: clean(c.heading) })),
    signatures: protokoll.signatures.map((s) => ({ name: clean(s.name ?? ""), role: clean(s.role) })),
  };
}
