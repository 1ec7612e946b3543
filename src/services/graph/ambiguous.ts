/** Failures after which a write may or may not have happened, and how a write recognises its own effect. */
import { joinDecisions, parseStartTime, splitDecisions } from "../../core";
import type { AgendaItemDraft, AgendaItemRecord } from "../../core";
import { isGraphError } from "./errors";

/**
 * True when the request may have been applied although no success came back: a gateway timeout (504), or a
 * transport failure ("offline") or our deadline ("timeout") after the request may have left. 429 and 503 are refusals before any
 * work, and every other status is a definite answer.
 */
export function isAmbiguousFailure(error: unknown): boolean {
  return isGraphError(error) && (error.status === 504 || ((error.code === "offline" || error.code === "timeout") && error.status === null));
}

function normalDecisions(decisions: readonly string[]): string {
  return joinDecisions(splitDecisions(joinDecisions([...decisions])));
}

function normalStart(startTime: string | null): string | null {
  return startTime === null || startTime.trim() === "" ? null : parseStartTime(startTime);
}

/** True when a stored item holds exactly what the draft writes (as the list stores and reads it back). */
export function holdsDraft(record: AgendaItemRecord, draft: AgendaItemDraft): boolean {
  return (
    record.title === draft.title &&
    record.presenter === draft.presenter &&
    record.description === draft.description &&
    record.kind === draft.kind &&
    normalStart(record.startTime) === normalStart(draft.startTime) &&
    normalDecisions(record.proposedDecisions) === normalDecisions(draft.proposedDecisions)
  );
}

/** True when two byte arrays are equal. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
