/** Small readers of a loaded meeting view. */
import type { MeetingRegisterRow, MeetingView, Section } from "../../core";
import type { UiConfig } from "../environment";

/** True for the secretariat: the organizer, or the organizer mailbox signed in as itself. */
export function isSecretariat(view: MeetingView, config: UiConfig): boolean {
  return view.meeting.isOrganizer || view.me.email.trim().toLowerCase() === config.organizerMailbox.trim().toLowerCase();
}

/** Where the meeting's documents can be read in SharePoint: its folder when known, else the site's origin. */
export function sharePointUrlOf(view: MeetingView, config: UiConfig): string {
  return view.folder.state === "ready" && view.folder.value !== null ? view.folder.value.webUrl : config.sharePointOrigin;
}

/**
 * The drive item id of the final protokoll's PDF as the view read the register row (its `record` section, branch
 * `recdata`): null when the row names none or could not be read, undefined when the view has no such section.
 */
export function protokollPdfIdOf(view: MeetingView): string | null | undefined {
  const record = (view as MeetingView & { record?: Section<MeetingRegisterRow | null> }).record;
  if (record === undefined) return undefined;
  return record.state === "ready" ? (record.value?.protokollPdfId ?? null) : null;
}
