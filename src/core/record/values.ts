/** The record values of an agenda item as the side panel shows them, prefilled while nothing is recorded. */
import type { AgendaItemRecord } from "../types";
import type { RecordValues } from "./mergeRecord";

/** True when nothing has been recorded about the item yet. */
export function isUnrecorded(item: AgendaItemRecord): boolean {
  return item.outcome === null && item.decisions.length === 0 && item.minutes.trim() === "";
}

/**
 * The values to show and merge against: as stored once anything is recorded; before that the decision is prefilled
 * from the beslutsförslag and the minutes from the description (DESIGN §4a), so both people start from the same text.
 */
export function recordValuesOf(item: AgendaItemRecord): RecordValues {
  if (isUnrecorded(item)) return { outcome: null, decisions: [...item.proposedDecisions], minutes: item.description };
  return { outcome: item.outcome, decisions: [...item.decisions], minutes: item.minutes };
}
