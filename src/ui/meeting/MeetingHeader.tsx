/** The meeting's heading: title, weekday date, time range, place and meeting number (marked when preliminary). */
import { Badge, makeStyles, Text, Title1, tokens } from "@fluentui/react-components";
import type { Meeting } from "../../core";
import { meetingWhen } from "../format";
import { useLanguage, useStrings } from "../i18n";

/** Classes of the meeting heading (exported so the loading skeleton can compute them before the data arrives). */
export const useHeaderStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalL },
  facts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  fact: { display: "flex", columnGap: tokens.spacingHorizontalXS },
  number: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
});

/** Props of MeetingHeader. */
export interface MeetingHeaderProps {
  meeting: Meeting;
  meetingNumber: number | null;
  /** "computed": counted, not yet saved in Sammanträden, so said to be preliminary. */
  numberSource?: "register" | "computed";
  /** Smaller heading for the side panel. */
  compact?: boolean;
}

/** Renders the h1 and the facts of the meeting. */
export function MeetingHeader({ meeting, meetingNumber, numberSource = "register", compact = false }: MeetingHeaderProps): JSX.Element {
  const styles = useHeaderStyles();
  const { teams } = useStrings();
  const language = useLanguage();
  return (
    <header className={styles.header}>
      {compact ? (
        <Text as="h1" size={500} weight="semibold">
          {meeting.subject}
        </Text>
      ) : (
        <Title1 as="h1">{meeting.subject}</Title1>
      )}
      {meetingNumber !== null && (
        <div className={styles.number}>
          <Text weight="semibold">{teams.meetingNumber(meetingNumber)}</Text>
          {numberSource === "computed" && <Text>{teams.preliminaryNumber}</Text>}
        </div>
      )}
      {meeting.isCancelled && (
        <Badge appearance="filled" color="danger">
          {teams.cancelled}
        </Badge>
      )}
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt className={styles.term}>{teams.time}:</dt>
          <dd className={styles.value}>
            {meetingWhen(meeting, language, teams.allDay)}
          </dd>
        </div>
        {meeting.location.trim() !== "" && (
          <div className={styles.fact}>
            <dt className={styles.term}>{teams.place}:</dt>
            <dd className={styles.value}>{meeting.location}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}
