/** A field both people changed: both versions side by side (stacked at 320 px), the user picks; nothing is decided silently. */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { ConflictChoice } from "../../app";
import type { RecordConflict, RecordField } from "../../core";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  version: { margin: 0, whiteSpace: "pre-line", overflowWrap: "anywhere" },
  term: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Props of ConflictChoices. */
export interface ConflictChoicesProps {
  conflicts: RecordConflict[];
  onResolve: (field: RecordField, choice: ConflictChoice) => void;
}

/** Renders one message per conflicting field with the two versions and the choices. */
export function ConflictChoices({ conflicts, onResolve }: ConflictChoicesProps): JSX.Element | null {
  const styles = useStyles();
  const { recording, teams } = useStrings();
  if (conflicts.length === 0) return null;
  const show = (conflict: RecordConflict, side: "mine" | "theirs"): string => {
    if (conflict.field === "decisions") return conflict[side].map((clause) => `${teams.decisionClause} ${clause}`).join("\n");
    if (conflict.field === "outcome") {
      const outcome = conflict[side];
      return outcome === null ? recording.noOutcome : recording.outcomes[outcome];
    }
    return conflict[side];
  };
  return (
    <div className={styles.root}>
      {conflicts.map((conflict) => (
        <MessageBar key={conflict.field} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {recording.conflictHeading}: {recording.conflictFields[conflict.field]}
            </MessageBarTitle>
            <dl>
              <dt className={styles.term}>{recording.conflictMine}</dt>
              <dd className={styles.version}>{show(conflict, "mine")}</dd>
              <dt className={styles.term}>{recording.conflictTheirs}</dt>
              <dd className={styles.version}>{show(conflict, "theirs")}</dd>
            </dl>
            <div className={styles.actions}>
              <Button size="small" onClick={() => onResolve(conflict.field, "mine")}>
                {recording.keepMine}
              </Button>
              <Button size="small" onClick={() => onResolve(conflict.field, "theirs")}>
                {recording.takeTheirs}
              </Button>
              {conflict.field === "decisions" && (
                <Button size="small" onClick={() => onResolve(conflict.field, "both")}>
                  {recording.keepBoth}
                </Button>
              )}
            </div>
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
