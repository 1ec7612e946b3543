/** Subject, time, place and attendee count of the appointment, with the suggested subject when it has none. */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from "@fluentui/react-components";
import { suggestSubject } from "../../core";
import { meetingDate, meetingTime } from "../format";
import { useLanguage, useStrings } from "../i18n";
import type { AppointmentFacts } from "../../app";

const useStyles = makeStyles({
  facts: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
});

/** Props of AppointmentSummary. */
export interface AppointmentSummaryProps {
  facts: AppointmentFacts;
  /** Sets the subject (organizer only); absent in read mode. */
  onUseSubject?: (subject: string) => void;
}

/** Renders the appointment's facts as a description list. */
export function AppointmentSummary({ facts, onUseSubject }: AppointmentSummaryProps): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const language = useLanguage();
  const suggestion = suggestSubject(facts.startUtc);
  return (
    <>
      <dl className={styles.facts}>
        <dt className={styles.term}>{outlook.subjectLabel}</dt>
        <dd className={styles.value}>{facts.subject.trim() || outlook.noSubject}</dd>
        <dt className={styles.term}>{outlook.timeLabel}</dt>
        <dd className={styles.value}>
          {meetingDate(facts.startUtc, language)} {meetingTime(facts.startUtc, facts.endUtc)}
        </dd>
        <dt className={styles.term}>{outlook.placeLabel}</dt>
        <dd className={styles.value}>{facts.location.trim() || outlook.noPlace}</dd>
        <dt className={styles.term}>{outlook.attendeesLabel}</dt>
        <dd className={styles.value}>{outlook.attendeeCount(facts.required.length, facts.optional.length)}</dd>
      </dl>
      {onUseSubject && facts.subject.trim() === "" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{outlook.subjectEmpty(suggestion)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => onUseSubject(suggestion)}>{outlook.useSuggestion}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
