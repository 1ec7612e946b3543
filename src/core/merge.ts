/** Merging two versions of an agenda item after a save conflict: field by field, the user's choice, nothing dropped silently. */
import { EDITOR_FIELDS } from "./schema/agenda-fields";
import type { FieldWrittenBy } from "./schema/agenda-fields";
import { specOf } from "./schema/agenda-rows";
import type { AgendaItemDraft } from "./types";

/** The fields of an item a person edits (what a conflict is about). */
export type MergeValues = AgendaItemDraft;

/** The name of one editable field. */
export type MergeField = FieldWrittenBy<"editor">;

/** Which version of a field wins; "both" (beslutsförslag only) keeps every clause of both versions. */
export type FieldChoice = "mine" | "theirs" | "both";

/** The user's choices for the fields that differ; a field without a choice keeps the user's own version. */
export type MergeChoices = Partial<Record<MergeField, FieldChoice>>;

/** Every editable field, in the order the editor shows them (the field table's order). */
export const MERGE_FIELDS: readonly MergeField[] = EDITOR_FIELDS;

/** A clause as people read it: case, spacing and a trailing full stop do not make a new clause. */
export function clauseKey(clause: string): string {
  return clause.replace(/\s+/g, " ").trim().replace(/[.;,]+$/, "").toLocaleLowerCase("sv");
}

/** True when a field merges clause by clause (and may keep both versions' clauses). */
export function mergesClauses(field: MergeField): boolean {
  return specOf(field).merge === "clauses";
}

function sameField(field: MergeField, a: MergeValues, b: MergeValues): boolean {
  const left: unknown = a[field];
  const right: unknown = b[field];
  switch (specOf(field).merge) {
    case "clauses": {
      const mine = (left as readonly string[]).map(clauseKey);
      const theirs = (right as readonly string[]).map(clauseKey);
      return mine.length === theirs.length && mine.every((clause, i) => clause === theirs[i]);
    }
    case "time":
    case "choice":
      return (left ?? "") === (right ?? "");
    case "text":
      return ((left ?? "") as string).trim() === ((right ?? "") as string).trim();
  }
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
  const merged: Record<string, unknown> = {};
  for (const field of MERGE_FIELDS) {
    const choice = choices[field] ?? "mine";
    const value: unknown = choice === "both" && mergesClauses(field) ? unionDecisions(mine[field] as string[], theirs[field] as string[]) : choice === "theirs" ? theirs[field] : mine[field];
    merged[field] = Array.isArray(value) ? [...(value as string[])] : value;
  }
  return merged as unknown as MergeValues;
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
    else if (mergesClauses(field) && !sameField(field, base, theirs)) choices[field] = "both";
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
  const clauseFields = MERGE_FIELDS.filter(mergesClauses);
  const clauses = clauseFields.flatMap((field) => {
    const kept = new Set((merged[field] as string[]).map(clauseKey));
    const before = new Set((base[field] as string[]).map(clauseKey));
    return (theirs[field] as string[]).filter((clause) => !before.has(clauseKey(clause)) && !kept.has(clauseKey(clause)));
  });
  return { fields: MERGE_FIELDS.filter((field) => !mergesClauses(field) && !sameField(field, base, theirs) && !sameField(field, theirs, merged)), clauses };
}
