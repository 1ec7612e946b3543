/** "Påminn de som inte svarat": opens Outlook's new message form to the attendees without an answer (no Graph scope). */
import { Button, makeStyles, Text, Title3, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { MeetingRef, NewMessageForm } from "../../core";
import { buildReminder, nonResponders } from "../../core";
import { useEnvironment } from "../environment";
import { useStrings } from "../i18n";
import { readFacts } from "./facts";
import { Notice } from "./Notice";
import { useErrorOf } from "../shell/useErrorOf";
import type { NoticeState } from "./Notice";
import { useOutlookHost } from "./outlookHost";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  heading: { margin: 0 },
});

/** Props of ReminderSection. */
export interface ReminderSectionProps {
  messages: NewMessageForm;
  meetingRef: MeetingRef;
}

/** Renders the reminder button and its outcome. */
export function ReminderSection({ messages, meetingRef }: ReminderSectionProps): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const errorOf = useErrorOf();
  const { services } = useEnvironment();
  const { appointment, groupName } = useOutlookHost();
  const headingId = useId();
  const [notice, setNotice] = useState<NoticeState>({ kind: "idle" });

  async function remind(): Promise<void> {
    setNotice({ kind: "busy", text: outlook.remindButton });
    try {
      // Fresh answers from the organizer's copy, and the attendees as they are in Outlook now.
      const [facts, view] = await Promise.all([readFacts(appointment), services.meetings.loadMeetingView(meetingRef)]);
      const to = nonResponders([...facts.required, ...facts.optional], view.meeting.attendees, view.meeting.organizer.email);
      if (to.length === 0) {
        setNotice({ kind: "done", text: outlook.remindNobody });
        return;
      }
      await messages.open(buildReminder({ subject: facts.subject, startUtc: facts.startUtc, endUtc: facts.endUtc, location: facts.location, groupName }, to));
      setNotice({ kind: "done", text: outlook.remindOpened(to.length) });
    } catch (error) {
      setNotice({ kind: "failed", title: outlook.remindFailed, error: errorOf(error) });
    }
  }

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Title3 as="h2" id={headingId} className={styles.heading}>
        {outlook.remindHeading}
      </Title3>
      <Text>{outlook.remindExplanation}</Text>
      <Button onClick={() => void remind()} disabled={notice.kind === "busy"}>
        {outlook.remindButton}
      </Button>
      <Notice notice={notice} />
    </section>
  );
}
