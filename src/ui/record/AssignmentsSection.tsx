/** The uppdrag given under the item: listed, suggested from its clauses, added by hand, removed. */
import { Button, Checkbox, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { addAssignment, assignmentProblems, suggestedAssignments } from "../../app";
import type { AssignmentInput, AssignmentProblem } from "../../app";
import { isAppFailure } from "../../core";
import type { AssignmentRow, RecordPorts } from "../../core";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  line: { overflowWrap: "anywhere" },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  suggestion: { justifyContent: "flex-start", textAlign: "start", height: "auto", overflowWrap: "anywhere" },
});

/** Props of AssignmentsSection. */
export interface AssignmentsSectionProps {
  ports: RecordPorts;
  meetingKey: string;
  itemId: string;
  /** The clauses as now written: "att uppdra åt X att …" becomes a suggestion. */
  decisions: string[];
}

type Load = { state: "loading" } | { state: "error" } | { state: "ready"; rows: AssignmentRow[] };

const EMPTY: AssignmentInput = { title: "", assignee: "", due: null };

/** Renders the section; every write is announced, and a failed one keeps what was written. */
export function AssignmentsSection({ ports, meetingKey, itemId, decisions }: AssignmentsSectionProps): JSX.Element {
  const styles = useStyles();
  const { recording, common } = useStrings();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const titleRef = useRef<HTMLInputElement | null>(null);
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [draft, setDraft] = useState<AssignmentInput>(EMPTY);
  const [nextMeeting, setNextMeeting] = useState(true);
  const [dueText, setDueText] = useState("");
  const [problems, setProblems] = useState<AssignmentProblem[]>([]);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  const reload = useCallback(() => {
    ports.assignments.list(meetingKey).then(
      (rows) => setLoad({ state: "ready", rows: rows.filter((row) => row.itemId === itemId) }),
      () => setLoad({ state: "error" }),
    );
  }, [ports, meetingKey, itemId]);
  useEffect(() => {
    setLoad({ state: "loading" });
    reload();
  }, [reload]);

  const rows = load.state === "ready" ? load.rows : [];
  const suggestions = load.state === "ready" ? suggestedAssignments(decisions, rows) : [];

  const save = async (input: AssignmentInput, after: () => void): Promise<void> => {
    setBusy(true);
    setMessage("");
    try {
      const row = await addAssignment(ports, meetingKey, itemId, input);
      setLoad((current) => (current.state === "ready" ? { state: "ready", rows: [...current.rows, row] } : current));
      setMessage(recording.assignmentAdded);
      after();
    } catch (error) {
      if (!isAppFailure(error)) throw error;
      setMessage(recording.assignmentFailed);
    } finally {
      setBusy(false);
    }
  };

  const submit = (): void => {
    const input: AssignmentInput = { ...draft, due: nextMeeting ? null : dueText.trim() };
    const found = assignmentProblems(input);
    setProblems(found);
    if (found.length > 0) {
      titleRef.current?.focus();
      return;
    }
    void save(input, () => {
      setDraft(EMPTY);
      setDueText("");
      setNextMeeting(true);
      titleRef.current?.focus();
    });
  };

  const remove = async (row: AssignmentRow): Promise<void> => {
    setMessage("");
    try {
      await ports.assignments.remove(row.id, row.etag);
      setLoad((current) => (current.state === "ready" ? { state: "ready", rows: current.rows.filter((r) => r.id !== row.id) } : current));
      setMessage(recording.assignmentRemoved);
    } catch (error) {
      if (!isAppFailure(error)) throw error;
      setMessage(recording.assignmentFailed);
      reload();
    }
    headingRef.current?.focus();
  };

  const problemText = (problem: AssignmentProblem): string | undefined => (problems.includes(problem) ? recording.assignmentProblems[problem] : undefined);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {recording.assignmentsHeading}
      </h3>
      {load.state === "error" && (
        <div>
          <Text>{recording.assignmentsLoadFailed}</Text> <Button size="small" onClick={reload}>{common.retry}</Button>
        </div>
      )}
      {load.state === "ready" && rows.length === 0 && <Text>{recording.noAssignments}</Text>}
      {rows.length > 0 && (
        <ul className={styles.list}>
          {rows.map((row) => (
            <li key={row.id} className={styles.line}>
              {recording.assignmentLine(row.assignee, row.title)}, {row.due === null ? recording.dueNextMeeting : recording.dueDate(row.due)}{" "}
              <Button size="small" appearance="subtle" onClick={() => void remove(row)} aria-label={recording.removeAssignment(row.title)}>
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
      {suggestions.map((suggestion) => (
        <Button key={suggestion.title} className={styles.suggestion} disabled={busy} onClick={() => void save(suggestion, () => headingRef.current?.focus())}>
          {recording.suggestion(suggestion.assignee, suggestion.title)}
        </Button>
      ))}
      <fieldset className={styles.form}>
        <legend className={styles.legend}>{recording.addAssignmentHeading}</legend>
        <Field label={recording.assignmentTitle} validationMessage={problemText("titleMissing")}>
          <Input ref={titleRef} value={draft.title} onChange={(_e, data) => setDraft({ ...draft, title: data.value })} />
        </Field>
        <Field label={recording.assignmentAssignee} validationMessage={problemText("assigneeMissing")}>
          <Input value={draft.assignee} onChange={(_e, data) => setDraft({ ...draft, assignee: data.value })} />
        </Field>
        <Checkbox label={recording.assignmentNextMeeting} checked={nextMeeting} onChange={(_e, data) => setNextMeeting(data.checked === true)} />
        {!nextMeeting && (
          <Field label={recording.assignmentDue} validationMessage={problemText("dueInvalid")}>
            <Input value={dueText} placeholder="2027-03-01" onChange={(_e, data) => setDueText(data.value)} />
          </Field>
        )}
        <Button appearance="primary" disabled={busy} onClick={submit}>
          {recording.addAssignment}
        </Button>
      </fieldset>
      <div role="status">{message !== "" && <Text>{message}</Text>}</div>
    </section>
  );
}
