/** "Infoga kallelse": puts the kallelse at the top of the body (or at the cursor), later replacing it in place. */
import { Button, Field, makeStyles, Radio, RadioGroup, Text, Title3, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { MeetingRef, KallelsePlacement } from "../../core";
import { errorMessage } from "../../core";
import { useLanguage, useStrings } from "../i18n";
import { HandlingarPdfSection } from "./HandlingarPdfSection";
import { Notice } from "./Notice";
import { useErrorOf } from "../shell/useErrorOf";
import type { NoticeState } from "./Notice";
import { useOutlookHost } from "./outlookHost";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start", maxWidth: "100%" },
  heading: { margin: 0 },
});

/** Props of KallelseSection. */
export interface KallelseSectionProps {
  meetingRef: MeetingRef;
  /** Called after a successful insert (the pane then offers to share the documents). */
  onInserted?: () => void;
}

/** Renders the placement choice, the insert button and its outcome, then the handlingar PDF action. */
export function KallelseSection({ meetingRef, onInserted }: KallelseSectionProps): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const language = useLanguage();
  const errorOf = useErrorOf();
  const outlookCases = useOutlookHost();
  const headingId = useId();
  const [notice, setNotice] = useState<NoticeState>({ kind: "idle" });
  const [placement, setPlacement] = useState<KallelsePlacement>("top");

  async function insert(): Promise<void> {
    setNotice({ kind: "busy", text: outlook.inserting });
    try {
      const built = await outlookCases.insertKallelse(meetingRef, placement);
      switch (built.kind) {
        case "noAgenda":
          setNotice({ kind: "warning", text: outlook.agendaUnavailable });
          return;
        case "bilagorUnreadable":
          setNotice({ kind: "warning", text: outlook.bilagorUnreadable(errorMessage(built.error.code, language)) });
          return;
        case "inserted":
        case "replaced":
          break;
      }
      setNotice({ kind: "done", text: built.kind === "replaced" ? outlook.replaced(built.items) : outlook.inserted(built.items) });
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
      <Field label={outlook.placementLabel}>
        <RadioGroup value={placement} onChange={(_, data) => setPlacement(data.value === "cursor" ? "cursor" : "top")}>
          <Radio value="top" label={outlook.placementTop} />
          <Radio value="cursor" label={outlook.placementCursor} />
        </RadioGroup>
      </Field>
      <Button appearance="primary" onClick={() => void insert()} disabled={notice.kind === "busy"}>
        {outlook.insertKallelse}
      </Button>
      <Notice notice={notice} />
      <HandlingarPdfSection meetingRef={meetingRef} />
    </section>
  );
}
