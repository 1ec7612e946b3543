/** "Kom kl" / "Gick kl": one tap sets now (rounded), then an editable time; blank returns to the tap. */
import { Button, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { TimeProblem } from "../../../app";
import { useStrings } from "../../i18n";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase200 },
  input: { width: "6.5em", maxWidth: "100%" },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/** Props of TimeField. */
export interface TimeFieldProps {
  /** "Kom kl" or "Gick kl". */
  label: string;
  /** Whose time: the accessible name is "Kom kl, Anna Berg" (the visible label first, WCAG 2.5.3). */
  person: string;
  value: string | null;
  /** One tap: now, rounded. */
  onNow: () => void;
  /** A typed time; returns why it was refused, or null when taken. */
  onCommit: (typed: string) => TimeProblem | null;
}

/** Renders the button or, once a time is set, the time to edit. */
export function TimeField({ label, person, value, onNow, onCommit }: TimeFieldProps): JSX.Element {
  const styles = useStyles();
  const { teams } = useStrings();
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState(value ?? "");
  const [problem, setProblem] = useState<TimeProblem | null>(null);
  const [editing, setEditing] = useState(false);
  // Typed since the last commit: Enter then leaving the field commits once, not twice.
  const dirty = useRef(false);
  const focusAfter = useRef<"input" | "button" | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // What is stored shows unless the user is typing or their text was refused (it stays to be corrected).
  useEffect(() => {
    if (!editing && problem === null) setText(value ?? "");
  }, [value, editing, problem]);

  // The button and the input replace each other: focus follows, so a keyboard user keeps their place.
  useEffect(() => {
    if (focusAfter.current === "input") inputRef.current?.focus();
    if (focusAfter.current === "button") buttonRef.current?.focus();
    focusAfter.current = null;
  });

  const commit = (): void => {
    setEditing(false);
    if (!dirty.current) return;
    dirty.current = false;
    const refused = onCommit(text);
    setProblem(refused);
    if (refused === null && text.trim() === "") focusAfter.current = "button";
  };

  const message = problem === null ? null : { empty: teams.presence.timeEmpty, format: teams.presence.timeFormat, range: teams.presence.timeRange, leftBeforeArrived: teams.presence.leftBeforeArrived }[problem];

  if (value === null && !editing && problem === null) {
    return (
      <div className={styles.field}>
        <Button
          ref={buttonRef}
          size="small"
          aria-label={`${label}, ${person}`}
          onClick={() => {
            focusAfter.current = "input";
            onNow();
          }}
        >
          {label}
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.field}>
      <label htmlFor={inputId} className={styles.label}>
        {label}
      </label>
      <Input
        id={inputId}
        ref={inputRef}
        size="small"
        className={styles.input}
        aria-label={`${label}, ${person}`}
        inputMode="numeric"
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? errorId : undefined}
        onChange={(_, data) => {
          setEditing(true);
          dirty.current = true;
          setText(data.value);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
          if (event.key === "Escape") {
            setEditing(false);
            dirty.current = false;
            setProblem(null);
            setText(value ?? "");
            if (value === null) focusAfter.current = "button";
          }
        }}
      />
      {message !== null && (
        <Text id={errorId} role="alert" className={styles.error}>
          {message}
        </Text>
      )}
    </div>
  );
}
