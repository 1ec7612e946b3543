/**
 * Merging an item's record after a save conflict (two people recording the same item): field by field against the
 * version both started from. What only one side changed is kept without asking; what both changed differently is
 * returned as a conflict for the user, never decided silently and never doubled.
 */
import { clauseKey } from "../merge";
import type { ItemRecordFields, Outcome } from "./types";

/** The record fields a person edits during the meeting. */
export type RecordField = "outcome" | "decisions" | "minutes";

/** Every edited record field, in the order the side panel shows them. */
export const EDITED_RECORD_FIELDS: readonly RecordField[] = ["outcome", "decisions", "minutes"];

/** The values of the edited record fields. */
export type RecordValues = Pick<ItemRecordFields, RecordField>;

/** A field both sides changed, each in their own way: the user chooses. */
export type RecordConflict =
  | { field: "outcome"; mine: Outcome | null; theirs: Outcome | null }
  | { field: "decisions"; mine: string[]; theirs: string[] }
  | { field: "minutes"; mine: string; theirs: string };

/** The merge: the values to keep (theirs where a conflict waits), and the conflicts. */
export interface RecordMerge {
  merged: RecordValues;
  conflicts: RecordConflict[];
}

/** True when the two values of the field read the same (clauses as people read them, text without outer spaces). */
export function sameRecordField(field: RecordField, a: RecordValues, b: RecordValues): boolean {
  if (field === "outcome") return a.outcome === b.outcome;
  if (field === "minutes") return a.minutes.trim() === b.minutes.trim();
  return a.decisions.length === b.decisions.length && a.decisions.every((clause, i) => clauseKey(clause) === clauseKey(b.decisions[i] ?? ""));
}

/** The fields of `values` that differ from `base`. */
export function changedRecordFields(base: RecordValues, values: RecordValues): RecordField[] {
  return EDITED_RECORD_FIELDS.filter((field) => !sameRecordField(field, base, values));
}

function keys(clauses: readonly string[]): Set<string> {
  return new Set(clauses.map(clauseKey));
}

function difference(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a].filter((key) => !b.has(key)));
}

/**
 * Clauses merged per clause: theirs, less what I removed, plus what I added (placed after my preceding clause).
 * Null when both removed or reworded the same clause and each wrote something new: that is for the user to settle.
 */
export function mergeClauses(base: readonly string[], mine: readonly string[], theirs: readonly string[]): string[] | null {
  const baseKeys = keys(base);
  const mineKeys = keys(mine);
  const theirKeys = keys(theirs);
  const removedByMe = difference(baseKeys, mineKeys);
  const removedByThem = difference(baseKeys, theirKeys);
  const addedByMe = difference(mineKeys, baseKeys);
  const addedByThem = difference(theirKeys, baseKeys);
  const bothReworded = [...removedByMe].some((key) => removedByThem.has(key)) && addedByMe.size > 0 && addedByThem.size > 0;
  const sameAdditions = addedByMe.size === addedByThem.size && [...addedByMe].every((key) => addedByThem.has(key));
  if (bothReworded && !sameAdditions) return null;
  const result = theirs.filter((clause) => !removedByMe.has(clauseKey(clause)));
  mine.forEach((clause, index) => {
    const key = clauseKey(clause);
    if (!addedByMe.has(key) || result.some((kept) => clauseKey(kept) === key)) return;
    let at = 0;
    for (let before = index - 1; before >= 0; before--) {
      const found = result.findIndex((kept) => clauseKey(kept) === clauseKey(mine[before] ?? ""));
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    result.splice(at, 0, clause);
  });
  return result;
}

/** Three-way merge of the edited record fields: `base` is the version I started from, `theirs` the one now saved. */
export function mergeRecord(base: RecordValues, mine: RecordValues, theirs: RecordValues): RecordMerge {
  const merged: RecordValues = { outcome: theirs.outcome, decisions: [...theirs.decisions], minutes: theirs.minutes };
  const conflicts: RecordConflict[] = [];
  for (const field of changedRecordFields(base, mine)) {
    if (sameRecordField(field, mine, theirs)) continue;
    const theyChanged = !sameRecordField(field, base, theirs);
    if (field === "decisions") {
      const clauses = theyChanged ? mergeClauses(base.decisions, mine.decisions, theirs.decisions) : [...mine.decisions];
      if (clauses === null) conflicts.push({ field, mine: [...mine.decisions], theirs: [...theirs.decisions] });
      else merged.decisions = clauses;
    } else if (field === "outcome") {
      if (theyChanged) conflicts.push({ field, mine: mine.outcome, theirs: theirs.outcome });
      else merged.outcome = mine.outcome;
    } else if (theyChanged) conflicts.push({ field, mine: mine.minutes, theirs: theirs.minutes });
    else merged.minutes = mine.minutes;
  }
  return { merged, conflicts };
}
