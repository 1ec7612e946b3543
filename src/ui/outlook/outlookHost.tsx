/** What the Outlook host gives the task pane besides the shared environment: the appointment and the key lookup. */
import { createContext, useContext } from "react";
import type { HostAppointment, MeetingKeyResolver, FolderSharing, NewMessageForm } from "../../core";

/** The pane's view of Outlook (real or simulated). */
export interface OutlookHost {
  appointment: HostAppointment;
  resolver: MeetingKeyResolver;
  /** Group name printed in the kallelse heading. */
  groupName: string;
  /** Sharing the meeting folder with the attendees; the section is hidden without it. */
  sharing?: FolderSharing;
  /** Outlook's new message form (displayNewMessageForm), for the reminder; hidden without it. */
  messages?: NewMessageForm;
}

const OutlookHostContext = createContext<OutlookHost | null>(null);

/** Provides the Outlook host to the pane. */
export const OutlookHostProvider = OutlookHostContext.Provider;

/** The Outlook host; throws outside its provider. */
export function useOutlookHost(): OutlookHost {
  const host = useContext(OutlookHostContext);
  if (host === null) throw new Error("useOutlookHost utanför OutlookHostProvider");
  return host;
}
