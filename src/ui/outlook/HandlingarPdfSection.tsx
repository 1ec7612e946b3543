/** *Handlingar i en PDF*: one action makes the kallelse and every bilaga into one PDF in the meeting's folder. */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { MeetingRef } from "../../core";
import { errorMessage } from "../../core";
import { useLanguage, useStrings } from "../i18n";
import { Notice } from "./Notice";
import type { NoticeState } from "./Notice";
import { useOutlookHost } from "./outlookHost";
import { useErrorOf } from "../shell/useErrorOf";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start", maxWidth: "100%" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

/** Renders the PDF action and its outcome. */
export function HandlingarPdfSection({ meetingRef }: { meetingRef: MeetingRef }): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const language = useLanguage();
  const outlookCases = useOutlookHost();
  const headingId = useId();
  const errorOf = useErrorOf();
  const [notice, setNotice] = useState<NoticeState>({ kind: "idle" });

  async function create(): Promise<void> {
    setNotice({ kind: "busy", text: outlook.handlingarBusy });
    try {
      const result = await outlookCases.createHandlingarPdf(meetingRef);
      if (result.kind === "bilagorUnreadable") {
        setNotice({ kind: "warning", text: outlook.handlingarUnreadable(errorMessage(result.error.code, language)) });
        return;
      }
      if (result.kind === "noAgenda") {
        setNotice({ kind: "warning", text: outlook.agendaUnavailable });
        return;
      }
      const lines = [outlook.handlingarDone(result.fileName)];
      if (result.renamed) lines.push(outlook.handlingarRenamed(result.fileName));
      if (result.missing.length > 0) lines.push(outlook.handlingarMissing(result.missing.join(", ")));
      setNotice(result.missing.length > 0 ? { kind: "warning", text: lines.join(" ") } : { kind: "done", text: lines.join(" ") });
    } catch (error) {
      setNotice({ kind: "failed", title: outlook.handlingarFailed, error: errorOf(error) });
    }
  }

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        {outlook.handlingarHeading}
      </h3>
      <Text>{outlook.handlingarExplanation}</Text>
      <Button onClick={() => void create()} disabled={notice.kind === "busy"}>
        {outlook.handlingarButton}
      </Button>
      <Notice notice={notice} />
    </section>
  );
}
