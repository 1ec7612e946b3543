/** The record's attendance grouped as the Närvaro view shows it, and the check of a pair of times (the protokoll's lines: core/protokoll/presence-lines.ts). */
import { compareOrganisations } from "../attendance";
import { clockMinutes } from "./clockTime";
import { compareByName } from "./presencePrefill";
import type { PresenceRow, PresenceFields } from "./types";

type Person = Pick<PresenceFields, "displayName" | "organisation" | "status" | "arrived" | "left" | "role">;

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

/** Why a pair of times cannot stand: the departure is not after the arrival; null when they can. */
export function timesProblem(arrived: string | null, left: string | null): "leftBeforeArrived" | null {
  if (arrived === null || left === null) return null;
  return clockMinutes(left) > clockMinutes(arrived) ? null : "leftBeforeArrived";
}
