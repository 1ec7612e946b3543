/** SharePoint list items of "Dagordning" to AgendaItemRecord, and drafts back to list fields (DESIGN §4). */
import { joinDecisions, parseStartTime, quotedValue, splitDecisions, UNTITLED } from "../../../core";
import type { AgendaColumn, RowProblem, AgendaItemDraft, AgendaItemRecord, ItemKind } from "../../../core";
import { asObject, invalid, optString, reqNonEmpty } from "./guards";

const KINDS: readonly ItemKind[] = ["beslut", "information", "diskussion"];

/** An optional number column: null when unset, a finite number, else invalidResponse. */
export function optNumberColumn(value: unknown, what: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) throw invalid(`${what} is not a number`);
  return value;
}

/**
 * Reads one column of a row that may have been edited by hand: a bad value gives the fallback and a problem, so the
 * row is still shown (only the row's identity, read by the caller, may fail it).
 */
function tolerant<T>(problems: RowProblem[], field: string, fallback: T, read: () => T): T {
  try {
    return read();
  } catch {
    problems.push({ code: "badField", field });
    return fallback;
  }
}

function toKind(raw: unknown, decisions: string[], problems: RowProblem[]): ItemKind {
  // An unset choice column is a secretariat's omission, not broken data: an item that proposes decisions is a
  // decision item, anything else is information. An unknown value (a choice column allowing fill-in) is read the
  // same way and named to the secretariat.
  const fallback: ItemKind = decisions.length > 0 ? "beslut" : "information";
  if (raw === undefined || raw === null || raw === "") return fallback;
  const known = typeof raw === "string" ? KINDS.find((kind) => kind === raw.trim().toLowerCase()) : undefined;
  if (known !== undefined) return known;
  problems.push({ code: "unknownKind", value: quotedValue(raw) });
  return fallback;
}

function toTitle(raw: unknown, problems: RowProblem[]): string {
  if (typeof raw === "string" && raw.trim() !== "") return raw;
  problems.push({ code: "missingTitle" });
  return UNTITLED;
}

/** Graph listItem (with $expand=fields) to AgendaItemRecord; a bad column is repaired and named in `problems`. */
export function toAgendaItemRecord(raw: unknown): AgendaItemRecord {
  const item = asObject(raw, "listItem");
  const fields = asObject(item.fields, "listItem.fields");
  const what = "listItem.fields";
  const etag = optString(item, "eTag", "listItem") ?? optString(fields, "@odata.etag", what);
  if (etag === null || etag === "") throw invalid("listItem.eTag is missing");
  const problems: RowProblem[] = [];
  const text = (key: string): string => tolerant(problems, key, "", () => optString(fields, key, what) ?? "");
  const proposedDecisions = splitDecisions(text("ProposedDecisions"));
  const startText = tolerant(problems, "StartTime", null, () => optString(fields, "StartTime", what));
  const record: AgendaItemRecord = {
    id: reqNonEmpty(item, "id", "listItem"),
    etag,
    meetingKey: reqNonEmpty(fields, "MeetingKey", what),
    sortKey: tolerant(problems, "SortKey", null, () => optNumberColumn(fields.SortKey, `${what}.SortKey`)),
    itemNumber: tolerant(problems, "ItemNumber", null, () => optItemNumber(fields.ItemNumber, `${what}.ItemNumber`)),
    title: toTitle(fields.Title, problems),
    presenter: text("Presenter"),
    description: text("Description"),
    proposedDecisions,
    kind: toKind(fields.Kind, proposedDecisions, problems),
    // StartTime is free text typed by people: an unreadable time is left out rather than failing the agenda.
    startTime: startText === null ? null : parseStartTime(startText),
  };
  return problems.length === 0 ? record : { ...record, problems };
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
