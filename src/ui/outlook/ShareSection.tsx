/** "Dela handlingarna med deltagarna": gives the appointment's attendees read access to the folder, and lists the outcome per person. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, Text, Title3, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { OutlookUseCases } from "../../app";
import { isSharingBlocked, errorMessage } from "../../core";
import type { ShareReport } from "../../core";
import { useLanguage, useStrings } from "../i18n";
import { Notice } from "./Notice";
import { useErrorOf } from "../shell/useErrorOf";
import type { NoticeState } from "./Notice";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** Props of ShareSection. */
export interface ShareSectionProps {
  share: NonNullable<OutlookUseCases["share"]>;
  folderId: string;
  /** True right after "Infoga kallelse": the section offers itself. */
  offered: boolean;
}

function ReportView({ report }: { report: ShareReport }): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const language = useLanguage();
  const labelId = useId();
  return (
    <>
      {isSharingBlocked(report) && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{outlook.shareBlockedTitle}</MessageBarTitle> {outlook.shareBlockedBody}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text id={labelId} weight="semibold">
        {outlook.shareStatusLabel}
      </Text>
      <ul className={styles.list} aria-labelledby={labelId} data-testid="share-report">
        {report.results.map(({ person, outcome }) => (
          <li key={`${outcome.kind}:${person.email}`} data-email={person.email} data-outcome={outcome.kind}>
            {person.name && person.name !== person.email ? `${person.name} (${person.email})` : person.email}: {outlook.shareStatus[outcome.kind]}
            {(outcome.kind === "failed" || outcome.kind === "removeFailed") && ` – ${errorMessage(outcome.error.code, language)}`}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Renders the share button, the offer after the kallelse, and the per-person report. */
export function ShareSection({ share: shareFolder, folderId, offered }: ShareSectionProps): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const errorOf = useErrorOf();
  const headingId = useId();
  const [notice, setNotice] = useState<NoticeState>({ kind: "idle" });
  const [report, setReport] = useState<ShareReport | null>(null);

  async function share(): Promise<void> {
    setNotice({ kind: "busy", text: outlook.sharing });
    try {
      const { attendees, report: result } = await shareFolder(folderId);
      setReport(result);
      if (attendees === 0 && result.results.length === 0) setNotice({ kind: "warning", text: outlook.shareNoAttendees });
      else if (result.results.some((r) => r.outcome.kind === "failed" || r.outcome.kind === "removeFailed")) setNotice({ kind: "warning", text: outlook.shareSomeFailed });
      else if (!result.recordSaved) setNotice({ kind: "warning", text: outlook.shareRecordNotSaved });
      else {
        const count = (kind: string): number => result.results.filter((r) => r.outcome.kind === kind).length;
        setNotice({ kind: "done", text: outlook.shareDone(count("shared"), count("removed")) });
      }
    } catch (error) {
      setNotice({ kind: "failed", title: outlook.shareFailed, error: errorOf(error) });
    }
  }

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Title3 as="h2" id={headingId} className={styles.heading}>
        {outlook.shareHeading}
      </Title3>
      {offered && notice.kind === "idle" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{outlook.shareOffer}</MessageBarBody>
        </MessageBar>
      )}
      <Text>{outlook.shareExplanation}</Text>
      <Button appearance={offered ? "primary" : "secondary"} onClick={() => void share()} disabled={notice.kind === "busy"}>
        {outlook.shareButton}
      </Button>
      <Notice notice={notice} />
      {report !== null && report.results.length > 0 && <ReportView report={report} />}
    </section>
  );
}
