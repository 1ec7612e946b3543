/** One agenda item in full: number, time, title, kind, föredragande, description, beslutsförslag, bilagor. */
import { Badge, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { AgendaItem } from "../../core";
import { useStrings } from "../i18n";
import { AttachmentList } from "./AttachmentList";
import { ProposedDecisions } from "./ProposedDecisions";

const useStyles = makeStyles({
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
}

/** Renders one item as an article named by its heading. */
export function AgendaItemView({ item }: AgendaItemViewProps): JSX.Element {
  const styles = useStyles();
  const { teams } = useStrings();
  const headingId = useId();
  return (
    <article className={styles.item} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.title}>
        {item.number}. {item.title}
      </Subtitle2>
      <div className={styles.meta}>
        {item.startTime !== null && <Text>{teams.startTime(item.startTime)}</Text>}
        <Badge appearance="tint" color="informative">
          {teams.kinds[item.kind]}
        </Badge>
      </div>
      {item.presenter.trim() !== "" && (
        <p className={styles.text}>
          <span className={styles.label}>{teams.presenter}:</span> {item.presenter}
        </p>
      )}
      {item.description.trim() !== "" && <p className={styles.text}>{item.description}</p>}
      <ProposedDecisions decisions={item.proposedDecisions} />
      <AttachmentList attachments={item.attachments} label={teams.attachmentsFor(item.number)} />
    </article>
  );
}
