/** The beslutsförslag of an item behind a disclosure button, as "att"-clauses. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useStrings } from "../i18n";
import { usePlainStyles } from "./plainStyles";

/** Classes of the beslutsförslag disclosure (exported so the loading skeleton can compute them before the data arrives). */
export const useDecisionStyles = makeStyles({
  list: { listStyleType: "none", margin: `${tokens.spacingVerticalXS} 0 0 0`, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  // The class sets display, which would override the hidden attribute's display: none. Paper cannot be clicked open,
  // so a printout shows every item's clauses.
  closed: { display: "none", "@media print": { display: "flex" } },
  clause: { fontWeight: tokens.fontWeightSemibold },
  // On screen the disclosure button names the list; on paper (no buttons) this label does.
  printLabel: { display: "none", "@media print": { display: "block", fontWeight: tokens.fontWeightSemibold } },
});

/** Props of ProposedDecisions. */
export interface ProposedDecisionsProps {
  decisions: string[];
}

/** A disclosure (a native button with aria-expanded: one per item, so no Fluent Button) revealing the proposed decisions; nothing when there are none. */
export function ProposedDecisions({ decisions }: ProposedDecisionsProps): JSX.Element | null {
  const styles = useDecisionStyles();
  const plain = usePlainStyles();
  const { teams } = useStrings();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (decisions.length === 0) return null;
  return (
    <div>
      <button type="button" className={plain.disclosure} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">{open ? "▾" : "▸"}</span>
        {teams.decisionsToggle(decisions.length)}
      </button>
      <span className={styles.printLabel} aria-hidden="true">
        {teams.decisionsHeading}
      </span>
      {/* The clauses are rendered while closed too (hidden, out of the accessibility tree): the print stylesheet shows
          them, with no script having to run before printing. */}
      <ul id={panelId} className={mergeClasses(styles.list, !open && styles.closed)} hidden={!open}>
        {decisions.map((decision, index) => (
          <li key={index}>
            <span className={styles.clause}>{teams.decisionClause}</span> {decision}
          </li>
        ))}
      </ul>
    </div>
  );
}
