/** The beslutsförslag of one item, open, as the room reads them on the stage and the chair in the side panel. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: "inherit", fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  clause: { fontWeight: tokens.fontWeightSemibold },
});

/** Props of DecisionClauses. */
export interface DecisionClausesProps {
  decisions: string[];
  /** The heading element, so that it nests under the item's heading. */
  headingLevel: 3 | 4;
  /** The heading's text: Beslutsförslag unless given (Beslut once recorded). */
  heading?: string;
}

/** A headed list of "att"-clauses; nothing when the item proposes no decision. */
export function DecisionClauses({ decisions, headingLevel, heading }: DecisionClausesProps): JSX.Element | null {
  const styles = useStyles();
  const { teams } = useStrings();
  const headingId = useId();
  if (decisions.length === 0) return null;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Heading id={headingId} className={styles.heading}>
        {heading ?? teams.decisionsHeading}
      </Heading>
      <ul className={styles.list}>
        {decisions.map((decision, index) => (
          <li key={index}>
            <span className={styles.clause}>{teams.decisionClause}</span> {decision}
          </li>
        ))}
      </ul>
    </section>
  );
}
