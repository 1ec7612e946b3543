/**
 * The one formatter of recorded attendance (issue 13 item 6): "Namn, Kommun, från kl 08.45 fram till kl 11.10" and
 * the protokoll's paragraphs of who came, when, and who did not.
 */
import { compareOrganisations } from "../attendance";
import { parseStartTime } from "../format";
import { SECRETARIAT } from "../municipality";
import { compareByName } from "../record";
import type { PresenceFields } from "../record";
import { attendanceLine, isSecretariatName, UNKNOWN_ORGANISATION } from "./attendance-lines";
import type { AttendanceLine } from "./model";
import { singleLine } from "./text";

/** What a line is written from: a Närvaro row, stored or about to be. */
type Person = Pick<PresenceFields, "email" | "displayName" | "organisation" | "status" | "arrived" | "left" | "role">;

/** "08.45"; a time the UI would never have written is kept, bracketed, for the secretariat to correct. */
function clock(raw: string): string {
  const text = singleLine(raw);
  return parseStartTime(text) ?? `[${text}]`;
}

/** "från kl 08.45 fram till kl 11.10", "på distans": the seeds' words for a partial or remote attendance. */
function attendanceNote(row: Person): string[] {
  const notes: string[] = [];
  const arrived = row.arrived === null ? "" : singleLine(row.arrived);
  const left = row.left === null ? "" : singleLine(row.left);
  const span = [arrived === "" ? "" : `från kl ${clock(arrived)}`, left === "" ? "" : `fram till kl ${clock(left)}`].filter((t) => t !== "").join(" ");
  if (span !== "") notes.push(span);
  if (row.status === "remote") notes.push("på distans");
  return notes;
}

/** "Namn, Kommun, från kl 08.45" as the group writes it; a member's unknown municipality is a marked blank. */
export function presenceEntry(row: Person): string {
  const name = singleLine(row.displayName) || singleLine(row.email) || "[namn saknas]";
  const organisation = singleLine(row.organisation);
  const who = isSecretariatName(organisation) ? SECRETARIAT : organisation;
  const parts = [name];
  if (who !== "") parts.push(who);
  else if (row.role !== "guest") parts.push(UNKNOWN_ORGANISATION);
  return [...parts, ...attendanceNote(row)].join(", ");
}

/** The organisation a row is ordered under: sekretariatet however written, null when unknown. */
function organisationOf(row: Person): string | null {
  if (row.role === "secretariat" || isSecretariatName(row.organisation)) return SECRETARIAT;
  const organisation = singleLine(row.organisation);
  return organisation === "" ? null : organisation;
}

/** In the attendance's order (as the Närvaro view groups them): municipalities, other organisations, unknown, the secretariat last; then by name. */
function ordered<T extends Person>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => compareOrganisations(organisationOf(a), organisationOf(b)) || compareByName(a, b));
}

/**
 * Närvarande (with times), Anmält förhinder and Frånvarande as recorded, and Inbjudna gäster who came. A guest who did
 * not come is left out: a guest's absence is not an apology to the group.
 */
export function presenceLines(rows: readonly Person[]): AttendanceLine[] {
  const members = ordered(rows.filter((r) => r.role !== "guest"));
  const attended = (r: Person): boolean => r.status === "present" || r.status === "remote";
  const present = members.filter(attended).map(presenceEntry);
  const apologies = members.filter((r) => r.status === "apologies").map(presenceEntry);
  const absent = members.filter((r) => r.status === "absent").map(presenceEntry);
  const guests = ordered(rows.filter((r) => r.role === "guest" && attended(r))).map(presenceEntry);
  const lines = [attendanceLine("present", "Närvarande:", present, false), attendanceLine("apologies", "Anmält förhinder:", apologies, false)];
  if (absent.length > 0) lines.push(attendanceLine("absent", "Frånvarande:", absent, false));
  if (guests.length > 0) lines.push(attendanceLine("guests", "Inbjudna gäster:", guests, false));
  return lines;
}
