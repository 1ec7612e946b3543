/** The editable text of an agenda item and its validation (what the form holds between saves). */
import { joinDecisions, parseStartTime, splitDecisions } from "../../../core";
import type { AgendaItemRecord, ItemKind } from "../../../core";

/** The form's fields, all as typed. */
export interface ItemFields {
  title: string;
  startTime: string;
  presenter: string;
  decisions: string;
  description: string;
  kind: ItemKind;
}

/** Empty fields for a new item. */
export const EMPTY_FIELDS: ItemFields = { title: "", startTime: "", presenter: "", decisions: "", description: "", kind: "beslut" };

/** The fields of a stored record. */
export function fieldsOf(record: AgendaItemRecord): ItemFields {
  return {
    title: record.title,
    startTime: record.startTime ?? "",
    presenter: record.presenter,
    decisions: joinDecisions(record.proposedDecisions),
    description: record.description,
    kind: record.kind,
  };
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

/** The record values the fields stand for (without id, etag, key and number). */
export function valuesOf(fields: ItemFields): Pick<AgendaItemRecord, "title" | "startTime" | "presenter" | "proposedDecisions" | "description" | "kind"> {
  return {
    title: fields.title.trim(),
    startTime: fields.startTime.trim() === "" ? null : parseStartTime(fields.startTime),
    presenter: fields.presenter.trim(),
    proposedDecisions: splitDecisions(fields.decisions),
    description: fields.description.trim(),
    kind: fields.kind,
  };
}
