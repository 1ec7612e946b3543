/** "Påminn de som inte svarat": opens Outlook's new message form to the attendees without an answer (no Graph scope). */
import { Button, makeStyles, Text, Title3, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { MeetingRef } from "../../core";
import type { OutlookUseCases } from "../../app";
import { useStrings } from "../i18n";
import { Notice } from "./Notice";
import { useErrorOf } from "../shell/useErrorOf";
import type { NoticeState } from "./Notice";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  heading: { margin: 0 },
});

/** Props of ReminderSection. */
export interface ReminderSectionProps {
  remind: NonNullable<OutlookUseCases["remind"]>;
  meetingRef: MeetingRef;
}

/** Renders the reminder button and its outcome. */
export function ReminderSection({ remind: openReminder, meetingRef }: ReminderSectionProps): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const errorOf = useErrorOf();
  const headingId = useId();
  const [notice, setNotice] = useState<NoticeState>({ kind: "idle" });

  async function remind(): Promise<void> {
    setNotice({ kind: "busy", text: outlook.remindButton });
    try {
      const count = await openReminder(meetingRef);
      setNotice({ kind: "done", text: count === 0 ? outlook.remindNobody : outlook.remindOpened(count) });
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
