/** The decision as "att"-clauses, edited in place: reword, add, remove; focus stays where the hand is. */
import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  clause: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  textarea: { width: "100%" },
  remove: { alignSelf: "flex-start" },
});

/** Props of ClauseEditor. */
export interface ClauseEditorProps {
  clauses: string[];
  onChange: (clauses: string[]) => void;
}

/** Renders one labelled text box per clause, each with its remove button, and the add button. */
export function ClauseEditor({ clauses, onChange }: ClauseEditorProps): JSX.Element {
  const styles = useStyles();
  const { recording } = useStrings();
  const legendId = useId();
  const boxes = useRef<Array<HTMLTextAreaElement | null>>([]);
  const addButton = useRef<HTMLButtonElement | null>(null);
  // After adding or removing, where the keyboard goes next: a clause's box, or the add button (-1).
  const [focusNext, setFocusNext] = useState<number | null>(null);
  useEffect(() => {
    if (focusNext === null) return;
    if (focusNext < 0) addButton.current?.focus();
    else boxes.current[focusNext]?.focus();
    setFocusNext(null);
  }, [focusNext]);
  return (
    <fieldset className={styles.root} aria-labelledby={legendId}>
      <legend id={legendId} className={styles.legend}>
        {recording.decisionsLabel}
      </legend>
      {clauses.map((clause, index) => (
        <div key={index} className={styles.clause}>
          <Field label={recording.clauseLabel(index + 1)}>
            <Textarea
              className={styles.textarea}
              resize="vertical"
              value={clause}
              ref={(element) => {
                boxes.current[index] = element;
              }}
              onChange={(_event, data) => onChange(clauses.map((c, i) => (i === index ? data.value : c)))}
            />
          </Field>
          <Button
            className={styles.remove}
            size="small"
            appearance="subtle"
            onClick={() => {
              onChange(clauses.filter((_c, i) => i !== index));
              setFocusNext(index > 0 ? index - 1 : clauses.length > 1 ? 0 : -1);
            }}
          >
            {recording.removeClause(index + 1)}
          </Button>
        </div>
      ))}
      <Button
        ref={addButton}
        onClick={() => {
          onChange([...clauses, ""]);
          setFocusNext(clauses.length);
        }}
      >
        {recording.addClause}
      </Button>
    </fieldset>
  );
}
