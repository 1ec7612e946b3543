/** Both versions of an item after a 412, stacked per field (the pane is 350 px): the user's text is kept, each changed field is chosen. */
import { Badge, Button, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { AGENDA_FIELDS, conflictingFields, droppedFromTheirs, labelOf, MERGE_FIELDS, mergeItem, mergesClauses } from "../../../core";
import type { FieldChoice, MergeChoices, MergeField, MergeValues } from "../../../core";
import { useStrings } from "../../i18n";

const useStyles = makeStyles({
  // A plain box, not a MessageBar: its icon column and action row cost the width a 350 px pane does not have.
  box: {
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  field: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS, minWidth: 0 },
  label: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  versions: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXXS },
  value: { margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  choices: { display: "flex", flexWrap: "wrap" },
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
  /** Fields that still need a choice before the merge can be saved (both changed them); shown as errors once tried. */
  missing: readonly MergeField[];
  onChoose: (field: MergeField, choice: FieldChoice) => void;
  onMerge: () => void;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** Renders one block per field, a choice per changed field, what the merge would replace, and the ways on. */
export function ConflictView({ base, mine, theirs, choices, missing, onChoose, onMerge, onKeepMine, onUseTheirs }: ConflictViewProps): JSX.Element {
  const styles = useStyles();
  const strings = useStrings();
  const { outlook } = strings;
  const idPrefix = useId();
  const changed = new Set(conflictingFields(mine, theirs));
  const labels = Object.fromEntries(MERGE_FIELDS.map((field) => [field, labelOf(strings, AGENDA_FIELDS[field].label)])) as Record<MergeField, string>;
  const show = (values: MergeValues, field: MergeField): string => {
    if (field === "kind") return outlook.kinds[values.kind];
    const value: unknown = values[field];
    return Array.isArray(value) ? value.join("\n") : String(value ?? "");
  };
  const dropped = droppedFromTheirs(base, theirs, mergeItem(mine, theirs, choices));
  const droppedText = [...dropped.fields.map((field) => labels[field]), ...dropped.clauses.map(outlook.mergeClause)].join(", ");
  return (
    <div className={styles.box} role="alert">
      <Text className={styles.title}>{outlook.conflictTitle}</Text> <Text>{outlook.conflictBody}</Text>
        <div className={styles.fields}>
          {MERGE_FIELDS.map((field) => {
            const labelId = `${idPrefix}-${field}`;
            const unchosen = missing.includes(field);
            return (
              <div key={field} className={styles.field} role="group" aria-labelledby={labelId}>
                <h4 id={labelId} className={styles.label}>
                  {labels[field]} {changed.has(field) && <Badge appearance="tint" color="warning">{outlook.conflictChanged}</Badge>}
                </h4>
                {changed.has(field) ? (
                  <>
                    <dl className={styles.versions}>
                      <dt className={styles.term}>{outlook.conflictMine}</dt>
                      <dd className={styles.value}>{show(mine, field)}</dd>
                      <dt className={styles.term}>{outlook.conflictTheirs}</dt>
                      <dd className={styles.value}>{show(theirs, field)}</dd>
                    </dl>
                    <RadioGroup
                      className={styles.choices}
                      layout="horizontal"
                      aria-label={outlook.choiceGroup(labels[field])}
                      aria-invalid={unchosen || undefined}
                      aria-describedby={unchosen ? `${labelId}-missing` : undefined}
                      // No choice shows no radio checked: where both changed a field, nothing is preselected.
                      value={choices[field] ?? ""}
                      onChange={(_, data) => onChoose(field, data.value as FieldChoice)}
                    >
                      <Radio value="mine" label={outlook.choiceMine} />
                      <Radio value="theirs" label={outlook.choiceTheirs} />
                      {mergesClauses(field) && <Radio value="both" label={outlook.choiceBoth} />}
                    </RadioGroup>
                    {unchosen && (
                      <Text id={`${labelId}-missing`} weight="semibold">
                        {outlook.choiceNeeded}
                      </Text>
                    )}
                  </>
                ) : (
                  <Text className={styles.value}>
                    {outlook.conflictSame}: {show(mine, field)}
                  </Text>
                )}
              </div>
            );
          })}
        </div>
        <Text className={styles.outcome}>{droppedText === "" ? outlook.mergeKeepsBoth : outlook.mergeDrops(droppedText)}</Text>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={onMerge}>
            {outlook.saveMerge}
          </Button>
          <Button onClick={onKeepMine}>{outlook.keepMine}</Button>
          <Button onClick={onUseTheirs}>{outlook.useTheirs}</Button>
        </div>
    </div>
  );
}
