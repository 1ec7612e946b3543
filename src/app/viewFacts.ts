/** Small readers of a loaded meeting view. */
import type { MeetingView } from "../core";
import type { AppConfig } from "../config";

/** The settings these readers need. */
type ViewConfig = Pick<AppConfig, "organizerMailbox" | "sharePointOrigin">;

/** True for the secretariat: the organizer, or the organizer mailbox signed in as itself. */
export function isSecretariat(view: MeetingView, config: ViewConfig): boolean {
  return view.meeting.isOrganizer || view.me.email.trim().toLowerCase() === config.organizerMailbox.trim().toLowerCase();
}

/** Where the meeting's documents can be read in SharePoint: its folder when known, else the site's origin. */
export function sharePointUrlOf(view: MeetingView, config: ViewConfig): string {
  return view.folder.state === "ready" && view.folder.value !== null ? view.folder.value.webUrl : config.sharePointOrigin;
}

/** The drive item id of the final protokoll's PDF, when the view's register row names one (null: none, or unreadable). */
export function protokollPdfIdOf(view: MeetingView): string | null {
  return view.record.state === "ready" ? (view.record.value?.protokollPdfId ?? null) : null;
}
