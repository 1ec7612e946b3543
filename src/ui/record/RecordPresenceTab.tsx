/** The Närvaro tab of record mode: attendance as it happened, with its own heading. */
import type { MeetingView } from "../../core";
import { PresenceView } from "./presence/PresenceView";

/** Props of RecordPresenceTab. */
export interface RecordPresenceTabProps {
  view: MeetingView;
}

/** Renders the attendance of the record. */
export function RecordPresenceTab({ view }: RecordPresenceTabProps): JSX.Element {
  return <PresenceView view={view} />;
}
