/**
 * Who gets what in the Outlook pane (SECURITY.md, "Permission model"). Only the group's organizer mailbox, or a
 * delegate working in its calendar, gets the agenda editor; anyone else composing gets a read-only notice, and an
 * invitation from another organizer is never matched to the group's folder by its date and subject.
 */
import type { AppointmentMode } from "./ports-outlook";

/** Whose calendar holds the item: the shared calendar's owner when a delegate opened it, else the user's own. */
export interface CalendarOwner {
  mailbox: string;
  /** True when the item is in another mailbox's calendar, opened by a delegate. */
  shared: boolean;
}

/** editor: the secretariat's pane; reader: a group meeting's invitation; notGroupCalendar / notGroupMeeting: neither. */
export type PaneAccess = "editor" | "reader" | "notGroupCalendar" | "notGroupMeeting";

/** What the pane knows about the item to decide. */
export interface PaneAccessInput {
  mode: AppointmentMode;
  /** null when the host cannot tell: then nobody gets the editor. */
  owner: CalendarOwner | null;
  /** The invitation's organizer (attendee mode). */
  organizerMail: string | null;
}

/** Mail addresses compared as Exchange does: case-insensitive, without surrounding blanks. */
export function sameMailbox(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = (a ?? "").trim().toLowerCase();
  return x !== "" && x === (b ?? "").trim().toLowerCase();
}

/** Decides the pane for an item, given the configured organizer mailbox (ORGANIZER_MAILBOX). */
export function paneAccess(input: PaneAccessInput, organizerMailbox: string): PaneAccess {
  if (input.mode === "organizer") return sameMailbox(input.owner?.mailbox, organizerMailbox) ? "editor" : "notGroupCalendar";
  return sameMailbox(input.organizerMail, organizerMailbox) ? "reader" : "notGroupMeeting";
}
