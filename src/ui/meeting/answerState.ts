/** Pure state of the user's RSVP form: what is shown while an answer is on its way. */
import type { AppError, RsvpAction, RsvpResponse } from "../../core";
import { responseOf } from "../../app";

/**
 * The answer form's state: idle, writing an apology, sending (optimistic), sent (Graph confirmed this request),
 * refused, or unknown (no reply came: it may or may not have arrived). The last two keep the action for the retry.
 */
export type AnswerState =
  | { state: "idle" }
  | { state: "composing" }
  | { state: "saving"; action: RsvpAction }
  | { state: "saved" }
  | { state: "failed"; action: RsvpAction; error: AppError }
  | { state: "unknown"; action: RsvpAction };

/** True while the apology form is on screen: being written, sent, or failed (the typed message stays with it). */
export function isFormOpen(answer: AnswerState): boolean {
  return answer.state === "composing" || ("action" in answer && answer.action === "decline");
}

/** The answer to show: the one being sent (optimistic) or the confirmed one. */
export function shownResponse(confirmed: RsvpResponse, answer: AnswerState): RsvpResponse {
  return answer.state === "saving" ? responseOf(answer.action) : confirmed;
}

