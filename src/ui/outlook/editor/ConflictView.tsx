/** Both versions of an item side by side after a 412: the user's text is kept, and each changed field is chosen. */
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { conflictingFields, droppedFromTheirs, MERGE_FIELDS, mergeItem } from "../../../core";
import type { FieldChoice, MergeChoices, MergeField, MergeValues } from "../../../core";
import { useStrings } from "../../i18n";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", marginTop: tokens.spacingVerticalS },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalXS, verticalAlign: "top", whiteSpace: "pre-wrap" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  outcome: { display: "block", marginTop: tokens.spacingVerticalS },
});

/** Props of ConflictView. */
export interface ConflictViewProps {
  /** The version the user started editing from: tells whose edit a difference is. */
  base: MergeValues;
  mine: MergeValues;
  theirs: MergeValues;
  choices: MergeChoices;
  onChoose: (field: MergeField, choice: FieldChoice) => void;
  onMerge: () => void;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** Renders the comparison, a choice per changed field, what the merge would replace, and the ways on. */
export function ConflictView({ base, mine, theirs, choices, onChoose, onMerge, onKeepMine, onUseTheirs }: ConflictViewProps): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const changed = new Set(conflictingFields(mine, theirs));
  const labels: Record<MergeField, string> = {
    title: outlook.titleLabel,
    startTime: outlook.startTimeLabel,
    presenter: outlook.presenterLabel,
    proposedDecisions: outlook.decisionsLabel,
    description: outlook.descriptionLabel,
    kind: outlook.kindLabel,
  };
  const show = (values: MergeValues, field: MergeField): string => {
    if (field === "kind") return outlook.kinds[values.kind];
    if (field === "proposedDecisions") return values.proposedDecisions.join("\n");
    return values[field] ?? "";
  };
  const dropped = droppedFromTheirs(base, theirs, mergeItem(mine, theirs, choices));
  const droppedText = [...dropped.fields.map((field) => labels[field]), ...dropped.clauses.map(outlook.mergeClause)].join(", ");
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{outlook.conflictTitle}</MessageBarTitle> {outlook.conflictBody}
        <table className={styles.table}>
          <thead>
            <tr>
              <td className={styles.cell} />
              <th scope="col" className={styles.cell}>
                {outlook.conflictMine}
              </th>
              <th scope="col" className={styles.cell}>
                {outlook.conflictTheirs}
              </th>
              <th scope="col" className={styles.cell}>
                {outlook.conflictChoice}
              </th>
            </tr>
          </thead>
          <tbody>
            {MERGE_FIELDS.map((field) => (
              <tr key={field}>
                <th scope="row" className={styles.cell}>
                  {labels[field]} {changed.has(field) && <Badge appearance="tint" color="warning">{outlook.conflictChanged}</Badge>}
                </th>
                <td className={styles.cell}>{show(mine, field)}</td>
                <td className={styles.cell}>{show(theirs, field)}</td>
                <td className={styles.cell}>
                  {changed.has(field) ? (
                    <RadioGroup aria-label={outlook.choiceGroup(labels[field])} value={choices[field] ?? "mine"} onChange={(_, data) => onChoose(field, data.value as FieldChoice)}>
                      <Radio value="mine" label={outlook.choiceMine} />
                      <Radio value="theirs" label={outlook.choiceTheirs} />
                      {field === "proposedDecisions" && <Radio value="both" label={outlook.choiceBoth} />}
                    </RadioGroup>
                  ) : (
                    outlook.conflictSame
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Text className={styles.outcome}>{droppedText === "" ? outlook.mergeKeepsBoth : outlook.mergeDrops(droppedText)}</Text>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={onMerge}>
            {outlook.saveMerge}
          </Button>
          <Button onClick={onKeepMine}>{outlook.keepMine}</Button>
          <Button onClick={onUseTheirs}>{outlook.useTheirs}</Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
