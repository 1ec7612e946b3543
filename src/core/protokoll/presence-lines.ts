/** The protokoll's attendance from the recorded Närvaro rows (issue 13 item 6): who came, when, and who did not. */
import { parseStartTime } from "../format";
import { SECRETARIAT } from "../municipality";
import type { PresenceRow } from "../record";
import { attendanceLine, isSecretariatName, UNKNOWN_ORGANISATION } from "./attendance-lines";
import type { AttendanceLine } from "./model";
import { singleLine } from "./text";

const collator = new Intl.Collator("sv");

/** "08.45"; a time the UI would never have written is kept, bracketed, for the secretariat to correct. */
function clock(raw: string): string {
  const text = singleLine(raw);
  return parseStartTime(text) ?? `[${text}]`;
}

/** "från kl 08.45 fram till kl 11.10", "på distans": the seeds' words for a partial or remote attendance. */
function attendanceNote(row: PresenceRow): string[] {
  const notes: string[] = [];
  const arrived = row.arrived === null ? "" : singleLine(row.arrived);
  const left = row.left === null ? "" : singleLine(row.left);
  const span = [arrived === "" ? "" : `från kl ${clock(arrived)}`, left === "" ? "" : `fram till kl ${clock(left)}`].filter((t) => t !== "").join(" ");
  if (span !== "") notes.push(span);
  if (row.status === "remote") notes.push("på distans");
  return notes;
}

/** "Namn, Kommun, från kl 08.45" as the group writes it; a member's unknown municipality is a marked blank. */
export function presenceEntry(row: PresenceRow): string {
  const name = singleLine(row.displayName) || singleLine(row.email) || "[namn saknas]";
  const organisation = singleLine(row.organisation);
  const who = isSecretariatName(organisation) ? SECRETARIAT : organisation;
  const parts = [name];
  if (who !== "") parts.push(who);
  else if (row.role !== "guest") parts.push(UNKNOWN_ORGANISATION);
  return [...parts, ...attendanceNote(row)].join(", ");
}

/** Members in the order of the seeds: by municipality, then name; the secretariat last. */
function ordered(rows: readonly PresenceRow[]): PresenceRow[] {
  const rank = (row: PresenceRow): number => (row.role === "secretariat" || isSecretariatName(row.organisation) ? 1 : 0);
  return [...rows].sort((a, b) => rank(a) - rank(b) || collator.compare(singleLine(a.organisation), singleLine(b.organisation)) || collator.compare(a.displayName, b.displayName));
}

/**
 * Närvarande (with times), Anmält förhinder and Frånvarande as recorded, and Inbjudna gäster who came. A guest who did
 * not come is left out: a guest's absence is not an apology to the group.
 */
export function presenceLines(rows: readonly PresenceRow[]): AttendanceLine[] {
  const members = ordered(rows.filter((r) => r.role !== "guest"));
  const attended = (r: PresenceRow): boolean => r.status === "present" || r.status === "remote";
  const present = members.filter(attended).map(presenceEntry);
  const apologies = members.filter((r) => r.status === "apologies").map(presenceEntry);
  const absent = members.filter((r) => r.status === "absent").map(presenceEntry);
  const guests = ordered(rows.filter((r) => r.role === "guest" && attended(r))).map(presenceEntry);
  const lines = [attendanceLine("present", "Närvarande:", present, false), attendanceLine("apologies", "Anmält förhinder:", apologies, false)];
  if (absent.length > 0) lines.push(attendanceLine("absent", "Frånvarande:", absent, false));
  if (guests.length > 0) lines.push(attendanceLine("guests", "Inbjudna gäster:", guests, false));
  return lines;
}
