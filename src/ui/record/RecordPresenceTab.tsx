/** The Närvaro tab of record mode: the place recpresence's PresenceView is mounted (the lead wires it at merge). */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { MeetingView } from "../../core";
import { useStrings } from "../i18n";

const useStyles = makeStyles({ heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold } });

/** Props of RecordPresenceTab. */
export interface RecordPresenceTabProps {
  view: MeetingView;
}

/** Renders the attendance of the record; until PresenceView lands, only its heading. */
export function RecordPresenceTab({ view }: RecordPresenceTabProps): JSX.Element {
  const styles = useStyles();
  const { recording } = useStrings();
  // Replace with <PresenceView view={view} /> from "./presence/PresenceView" once that branch is merged.
  void view;
  return <h2 className={styles.heading}>{recording.presenceTab}</h2>;
}
