/**
 * Avsluta / Återuppta protokollföringen, for the secretariat in record mode. Ending asks first, in place (no modal: the
 * side panel is 320 px and the question must not hide the record); resuming is the way back and asks nothing.
 */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { endRecord, resumeRecord } from "../../app";
import type { RecordStateChange } from "../../app";
import { isAppFailure } from "../../core";
import type { MeetingRegisterRow, RecordPorts } from "../../core";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  question: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** Props of RecordStateControl. */
export interface RecordStateControlProps {
  ports: RecordPorts;
  row: MeetingRegisterRow;
  onSaved: (row: MeetingRegisterRow) => void;
}

type Phase = "idle" | "asking" | "saving";

/** Renders the end / resume action with its confirmation and a live message of what happened. */
export function RecordStateControl({ ports, row, onSaved }: RecordStateControlProps): JSX.Element {
  const styles = useStyles();
  const { recording } = useStrings();
  const [phase, setPhase] = useState<Phase>("idle");
  const [message, setMessage] = useState("");
  const questionId = useId();
  const actionRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Where the keyboard goes once the phase has rendered: the confirm button when asking, else the action button.
  const focusNext = useRef<"action" | "confirm" | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "confirm") confirmRef.current?.focus();
    else if (target === "action") actionRef.current?.focus();
  }, [phase, row.state]);

  const ended = row.state !== "planned" && row.state !== "inProgress";
  const run = (change: (ports: RecordPorts, row: MeetingRegisterRow) => Promise<RecordStateChange>, done: (result: RecordStateChange) => string): void => {
    setPhase("saving");
    setMessage("");
    change(ports, row).then(
      (result) => {
        onSaved(result.row);
        setMessage(done(result));
        focusNext.current = "action";
        setPhase("idle");
      },
      (error: unknown) => {
        if (!isAppFailure(error)) throw error;
        setMessage(recording.recordStateFailed);
        focusNext.current = "action";
        setPhase("idle");
      },
    );
  };
  const end = (): void => run(endRecord, (result) => (result.outcome === "changed" ? recording.recordEnded : recording.recordEndedBefore));
  const resume = (): void =>
    run(resumeRecord, (result) => (result.outcome === "refused" ? recording.resumeRefused : recording.recordResumed));
  const cancel = (): void => {
    focusNext.current = "action";
    setPhase("idle");
  };
  const onQuestionKey = (event: KeyboardEvent): void => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    cancel();
  };

  return (
    <div className={styles.root}>
      {phase === "asking" ? (
        <div role="group" aria-labelledby={questionId} className={styles.question} onKeyDown={onQuestionKey}>
          <Text id={questionId}>{recording.endQuestion}</Text>
          <div className={styles.buttons}>
            <Button ref={confirmRef} appearance="primary" onClick={end}>
              {recording.endConfirm}
            </Button>
            <Button onClick={cancel}>{recording.endCancel}</Button>
          </div>
        </div>
      ) : (
        <div>
          <Button
            ref={actionRef}
            disabledFocusable={phase === "saving"}
            onClick={() => {
              if (ended) return resume();
              focusNext.current = "confirm";
              setPhase("asking");
            }}
          >
            {ended ? recording.resumeRecord : recording.endRecord}
          </Button>
        </div>
      )}
      <div role="status">{message !== "" && <Text size={200}>{message}</Text>}</div>
    </div>
  );
}
