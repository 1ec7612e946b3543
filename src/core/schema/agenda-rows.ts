/**
 * A Dagordning row's fields read, written, compared and copied through the field table, so that no place lists the
 * fields by hand (a forgotten one would be lost silently).
 */
import type { AgendaFieldName } from "./agenda-fields";
import { AGENDA_FIELD_NAMES, AGENDA_FIELDS } from "./agenda-fields";
import type { AgendaColumn } from "./columns";
import type { FieldSpec, GraphFieldValue, MergeKind, ParseContext } from "./field-spec";
import type { RowProblem } from "../rowProblems";
import type { AgendaItemFields } from "../types";

/** Any spec of the table, its value type forgotten (the table's mapped type already matched each to its field). */
export type LooseSpec = Omit<FieldSpec<unknown, AgendaColumn>, "merge"> & { readonly merge: MergeKind };

/** The spec of a field, for code that handles every field alike. */
export function specOf(name: AgendaFieldName): LooseSpec {
  return AGENDA_FIELDS[name] as unknown as LooseSpec;
}

function copy<T>(value: T): T {
  return (Array.isArray(value) ? [...value] : value) as T;
}

/** Every field of a row's raw fieldValueSet; a bad column gives its fallback and a problem, so the row is still shown. */
export function readAgendaFields(fields: Readonly<Record<string, unknown>>, problems: RowProblem[]): AgendaItemFields {
  const out: Record<string, unknown> = {};
  for (const name of AGENDA_FIELD_NAMES) {
    const spec = specOf(name);
    const context: ParseContext = { fields, problem: (problem) => problems.push(problem), bad: () => problems.push({ code: "badField", field: spec.column }) };
    out[name] = spec.parse(fields[spec.column], context);
  }
  return out as unknown as AgendaItemFields;
}

/** The Graph fieldValueSet that writes the named fields, and only those, of `values`. */
export function writeAgendaFields<K extends AgendaFieldName>(values: Pick<AgendaItemFields, K>, names: readonly K[]): Partial<Record<AgendaColumn, GraphFieldValue>> {
  const out: Partial<Record<AgendaColumn, GraphFieldValue>> = {};
  for (const name of names) {
    const spec = specOf(name);
    out[spec.column] = spec.write(values[name]);
  }
  return out;
}

/** The named fields of `values` (a copy: arrays are not shared), nothing else even if `values` holds more. */
export function pickFields<K extends AgendaFieldName>(values: Pick<AgendaItemFields, K>, names: readonly K[]): Pick<AgendaItemFields, K> {
  const out: Partial<Pick<AgendaItemFields, K>> = {};
  for (const name of names) out[name] = copy(values[name]);
  return out as Pick<AgendaItemFields, K>;
}

/** Every field at its default: the fields of a new item. */
export function defaultFields(): AgendaItemFields {
  const out: Record<string, unknown> = {};
  for (const name of AGENDA_FIELD_NAMES) out[name] = copy(specOf(name).default);
  return out as unknown as AgendaItemFields;
}

// The value as the list would store it and read it back (clauses re-split, "9:40" as "09.40"), as a comparable text.
function storedForm(spec: LooseSpec, value: unknown): string {
  const written = spec.write(value);
  const ignore = (): void => undefined;
  const reread = spec.parse(written, { fields: { [spec.column]: written }, problem: ignore, bad: ignore });
  return JSON.stringify(spec.write(reread));
}

/** True when `stored` holds exactly what writing the named fields of `wanted` stores (how a write recognises its own effect). */
export function holdsFields<K extends AgendaFieldName>(stored: Pick<AgendaItemFields, K>, wanted: Pick<AgendaItemFields, K>, names: readonly K[]): boolean {
  return names.every((name) => storedForm(specOf(name), stored[name]) === storedForm(specOf(name), wanted[name]));
}
