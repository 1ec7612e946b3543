/** Attendance rows prefilled from the meeting's RSVPs (DESIGN §4a "Närvaro"), before anyone has marked anything. */
import { compareSv } from "../collation";
import { SECRETARIAT } from "../municipality";
import type { AttendanceEntry, AttendanceReport, AttendanceStatus } from "../types";
import type { PresenceFields, PresenceRole, PresenceStatus } from "./types";

// Only an acceptance or an apology says something about the day; the rest are absent until the secretariat marks them.
const STATUS: Record<AttendanceStatus, PresenceStatus> = {
  present: "present",
  apologies: "apologies",
  tentative: "absent",
  noResponse: "absent",
};

const fold = (text: string): string => text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");

/** Who a presence row is about: the lower-case mail address, else the name (someone added by hand without mail). */
export function presenceKey(person: { email: string; displayName: string }): string {
  const email = person.email.trim().toLowerCase();
  return email !== "" ? email : `name:${fold(person.displayName)}`;
}

function roleOf(entry: AttendanceEntry, chair: string): PresenceRole {
  if (chair.trim() !== "" && fold(entry.name) === fold(chair)) return "chair";
  if (entry.role === "guest") return "guest";
  if (entry.organisation === SECRETARIAT) return "secretariat";
  return "member";
}

/** One row per invited person: accepted → present, declined → apologies, others absent; members first, guests last. */
export function prefillPresence(meetingKey: string, report: AttendanceReport, chair = ""): PresenceFields[] {
  const entries = [...report.groups.flatMap((group) => group.entries), ...report.guests];
  const seen = new Set<string>();
  const rows: PresenceFields[] = [];
  for (const entry of entries) {
    const fields: PresenceFields = {
      meetingKey,
      email: entry.email.trim().toLowerCase(),
      displayName: entry.name,
      organisation: entry.organisation ?? "",
      status: STATUS[entry.status],
      arrived: null,
      left: null,
      role: roleOf(entry, chair),
      note: "",
    };
    const key = presenceKey(fields);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(fields);
  }
  return rows;
}

/** The rows of `wanted` whose person has no row yet in `existing`: what prefilling still has to create. */
export function missingPresence(wanted: readonly PresenceFields[], existing: readonly { email: string; displayName: string }[]): PresenceFields[] {
  const have = new Set(existing.map(presenceKey));
  return wanted.filter((fields) => !have.has(presenceKey(fields)));
}

/** Orders rows by name (Swedish collation), for a stable list inside a group. */
export function compareByName(a: { displayName: string }, b: { displayName: string }): number {
  return compareSv(a.displayName, b.displayName);
}
