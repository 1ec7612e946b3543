/** "Infoga kallelse": puts the kallelse into the appointment body, replacing an earlier one, never the Teams block. */
import { Button, makeStyles, Text, Title3, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { MeetingRef } from "../../core";
import { findKallelseBlocks, insertKallelse } from "../../core/kallelse";
import { useEnvironment } from "../environment";
import { useStrings } from "../i18n";
import { readFacts } from "./facts";
import { kallelseFor } from "./kallelseFor";
import { Notice } from "./Notice";
import { useErrorOf } from "../shell/useErrorOf";
import type { NoticeState } from "./Notice";
import { useOutlookHost } from "./outlookHost";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  heading: { margin: 0 },
});

/** Props of KallelseSection. */
export interface KallelseSectionProps {
  meetingRef: MeetingRef;
  /** Called after a successful insert (the pane then offers to share the documents). */
  onInserted?: () => void;
}

/** Renders the insert button and its outcome. */
export function KallelseSection({ meetingRef, onInserted }: KallelseSectionProps): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const errorOf = useErrorOf();
  const { services, config } = useEnvironment();
  const { appointment, groupName } = useOutlookHost();
  const headingId = useId();
  const [notice, setNotice] = useState<NoticeState>({ kind: "idle" });

  async function insert(): Promise<void> {
    setNotice({ kind: "busy", text: outlook.inserting });
    try {
      // Fresh facts and agenda: the kallelse must show what is saved now, not what the pane loaded earlier.
      const [facts, view, body] = await Promise.all([readFacts(appointment), services.meetings.loadMeetingView(meetingRef), appointment.getBodyHtml()]);
      const built = kallelseFor(facts, view, body, groupName, config);
      if (built === null) {
        setNotice({ kind: "warning", text: outlook.agendaUnavailable });
        return;
      }
      const replacing = findKallelseBlocks(body).length > 0;
      await insertKallelse(appointment, built.html);
      setNotice({ kind: "done", text: replacing ? outlook.replaced(built.items) : outlook.inserted(built.items) });
      onInserted?.();
    } catch (error) {
      setNotice({ kind: "failed", title: outlook.insertFailed, error: errorOf(error) });
    }
  }

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Title3 as="h2" id={headingId} className={styles.heading}>
        {outlook.kallelseHeading}
      </Title3>
      <Text>{outlook.kallelseExplanation}</Text>
      <Button appearance="primary" onClick={() => void insert()} disabled={notice.kind === "busy"}>
        {outlook.insertKallelse}
      </Button>
      <Notice notice={notice} />
    </section>
  );
}
