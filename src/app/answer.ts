/** What an answer means: the response an action leads to, and the view once the server accepted it. */
import type { MeetingView, RsvpAction, RsvpResponse } from "../core";
import { withStatusOf } from "../core";

const RESPONSE: Record<RsvpAction, RsvpResponse> = {
  accept: "accepted",
  tentativelyAccept: "tentativelyAccepted",
  decline: "declined",
};

/** The RSVP response an action leads to. */
export function responseOf(action: RsvpAction): RsvpResponse {
  return RESPONSE[action];
}

/** The view after the user's answer was accepted by the server: own response and own attendance line updated. */
export function applyAnswer(view: MeetingView, response: RsvpResponse): MeetingView {
  const attendance = view.attendance.state === "ready" ? { state: "ready" as const, value: withStatusOf(view.attendance.value, view.me.email, response) } : view.attendance;
  return { ...view, meeting: { ...view.meeting, myResponse: response }, attendance };
}
