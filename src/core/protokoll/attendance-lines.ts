/** The protokoll's attendance paragraphs from an attendance report (DESIGN §5 point 3). */
import { SECRETARIAT } from "../municipality";
import type { AttendanceEntry, AttendanceReport } from "../types";
import type { AttendanceKind, AttendanceLine, PendingMarker } from "./model";
import { joinSv, singleLine } from "./text";

/** Written in place of a member's unknown municipality, so the gap is seen and filled, never guessed. */
export const UNKNOWN_ORGANISATION = "[kommun saknas]";

/** The blank written when the organizer's copy could not be read. */
export const ATTENDANCE_UNKNOWN = "[Kunde inte läsas från kalendern – fyll i]";

const MARKERS: Partial<Record<AttendanceEntry["status"], PendingMarker>> = { tentative: "Preliminärt", noResponse: "Ej svarat" };

/** True for the secretariat's own organisation, whatever its case. */
export function isSecretariatName(organisation: string | null): boolean {
  return organisation !== null && singleLine(organisation).toLowerCase() === SECRETARIAT;
}

function isSecretariat(entry: AttendanceEntry): boolean {
  return isSecretariatName(entry.organisation);
}

/** "Namn, Kommun"; a guest without organisation is just "Namn". */
export function personEntry(entry: AttendanceEntry): string {
  const name = singleLine(entry.name) || singleLine(entry.email);
  const organisation = entry.organisation === null ? "" : singleLine(entry.organisation);
  if (organisation !== "") return `${name}, ${isSecretariat(entry) ? SECRETARIAT : organisation}`;
  return entry.role === "guest" ? name : `${name}, ${UNKNOWN_ORGANISATION}`;
}

/** Moves the secretariat to the end, keeping every other order (the seeds list it last). */
function secretariatLast(entries: AttendanceEntry[]): AttendanceEntry[] {
  return [...entries.filter((e) => !isSecretariat(e)), ...entries.filter(isSecretariat)];
}

/** One attendance paragraph: "a, b och c." or a dash for an empty list. */
export function attendanceLine(kind: AttendanceKind, label: string, entries: string[], marked: boolean): AttendanceLine {
  return { kind, label, entries, text: entries.length === 0 ? "–" : `${joinSv(entries)}.`, marked };
}

/** Members (groups) and guests, each person once: a guest listed in a group too is still a guest. */
function split(report: AttendanceReport): { members: AttendanceEntry[]; guests: AttendanceEntry[] } {
  const seen = new Set<string>();
  const key = (e: AttendanceEntry): string => singleLine(e.email).toLowerCase() || `name:${singleLine(e.name)}`;
  const guests: AttendanceEntry[] = [];
  const members: AttendanceEntry[] = [];
  const all = [...report.guests, ...report.groups.flatMap((g) => g.entries)];
  for (const entry of all) {
    if (seen.has(key(entry))) continue;
    seen.add(key(entry));
    (entry.role === "guest" ? guests : members).push(entry);
  }
  return { members, guests };
}

/**
 * Närvarande, Anmält förhinder, Inbjudna gäster (only when there are guests) and, when anyone is pending,
 * "Att stämma av före justering:" with each pending person marked [Preliminärt] or [Ej svarat]. Nobody is dropped
 * but guests who declined: a guest's absence is not an apology to the group.
 */
export function attendanceLines(report: AttendanceReport | null): AttendanceLine[] {
  if (report === null) {
    return [
      { kind: "present", label: "Närvarande:", entries: [], text: ATTENDANCE_UNKNOWN, marked: true },
      { kind: "apologies", label: "Anmält förhinder:", entries: [], text: ATTENDANCE_UNKNOWN, marked: true },
    ];
  }
  const { members, guests } = split(report);
  const ordered = secretariatLast(members);
  const present = ordered.filter((e) => e.status === "present").map(personEntry);
  const apologies = ordered.filter((e) => e.status === "apologies").map(personEntry);
  const presentGuests = guests.filter((e) => e.status === "present").map(personEntry);
  const pending = [...ordered, ...guests].flatMap((e) => {
    const marker = MARKERS[e.status];
    if (marker === undefined) return [];
    const who = e.role === "guest" ? `${personEntry(e)} (inbjuden gäst)` : personEntry(e);
    return [`${who} [${marker}]`];
  });

  const lines = [attendanceLine("present", "Närvarande:", present, false), attendanceLine("apologies", "Anmält förhinder:", apologies, false)];
  if (presentGuests.length > 0) lines.push(attendanceLine("guests", "Inbjudna gäster:", presentGuests, false));
  if (pending.length > 0) lines.push(attendanceLine("pending", "Att stämma av före justering:", pending, true));
  return lines;
}
