/** The task pane: the appointment's facts, then the organizer's or the attendee's flow. */
import { makeStyles, Spinner, Title2, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { SectionError } from "../meeting/SectionError";
import { AppointmentSummary } from "./AppointmentSummary";
import { AttendeePane } from "./AttendeePane";
import { readFacts } from "./facts";
import { OrganizerPane } from "./OrganizerPane";
import { useOutlookHost } from "./outlookHost";
import { useRefreshable } from "./useRefreshable";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  heading: { margin: 0 },
});

/** Renders the pane for the host's appointment. */
export default function TaskPane(): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const { appointment } = useOutlookHost();
  const facts = useRefreshable(() => readFacts(appointment), [appointment]);
  const current = facts.current;
  return (
    <div className={styles.pane}>
      <Title2 as="h1" className={styles.heading}>
        {appointment.mode === "organizer" ? outlook.paneTitle : outlook.readModeHeading}
      </Title2>
      {current.state === "loading" && <Spinner />}
      {current.state === "error" && <SectionError title={outlook.readFailed} error={current.error} onRetry={() => void facts.refresh()} />}
      {current.state === "ready" && (
        <>
          <AppointmentSummary
            facts={current.value}
            onUseSubject={
              appointment.mode === "organizer"
                ? (subject) => {
                    void appointment.setSubject(subject).then(() => facts.refresh());
                  }
                : undefined
            }
          />
          {current.value.mode === "organizer" ? <OrganizerPane facts={current.value} /> : <AttendeePane />}
        </>
      )}
    </div>
  );
}
