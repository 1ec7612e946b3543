/** The personal tab: the group's upcoming meetings with their item count and my answer; opening one shows its tab. */
import { Button, makeStyles, Text, Title2, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { MeetingSummary } from "../../core";
import { useAsync } from "../async";
import { useEnvironment } from "../environment";
import { meetingWhen } from "../format";
import { useLanguage, useStrings } from "../i18n";
import { MeetingSkeleton } from "../meeting/MeetingSkeleton";
import { ViewError } from "../meeting/ViewError";
import { MeetingTab } from "./MeetingTab";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  facts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL },
  open: { alignSelf: "flex-start" },
});

function MeetingCard({ meeting, onOpen }: { meeting: MeetingSummary; onOpen: () => void }): JSX.Element {
  const styles = useStyles();
  const { teams } = useStrings();
  const language = useLanguage();
  return (
    <li className={styles.card}>
      <h2 className={styles.title}>{meeting.subject}</h2>
      <div className={styles.facts}>
        <Text>
          {meetingWhen(meeting, language, teams.allDay)}
        </Text>
        {meeting.location.trim() !== "" && <Text>{meeting.location}</Text>}
        <Text>{teams.itemCount(meeting.itemCount)}</Text>
        <Text>{meeting.myResponse === "organizer" ? teams.youOrganize : teams.currentAnswer(teams.answers[meeting.myResponse])}</Text>
      </div>
      <Button className={styles.open} appearance="primary" onClick={onOpen} aria-label={teams.openMeeting(meeting.subject)}>
        {teams.open}
      </Button>
    </li>
  );
}

/** Lists the upcoming meetings, or shows the one opened with a way back. */
export default function PersonalTab(): JSX.Element {
  const styles = useStyles();
  const { teams } = useStrings();
  const { app } = useEnvironment();
  const [open, setOpen] = useState<MeetingSummary | null>(null);
  const upcoming = useAsync(() => app.meetings.listUpcoming(), [app, open === null]);
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open !== null) backRef.current?.focus();
  }, [open]);

  if (open !== null) {
    return (
      <div className={styles.root}>
        <Button ref={backRef} className={styles.open} appearance="subtle" onClick={() => setOpen(null)}>
          {/* One inline run: as separate children of the button's flex box the space between arrow and text collapses. */}
          <span>
            <span aria-hidden="true">←</span> {teams.backToList}
          </span>
        </Button>
        <MeetingTab meetingRef={{ key: open.iCalUId, folderName: open.folderName }} />
      </div>
    );
  }

  const current = upcoming.current;
  return (
    <div className={styles.root}>
      <Title2 as="h1" className={styles.heading}>
        {teams.personalHeading}
      </Title2>
      {current.state === "loading" ? (
        <MeetingSkeleton rows={3} />
      ) : current.state === "error" ? (
        <ViewError error={current.error} onRetry={upcoming.reload} />
      ) : current.value.length === 0 ? (
        <p>{teams.personalEmpty}</p>
      ) : (
        <ul className={styles.list}>
          {current.value.map((meeting) => (
            <MeetingCard key={meeting.iCalUId} meeting={meeting} onOpen={() => setOpen(meeting)} />
          ))}
        </ul>
      )}
    </div>
  );
}
