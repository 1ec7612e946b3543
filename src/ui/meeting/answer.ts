/** Pure state of the user's RSVP: what is shown while an answer is on its way, and what an action means. */
import type { AppError, AttendanceReport, MeetingView, RsvpAction, RsvpResponse } from "../../core";
import { statusOf } from "../../core";

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

const RESPONSE: Record<RsvpAction, RsvpResponse> = {
  accept: "accepted",
  tentativelyAccept: "tentativelyAccepted",
  decline: "declined",
};

/** The RSVP response an action leads to. */
export function responseOf(action: RsvpAction): RsvpResponse {
  return RESPONSE[action];
}

/** The answer to show: the one being sent (optimistic) or the confirmed one. */
export function shownResponse(confirmed: RsvpResponse, answer: AnswerState): RsvpResponse {
  return answer.state === "saving" ? responseOf(answer.action) : confirmed;
}

function withStatus(report: AttendanceReport, email: string, response: RsvpResponse): AttendanceReport {
  const key = email.trim().toLowerCase();
  const status = statusOf(response);
  const groups = report.groups.map((group) => ({
    ...group,
    entries: group.entries.map((entry) => (entry.email.trim().toLowerCase() === key ? { ...entry, status } : entry)),
  }));
  const counts = { present: 0, apologies: 0, tentative: 0, noResponse: 0 };
  for (const group of groups) for (const entry of group.entries) counts[entry.status] += 1;
  const guests = report.guests.map((entry) => (entry.email.trim().toLowerCase() === key ? { ...entry, status } : entry));
  return { groups, counts, guests };
}

/** The view after the user's answer was accepted by the server: own response and own attendance line updated. */
export function applyAnswer(view: MeetingView, response: RsvpResponse): MeetingView {
  const attendance = view.attendance.state === "ready" ? { state: "ready" as const, value: withStatus(view.attendance.value, view.me.email, response) } : view.attendance;
  return { ...view, meeting: { ...view.meeting, myResponse: response }, attendance };
}
