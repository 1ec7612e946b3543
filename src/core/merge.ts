/** Merging two versions of an agenda item after a save conflict: field by field, the user's choice, nothing dropped silently. */
import type { AgendaItemRecord } from "./types";

/** The fields of an item a person edits (what a conflict is about). */
export type MergeValues = Pick<AgendaItemRecord, "title" | "startTime" | "presenter" | "description" | "kind" | "proposedDecisions">;

/** The name of one editable field. */
export type MergeField = keyof MergeValues;

/** Which version of a field wins; "both" (beslutsförslag only) keeps every clause of both versions. */
export type FieldChoice = "mine" | "theirs" | "both";

/** The user's choices for the fields that differ; a field without a choice keeps the user's own version. */
export type MergeChoices = Partial<Record<MergeField, FieldChoice>>;

/** Every editable field, in the order the editor shows them. */
export const MERGE_FIELDS: readonly MergeField[] = ["title", "startTime", "presenter", "proposedDecisions", "description", "kind"];

/** A clause as people read it: case, spacing and a trailing full stop do not make a new clause. */
export function clauseKey(clause: string): string {
  return clause.replace(/\s+/g, " ").trim().replace(/[.;,]+$/, "").toLocaleLowerCase("sv");
}

function sameField(field: MergeField, a: MergeValues, b: MergeValues): boolean {
  if (field === "proposedDecisions") {
    const left = a.proposedDecisions.map(clauseKey);
    const right = b.proposedDecisions.map(clauseKey);
    return left.length === right.length && left.every((clause, i) => clause === right[i]);
  }
  if (field === "startTime") return (a.startTime ?? "") === (b.startTime ?? "");
  return a[field].trim() === b[field].trim();
}

/** The fields whose values differ between the two versions (the ones the user must decide). */
export function conflictingFields(mine: MergeValues, theirs: MergeValues): MergeField[] {
  return MERGE_FIELDS.filter((field) => !sameField(field, mine, theirs));
}

/** Every clause of the saved version, in its order, then the user's clauses it lacks (duplicates dropped). */
export function unionDecisions(mine: readonly string[], theirs: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const clause of [...theirs, ...mine]) {
    const key = clauseKey(clause);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(clause.trim());
  }
  return out;
}

/** The merged values: per field the chosen version, the user's own where nothing was chosen. */
export function mergeItem(mine: MergeValues, theirs: MergeValues, choices: MergeChoices): MergeValues {
  const pick = <F extends MergeField>(field: F): MergeValues[F] => (choices[field] === "theirs" ? theirs[field] : mine[field]);
  const decisions = choices.proposedDecisions ?? "mine";
  return {
    title: pick("title"),
    startTime: pick("startTime"),
    presenter: pick("presenter"),
    description: pick("description"),
    kind: pick("kind"),
    proposedDecisions:
      decisions === "both" ? unionDecisions(mine.proposedDecisions, theirs.proposedDecisions) : decisions === "theirs" ? [...theirs.proposedDecisions] : [...mine.proposedDecisions],
  };
}

/**
 * Defaults from the version the user started editing (base): a field only they changed keeps theirs, one only I
 * changed keeps mine, clauses both changed are united; a field both changed differently stays mine until the user
 * chooses. So a merge without any click loses nobody's edit.
 */
export function defaultChoices(base: MergeValues, mine: MergeValues, theirs: MergeValues): MergeChoices {
  const choices: MergeChoices = {};
  for (const field of conflictingFields(mine, theirs)) {
    if (sameField(field, base, mine)) choices[field] = "theirs";
    else if (field === "proposedDecisions" && !sameField(field, base, theirs)) choices[field] = "both";
    else choices[field] = "mine";
  }
  return choices;
}

/**
 * The fields both people changed, each in their own way (against base): the ones no default may decide, because
 * either choice throws away somebody's edit. The editor preselects nothing there and saves only once each is chosen.
 */
export function fieldsBothChanged(base: MergeValues, mine: MergeValues, theirs: MergeValues): MergeField[] {
  return conflictingFields(mine, theirs).filter((field) => !sameField(field, base, mine) && !sameField(field, base, theirs));
}

/**
 * What the merge drops of the other person's edit: the fields they changed (against base) that the result does not
 * hold, and the clauses they added that it lacks. The editor shows this before saving, so an overwrite is deliberate.
 */
export function droppedFromTheirs(base: MergeValues, theirs: MergeValues, merged: MergeValues): { fields: MergeField[]; clauses: string[] } {
  const kept = new Set(merged.proposedDecisions.map(clauseKey));
  const before = new Set(base.proposedDecisions.map(clauseKey));
  return {
    fields: MERGE_FIELDS.filter((field) => field !== "proposedDecisions" && !sameField(field, base, theirs) && !sameField(field, theirs, merged)),
    clauses: theirs.proposedDecisions.filter((clause) => !before.has(clauseKey(clause)) && !kept.has(clauseKey(clause))),
  };
}
