/** Attendance as the protokoll writes it ("Herman Crespin, Höganäs, från kl 08.45") and as the record groups it. */
import { compareOrganisations } from "../attendance";
import { clockMinutes } from "./clockTime";
import { compareByName } from "./presencePrefill";
import type { PresenceRow, PresenceFields } from "./types";

type Person = Pick<PresenceFields, "displayName" | "organisation" | "status" | "arrived" | "left" | "role">;

/** "Namn, Kommun", then ", från kl 08.45" and/or " till kl 11.10" (", till kl 11.10" alone), ", på distans" when remote. */
export function presenceLine(person: Person): string {
  const parts = [person.displayName.trim()];
  if (person.organisation.trim() !== "") parts.push(person.organisation.trim());
  const times = [person.arrived === null ? "" : `från kl ${person.arrived}`, person.left === null ? "" : `till kl ${person.left}`].filter((t) => t !== "");
  if (times.length > 0) parts.push(times.join(" "));
  if (person.status === "remote") parts.push("på distans");
  return parts.join(", ");
}

/** One group of the record's attendance: an organisation (null when unknown), or the invited guests. */
export interface PresenceGroup<T extends Person = PresenceRow> {
  organisation: string | null;
  guests: boolean;
  rows: T[];
}

/** Groups as the attendance does: municipalities alphabetically, others, unknown, sekretariatet; then the guests. */
export function groupPresence<T extends Person>(rows: readonly T[]): PresenceGroup<T>[] {
  const byOrganisation = new Map<string | null, T[]>();
  const guests: T[] = [];
  for (const row of rows) {
    if (row.role === "guest") {
      guests.push(row);
      continue;
    }
    const organisation = row.organisation.trim() === "" ? null : row.organisation.trim();
    byOrganisation.set(organisation, [...(byOrganisation.get(organisation) ?? []), row]);
  }
  const groups: PresenceGroup<T>[] = [...byOrganisation.entries()]
    .sort(([a], [b]) => compareOrganisations(a, b))
    .map(([organisation, members]) => ({ organisation, guests: false, rows: members.sort(compareByName) }));
  if (guests.length > 0) groups.push({ organisation: null, guests: true, rows: guests.sort(compareByName) });
  return groups;
}

/** The protokoll's attendance paragraphs, each a list of lines in group order. */
export interface ProtokollAttendance {
  /** "Närvarande:" members, chair and secretariat who took part (in the room or remote). */
  present: string[];
  /** "Anmält förhinder:" */
  apologies: string[];
  /** "Frånvarande:" neither there nor excused. */
  absent: string[];
  /** "Inbjudna gäster:" guests who took part. */
  guests: string[];
}

/** What the protokoll writes from the record's attendance; guests who did not come are listed as absent or excused. */
export function protokollAttendance(rows: readonly Person[]): ProtokollAttendance {
  const result: ProtokollAttendance = { present: [], apologies: [], absent: [], guests: [] };
  for (const group of groupPresence(rows)) {
    for (const row of group.rows) {
      const took = row.status === "present" || row.status === "remote";
      const list = took ? (group.guests ? result.guests : result.present) : row.status === "apologies" ? result.apologies : result.absent;
      list.push(presenceLine(row));
    }
  }
  return result;
}

/** Why a pair of times cannot stand: the departure is not after the arrival; null when they can. */
export function timesProblem(arrived: string | null, left: string | null): "leftBeforeArrived" | null {
  if (arrived === null || left === null) return null;
  return clockMinutes(left) > clockMinutes(arrived) ? null : "leftBeforeArrived";
}
