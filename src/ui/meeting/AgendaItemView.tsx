/** One agenda item in full: number, time, title, kind, föredragande, description, beslutsförslag, bilagor. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { agendaItemProblems } from "../../core";
import type { AgendaItem } from "../../core";
import { useStrings } from "../i18n";
import { AttachmentList } from "./AttachmentList";
import { DecisionClauses } from "./DecisionClauses";
import { usePlainStyles } from "./plainStyles";
import { ProposedDecisions } from "./ProposedDecisions";
import { RowProblems } from "./RowProblems";

/** Classes of the agenda item (exported so the loading skeleton can compute them before the data arrives). */
export const useAgendaItemStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
  meta: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  text: { margin: 0, whiteSpace: "pre-line" },
  label: { fontWeight: tokens.fontWeightSemibold },
});

/** Props of AgendaItemView. */
export interface AgendaItemViewProps {
  item: AgendaItem;
  /** The secretariat sees what is wrong with a row read from SharePoint; members see the item only. */
  showProblems?: boolean;
}

/** Renders one item as an article named by its heading (plain elements: it repeats for every item of the meeting). */
export function AgendaItemView({ item, showProblems = false }: AgendaItemViewProps): JSX.Element {
  const styles = useAgendaItemStyles();
  const plain = usePlainStyles();
  const { teams, recording } = useStrings();
  const headingId = useId();
  const { outcome, decisions } = item;
  return (
    <article className={styles.item} aria-labelledby={headingId}>
      <h3 id={headingId} className={mergeClasses(plain.subtitle, styles.title)}>
        {item.number}. {item.title}
      </h3>
      {showProblems && <RowProblems problems={agendaItemProblems(item)} />}
      <div className={styles.meta}>
        {item.startTime !== null && <span>{teams.startTime(item.startTime)}</span>}
        <span className={plain.badge}>{teams.kinds[item.kind]}</span>
      </div>
      {item.presenter.trim() !== "" && (
        <p className={styles.text}>
          <span className={styles.label}>{teams.presenter}:</span> {item.presenter}
        </p>
      )}
      {item.description.trim() !== "" && <p className={styles.text}>{item.description}</p>}
      <ProposedDecisions decisions={item.proposedDecisions} />
      <AttachmentList attachments={item.attachments} label={teams.attachmentsFor(item.number)} showProblems={showProblems} />
      {outcome !== null && <p className={styles.text}><span className={styles.label}>{recording.outcomeShown(recording.outcomes[outcome])}</span></p>}
      <DecisionClauses decisions={decisions} headingLevel={4} heading={recording.decisionHeading} />
    </article>
  );
}
