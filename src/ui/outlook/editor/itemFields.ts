/** The editable text of an agenda item and its validation (what the form holds between saves). */
import { draftOfForm, EDITOR_FIELDS, emptyForm, formOf, parseStartTime, pickFields } from "../../../core";
import type { AgendaForm, AgendaItemDraft } from "../../../core";

/** The form's fields, all as typed: the editor's fields of the field table (core/schema/agenda-fields.ts). */
export type ItemFields = AgendaForm;

/** Empty fields for a new item. */
export const EMPTY_FIELDS: ItemFields = emptyForm();

/** The fields of a stored record (its editor fields; a record's outcome or minutes never enter the form). */
export function fieldsOf(record: AgendaItemDraft): ItemFields {
  return formOf(pickFields(record, EDITOR_FIELDS));
}

/** Field problems, keyed by field; empty when the fields can be saved. */
export type FieldErrors = Partial<Record<"title" | "startTime", "required" | "invalid">>;

/** Validates the fields. */
export function validate(fields: ItemFields): FieldErrors {
  const errors: FieldErrors = {};
  if (fields.title.trim() === "") errors.title = "required";
  if (fields.startTime.trim() !== "" && parseStartTime(fields.startTime) === null) errors.startTime = "invalid";
  return errors;
}

/** The record values the fields stand for (the draft an update writes). */
export function valuesOf(fields: ItemFields): AgendaItemDraft {
  return draftOfForm(fields);
}
