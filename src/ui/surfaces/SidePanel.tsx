/** The side panel during the meeting: the agenda compact, the current item highlighted, share to stage. */
import { Button, makeStyles, mergeClasses, Switch, Text, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { Agenda, MeetingRef, MeetingView, RecordState } from "../../core";
import { useEnvironment } from "../environment";
import { useStrings } from "../i18n";
import { markAgendaRendered } from "../meeting/agendaRendered";
import { AttachmentList } from "../meeting/AttachmentList";
import { DecisionClauses } from "../meeting/DecisionClauses";
import { ItemStepper } from "../meeting/ItemStepper";
import { MeetingHeader } from "../meeting/MeetingHeader";
import { MeetingSkeleton } from "../meeting/MeetingSkeleton";
import { SectionError } from "../meeting/SectionError";
import { useCurrentItem } from "../meeting/useCurrentItem";
import { useMeetingView } from "../meeting/useMeetingView";
import { ViewError } from "../meeting/ViewError";
import { isSecretariat, sharePointUrlOf } from "../../app";
import { useRecordPorts } from "../record/context";
import { RecordMode } from "../record/RecordMode";
import { useRecordModeFlag, useRecorder } from "../record/useRecorder";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  // Border and weight only: a tinted background would lower the contrast of the bilaga links in dark themes.
  current: {
    border: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow4,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  state: { margin: 0 },
});

/** Props of SidePanel. */
export interface SidePanelProps {
  meetingRef: MeetingRef;
  initialItem?: number;
}

function CompactAgenda({ agenda, meetingRef, initialItem }: { agenda: Agenda; meetingRef: MeetingRef; initialItem: number }): JSX.Element {
  const styles = useStyles();
  const { teams } = useStrings();
  const { host } = useEnvironment();
  const current = useCurrentItem(agenda.items.length, initialItem);
  const [share, setShare] = useState<"idle" | "sharing" | "shared" | "failed">("idle");
  useEffect(() => markAgendaRendered(), []);
  if (agenda.items.length === 0) return <p>{teams.agendaEmpty}</p>;
  const shareToStage = host.shareToStage;
  return (
    <>
      <ItemStepper current={current} count={agenda.items.length} />
      {shareToStage && (
        <div>
          <Button
            appearance="primary"
            disabled={share === "sharing"}
            onClick={() => {
              setShare("sharing");
              shareToStage(meetingRef, current.number).then(
                () => setShare("shared"),
                () => setShare("failed"),
              );
            }}
          >
            {teams.shareToStage}
          </Button>
          <div role="status">
            {share === "shared" && <Text>{teams.shared}</Text>}
            {share === "failed" && <Text>{teams.shareFailed}</Text>}
          </div>
        </div>
      )}
      <ol className={styles.list} aria-label={teams.agendaHeading}>
        {agenda.items.map((item) => {
          const isCurrent = item.number === current.number;
          return (
            <li key={item.id} className={mergeClasses(styles.item, isCurrent && styles.current)} aria-current={isCurrent ? "step" : undefined}>
              <h2 className={styles.title}>
                {item.number}. {item.title}
              </h2>
              {item.presenter.trim() !== "" && (
                <Text size={200}>
                  {teams.presenter}: {item.presenter}
                </Text>
              )}
              {isCurrent && <DecisionClauses decisions={item.proposedDecisions} headingLevel={3} />}
              <AttachmentList attachments={item.attachments} label={teams.attachmentsFor(item.number)} />
            </li>
          );
        })}
      </ol>
    </>
  );
}

function SidePanelContent({ view, meetingRef, initialItem, onRetry }: { view: MeetingView; meetingRef: MeetingRef; initialItem: number; onRetry: () => void }): JSX.Element {
  const styles = useStyles();
  const { teams, recording, protokoll } = useStrings();
  const { config } = useEnvironment();
  const [recordState, setRecordState] = useState<RecordState | null>(null);
  const stateId = useId();
  const ports = useRecordPorts();
  const recorder = useRecorder(ports, view, isSecretariat(view, config));
  const [recordMode, setRecordMode] = useRecordModeFlag(ports, view.meeting.iCalUId);
  const inRecordMode = ports !== null && recorder !== null && recordMode && view.agenda.state === "ready";
  return (
    <div className={styles.root}>
      <MeetingHeader meeting={view.meeting} meetingNumber={view.meetingNumber} numberSource={view.numberSource} compact />
      {recorder !== null && view.agenda.state === "ready" && (
        <div>
          <Switch
            label={recording.modeSwitch}
            checked={recordMode}
            onChange={(_e, data) => setRecordMode(data.checked)}
            aria-describedby={inRecordMode && recordState !== null ? stateId : undefined}
          />
          {inRecordMode && recordState !== null && (
            <Text as="p" id={stateId} size={200} className={styles.state} data-record-state={recordState}>
              {recording.recordStateShown(protokoll.recordState[recordState])}
            </Text>
          )}
        </div>
      )}
      {view.agenda.state === "error" ? (
        <SectionError title={teams.agendaError} error={view.agenda.error} onRetry={onRetry} sharePointUrl={sharePointUrlOf(view, config)} />
      ) : inRecordMode ? (
        <RecordMode ports={ports} view={view} agenda={view.agenda.value} recorder={recorder} onState={setRecordState} />
      ) : (
        <>
          {view.files.state === "error" && <SectionError title={teams.filesError} error={view.files.error} onRetry={onRetry} sharePointUrl={sharePointUrlOf(view, config)} />}
          <CompactAgenda agenda={view.agenda.value} meetingRef={meetingRef} initialItem={initialItem} />
        </>
      )}
    </div>
  );
}

/** Loads the meeting and renders the compact agenda. */
export default function SidePanel({ meetingRef, initialItem = 1 }: SidePanelProps): JSX.Element {
  const view = useMeetingView(meetingRef);
  const current = view.current;
  switch (current.state) {
    case "loading":
      return <MeetingSkeleton rows={3} />;
    case "error":
      return <ViewError error={current.error} onRetry={view.reload} />;
    case "ready":
      return <SidePanelContent view={current.value} meetingRef={meetingRef} initialItem={initialItem} onRetry={view.reload} />;
  }
}
