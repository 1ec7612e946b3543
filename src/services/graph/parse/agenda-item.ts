/** SharePoint list items of "Dagordning" to AgendaItemRecord, and drafts back to list fields (DESIGN §4). */
import { EDITOR_FIELDS, readAgendaFields, RECORD_FIELDS, writeAgendaFields } from "../../../core";
import type { AgendaColumn, AgendaItemDraft, AgendaItemRecord, GraphFieldValue, ItemRecordFields, RowProblem } from "../../../core";
import { asObject, invalid, optString, reqNonEmpty } from "./guards";

/** An optional number column: null when unset, a finite number, else invalidResponse. */
export function optNumberColumn(value: unknown, what: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) throw invalid(`${what} is not a number`);
  return value;
}

/** Reads one order column of a row that may have been edited by hand: a bad value gives null and a problem. */
function tolerantOrder(problems: RowProblem[], field: string, read: () => number | null): number | null {
  try {
    return read();
  } catch {
    problems.push({ code: "badField", field });
    return null;
  }
}

/** Graph listItem (with $expand=fields) to AgendaItemRecord; a bad column is repaired and named in `problems`. */
export function toAgendaItemRecord(raw: unknown): AgendaItemRecord {
  const item = asObject(raw, "listItem");
  const fields = asObject(item.fields, "listItem.fields");
  const what = "listItem.fields";
  const etag = optString(item, "eTag", "listItem") ?? optString(fields, "@odata.etag", what);
  if (etag === null || etag === "") throw invalid("listItem.eTag is missing");
  const problems: RowProblem[] = [];
  const record: AgendaItemRecord = {
    id: reqNonEmpty(item, "id", "listItem"),
    etag,
    meetingKey: reqNonEmpty(fields, "MeetingKey", what),
    sortKey: tolerantOrder(problems, "SortKey", () => optNumberColumn(fields.SortKey, `${what}.SortKey`)),
    itemNumber: tolerantOrder(problems, "ItemNumber", () => optItemNumber(fields.ItemNumber, `${what}.ItemNumber`)),
    // Every other field through the field table (core/schema/agenda-fields.ts): read tolerantly, problems named.
    ...readAgendaFields(fields, problems),
  };
  return problems.length === 0 ? record : { ...record, problems };
}

/** An optional ItemNumber: null when unset, a whole number >= 0, else invalidResponse. */
export function optItemNumber(value: unknown, what: string): number | null {
  const n = optNumberColumn(value, what);
  if (n !== null && (!Number.isInteger(n) || n < 0)) throw invalid(`${what} is not a whole number`);
  return n;
}

/** The list fields a draft writes: the editor's fields only (never the record's); on create also MeetingKey and the order key. */
export function toAgendaFields(draft: AgendaItemDraft, create?: { meetingKey: string; sortKey: number }): Partial<Record<AgendaColumn, GraphFieldValue>> {
  const fields = writeAgendaFields(draft, EDITOR_FIELDS);
  if (create !== undefined) {
    fields.MeetingKey = create.meetingKey;
    fields.SortKey = create.sortKey;
  }
  return fields;
}

/** The list fields a write of the record's fields sets: only those given. */
export function toRecordFields(fields: Partial<ItemRecordFields>): Partial<Record<AgendaColumn, GraphFieldValue>> {
  return writeAgendaFields(fields as ItemRecordFields, RECORD_FIELDS.filter((name) => name in fields));
}
