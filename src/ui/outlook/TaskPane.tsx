/** The task pane: the appointment's facts, then the organizer's or the attendee's flow. */
import { makeStyles, Spinner, Title2, tokens } from "@fluentui/react-components";
import { paneAccess } from "../../core";
import { useEnvironment } from "../environment";
import { useStrings } from "../i18n";
import { SectionError } from "../meeting/SectionError";
import { AppointmentSummary } from "./AppointmentSummary";
import { AttendeePane } from "./AttendeePane";
import { OrganizerPane } from "./OrganizerPane";
import { useOutlookHost } from "./outlookHost";
import { ReadOnlyNotice } from "./ReadOnlyNotice";
import { useRefreshable } from "./useRefreshable";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  heading: { margin: 0 },
});

/** Renders the pane for the host's appointment. */
export default function TaskPane(): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const outlookCases = useOutlookHost();
  const { config } = useEnvironment();
  const facts = useRefreshable(() => outlookCases.readFacts(), [outlookCases]);
  const current = facts.current;
  // Hiding the editor is a courtesy, not the guard: SharePoint's permissions refuse a reader's write (SECURITY.md).
  const access = current.state === "ready" ? paneAccess({ mode: current.value.mode, owner: current.value.owner, organizerMail: current.value.organizerMail }, config.organizerMailbox) : null;
  return (
    <div className={styles.pane}>
      <Title2 as="h1" className={styles.heading}>
        {access === "editor" || (access === null && outlookCases.mode === "organizer") ? outlook.paneTitle : outlook.readModeHeading}
      </Title2>
      {current.state === "loading" && <Spinner />}
      {current.state === "error" && <SectionError title={outlook.readFailed} error={current.error} onRetry={() => void facts.refresh()} />}
      {current.state === "ready" && (
        <>
          <AppointmentSummary
            facts={current.value}
            onUseSubject={
              access === "editor"
                ? (subject) => {
                    void outlookCases.setSubject(subject).then(() => facts.refresh());
                  }
                : undefined
            }
          />
          {access === "editor" && <OrganizerPane facts={current.value} />}
          {access === "reader" && <AttendeePane />}
          {(access === "notGroupCalendar" || access === "notGroupMeeting") && <ReadOnlyNotice access={access} facts={current.value} />}
        </>
      )}
    </div>
  );
}
