/** The meeting tab's loaded view: header, agenda, the user's answer, attendance, and the secretariat's actions. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { MeetingView, RsvpResponse } from "../../core";
import { useEnvironment } from "../environment";
import { AgendaList } from "./AgendaList";
import { AttendancePanel } from "./AttendancePanel";
import { MeetingHeader } from "./MeetingHeader";
import { MyAnswer } from "./MyAnswer";
import { ProtokollPdfLink } from "./ProtokollPdfLink";
import { ProtokollSlot } from "./ProtokollSlot";
import { isSecretariat, protokollPdfIdOf, sharePointUrlOf } from "../../app";

/** Classes of the meeting tab's columns (exported so the loading skeleton can compute them before the data arrives). */
export const useContentStyles = makeStyles({
  columns: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalXL,
    "@media (min-width: 900px)": { gridTemplateColumns: "minmax(0, 2fr) minmax(16rem, 1fr)" },
    "@media print": { display: "block" },
  },
  // The answer, attendance and protokoll controls are the screen's: a printed agenda is the kallelse's content.
  aside: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL, "@media print": { display: "none" } },
});

/** Props of MeetingContent. */
export interface MeetingContentProps {
  view: MeetingView;
  onRetry: () => void;
  onAnswered: (response: RsvpResponse) => void;
}

/** Renders the full meeting tab for a loaded view: the agenda first, the side column right after. */
export function MeetingContent({ view, onRetry, onAnswered }: MeetingContentProps): JSX.Element {
  const styles = useContentStyles();
  const { config } = useEnvironment();
  // The agenda is what the tab is opened for: it commits (and is marked rendered) on its own, and the answer,
  // attendance and protokoll controls follow in the next render instead of delaying it.
  const [asideShown, setAsideShown] = useState(false);
  useEffect(() => setAsideShown(true), []);
  return (
    <>
      <MeetingHeader meeting={view.meeting} meetingNumber={view.meetingNumber} numberSource={view.numberSource} />
      <div className={styles.columns}>
        <AgendaList agenda={view.agenda} files={view.files} onRetry={onRetry} sharePointUrl={sharePointUrlOf(view, config)} secretariat={isSecretariat(view, config)} />
        {asideShown && (
          <div className={styles.aside}>
            <ProtokollPdfLink pdfId={protokollPdfIdOf(view)} files={view.files} />
            <MyAnswer meeting={view.meeting} onAnswered={onAnswered} />
            {/* MyAnswer right above shows the user's answer: saying it twice reads as two different things. */}
            <AttendancePanel attendance={view.attendance} myResponse={null} meetingStartUtc={view.meeting.startUtc} onRetry={onRetry} />
            {isSecretariat(view, config) && <ProtokollSlot view={view} />}
          </div>
        )}
      </div>
    </>
  );
}
