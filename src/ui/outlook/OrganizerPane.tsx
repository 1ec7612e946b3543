/** The organizer's pane: link to SharePoint, then the agenda editor, the kallelse and the attendance. */
import { Button, Link, makeStyles, Spinner, Text, Title3, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useId, useState } from "react";
import { isTrustedLink } from "../../core";
import type { MeetingRef } from "../../core";
import { useEnvironment } from "../environment";
import { useStrings } from "../i18n";
import { AttendancePanel } from "../meeting/AttendancePanel";
import { organisationLabel } from "../meeting/organisationLabel";
import { SectionError } from "../meeting/SectionError";
import { organisationsByMail, presenterOptions } from "../../app";
import type { AppointmentFacts, AppointmentLink } from "../../app";
import { KallelseSection } from "./KallelseSection";
import { Notice } from "./Notice";
import { useErrorOf } from "../shell/useErrorOf";
import type { NoticeState } from "./Notice";
import { useOutlookHost } from "./outlookHost";
import { ReminderSection } from "./ReminderSection";
import { ShareSection } from "./ShareSection";
import { useRefreshable } from "./useRefreshable";

// The editor is the largest part of the pane; it loads after the appointment and the link are on screen.
const AgendaEditor = lazy(() => import("./editor/AgendaEditor"));

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  heading: { margin: 0 },
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
});

function LinkSection({ onLinked }: { onLinked: (link: AppointmentLink) => void }): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const errorOf = useErrorOf();
  const outlookCases = useOutlookHost();
  const headingId = useId();
  const [notice, setNotice] = useState<NoticeState>({ kind: "idle" });
  const link = async (): Promise<void> => {
    setNotice({ kind: "busy", text: outlook.linking });
    try {
      onLinked(await outlookCases.link());
      setNotice({ kind: "idle" });
    } catch (error) {
      setNotice({ kind: "failed", title: outlook.linkFailed, error: errorOf(error) });
    }
  };
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Title3 as="h2" id={headingId} className={styles.heading}>
        {outlook.linkHeading}
      </Title3>
      <Text>{outlook.linkExplanation}</Text>
      <Button appearance="primary" onClick={() => void link()} disabled={notice.kind === "busy"}>
        {outlook.linkButton}
      </Button>
      <Notice notice={notice} />
    </section>
  );
}

function LinkedMeeting({ link, facts }: { link: AppointmentLink; facts: AppointmentFacts }): JSX.Element {
  const styles = useStyles();
  const strings = useStrings();
  const { outlook } = strings;
  const { config, host } = useEnvironment();
  const outlookCases = useOutlookHost();
  const [offerShare, setOfferShare] = useState(false);
  const ref: MeetingRef = { key: link.key, folderName: link.folderName };
  const view = useRefreshable(() => outlookCases.loadView(ref), [outlookCases, link.key, link.folderName]);
  const current = view.current;
  switch (current.state) {
    case "loading":
      return <Spinner label={outlook.linking} />;
    case "error":
      return <SectionError title={outlook.viewFailed} error={current.error} onRetry={() => void view.refresh()} sharePointUrl={link.folderUrl} />;
    case "ready":
      break;
  }
  const meetingView = current.value;
  const folder = meetingView.folder.state === "ready" ? meetingView.folder.value : null;
  const folderUrl = folder?.webUrl ?? link.folderUrl;
  const refresh = (): Promise<void> => view.refresh();
  return (
    <div className={styles.stack}>
      <Text>
        {outlook.linkedTo(link.folderName)}
        {folderUrl && isTrustedLink(folderUrl, config.sharePointOrigin) && (
          <>
            {" – "}
            <Link
              href={folderUrl}
              target="_blank"
              rel="noopener noreferrer"
              onClick={(event) => {
                event.preventDefault();
                host.openLink(folderUrl);
              }}
            >
              {outlook.openFolder}
            </Link>
          </>
        )}
      </Text>
      {meetingView.agenda.state === "error" ? (
        <SectionError title={outlook.viewFailed} error={meetingView.agenda.error} onRetry={() => void refresh()} sharePointUrl={folderUrl} />
      ) : folder === null ? (
        <SectionError title={outlook.viewFailed} error={{ code: "notFound" }} onRetry={() => void refresh()} />
      ) : (
        <Suspense fallback={<Spinner />}>
          <AgendaEditor
            agenda={meetingView.agenda.value}
            meetingKey={link.key}
            folderId={folder.id}
            presenterOptions={presenterOptions(
              [...facts.required, ...facts.optional],
              meetingView.directory,
              organisationsByMail(meetingView.attendance.state === "ready" ? meetingView.attendance.value : null),
              (organisation) => (organisation === null ? null : organisationLabel(organisation, strings)),
            )}
            onChanged={refresh}
          />
        </Suspense>
      )}
      <KallelseSection meetingRef={ref} onInserted={() => setOfferShare(true)} />
      {outlookCases.share !== null && folder !== null && <ShareSection share={outlookCases.share} folderId={folder.id} offered={offerShare} />}
      {outlookCases.remind !== null && <ReminderSection remind={outlookCases.remind} meetingRef={ref} />}
      <AttendancePanel attendance={meetingView.attendance} myResponse={meetingView.meeting.myResponse} onRetry={() => void refresh()} />
    </div>
  );
}

/** Props of OrganizerPane. */
export interface OrganizerPaneProps {
  facts: AppointmentFacts;
}

/** Renders the organizer's flow. */
export function OrganizerPane({ facts }: OrganizerPaneProps): JSX.Element {
  const { outlook } = useStrings();
  const outlookCases = useOutlookHost();
  const stored = useRefreshable(() => outlookCases.readLink(), [outlookCases]);
  const [fresh, setFresh] = useState<AppointmentLink | null>(null);
  if (fresh !== null) return <LinkedMeeting link={fresh} facts={facts} />;
  switch (stored.current.state) {
    case "loading":
      return <Spinner label={outlook.linking} />;
    case "error":
      return <SectionError title={outlook.linkFailed} error={stored.current.error} onRetry={() => void stored.refresh()} />;
    case "ready":
      return stored.current.value === null ? <LinkSection onLinked={setFresh} /> : <LinkedMeeting link={stored.current.value} facts={facts} />;
  }
}
