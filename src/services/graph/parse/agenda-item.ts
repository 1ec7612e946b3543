/** SharePoint list items of "Dagordning" to AgendaItemRecord, and drafts back to list fields (DESIGN §4). */
import { joinDecisions, parseStartTime, splitDecisions } from "../../../core";
import type { AgendaColumn } from "../../../core";
import type { AgendaItemDraft, AgendaItemRecord, ItemKind } from "../../../core/types";
import { asObject, invalid, oneOf, optString, reqNonEmpty, reqString } from "./guards";

const KINDS: readonly ItemKind[] = ["beslut", "information", "diskussion"];

/** An optional number column: null when unset, a finite number, else invalidResponse. */
export function optNumberColumn(value: unknown, what: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) throw invalid(`${what} is not a number`);
  return value;
}

function toKind(raw: unknown, decisions: string[]): ItemKind {
  // An unset choice column is a secretariat's omission, not broken data: an item that proposes
  // decisions is a decision item, anything else is information.
  if (raw === undefined || raw === null || raw === "") return decisions.length > 0 ? "beslut" : "information";
  return oneOf(typeof raw === "string" ? raw.toLowerCase() : raw, KINDS, "listItem.fields.Kind");
}

/** Graph listItem (with $expand=fields) to AgendaItemRecord. */
export function toAgendaItemRecord(raw: unknown): AgendaItemRecord {
  const item = asObject(raw, "listItem");
  const fields = asObject(item.fields, "listItem.fields");
  const what = "listItem.fields";
  const etag = optString(item, "eTag", "listItem") ?? optString(fields, "@odata.etag", what);
  if (etag === null || etag === "") throw invalid("listItem.eTag is missing");
  const proposedDecisions = splitDecisions(optString(fields, "ProposedDecisions", what) ?? "");
  const startText = optString(fields, "StartTime", what);
  return {
    id: reqNonEmpty(item, "id", "listItem"),
    etag,
    meetingKey: reqNonEmpty(fields, "MeetingKey", what),
    sortKey: optNumberColumn(fields.SortKey, `${what}.SortKey`),
    itemNumber: optItemNumber(fields.ItemNumber, `${what}.ItemNumber`),
    title: reqString(fields, "Title", what),
    presenter: optString(fields, "Presenter", what) ?? "",
    description: optString(fields, "Description", what) ?? "",
    proposedDecisions,
    kind: toKind(fields.Kind, proposedDecisions),
    // StartTime is free text typed by people: an unreadable time is left out rather than failing the agenda.
    startTime: startText === null ? null : parseStartTime(startText),
  };
}

/** An optional ItemNumber: null when unset, a whole number >= 0, else invalidResponse. */
export function optItemNumber(value: unknown, what: string): number | null {
  const n = optNumberColumn(value, what);
  if (n !== null && (!Number.isInteger(n) || n < 0)) throw invalid(`${what} is not a whole number`);
  return n;
}

/** The list fields a draft writes: its content; on create also MeetingKey and the order key. */
export function toAgendaFields(draft: AgendaItemDraft, create?: { meetingKey: string; sortKey: number }): Partial<Record<AgendaColumn, string | number | null>> {
  // Keyed by the contract's columns (src/core/schema), so a renamed column fails to compile here.
  const fields: Partial<Record<AgendaColumn, string | number | null>> = {
    Title: draft.title,
    Presenter: draft.presenter,
    Description: draft.description,
    ProposedDecisions: joinDecisions(draft.proposedDecisions),
    Kind: draft.kind,
    StartTime: draft.startTime,
  };
  if (create !== undefined) {
    fields.MeetingKey = create.meetingKey;
    fields.SortKey = create.sortKey;
  }
  return fields;
}
