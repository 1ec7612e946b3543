/** Both versions of an item side by side after a 412: the user's text is kept, the changed fields are marked. */
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import type { ItemFields } from "./itemFields";
import { changedFields } from "./itemFields";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", marginTop: tokens.spacingVerticalS },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalXS, verticalAlign: "top", whiteSpace: "pre-wrap" },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

/** Props of ConflictView. */
export interface ConflictViewProps {
  mine: ItemFields;
  theirs: ItemFields;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** Renders the comparison and the two ways on. */
export function ConflictView({ mine, theirs, onKeepMine, onUseTheirs }: ConflictViewProps): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const changed = new Set(changedFields(mine, theirs));
  const labels: Record<keyof ItemFields, string> = {
    title: outlook.titleLabel,
    startTime: outlook.startTimeLabel,
    presenter: outlook.presenterLabel,
    decisions: outlook.decisionsLabel,
    description: outlook.descriptionLabel,
    kind: outlook.kindLabel,
  };
  const show = (fields: ItemFields, key: keyof ItemFields): string => (key === "kind" ? outlook.kinds[fields.kind] : fields[key]);
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
            </tr>
          </thead>
          <tbody>
            {(Object.keys(labels) as (keyof ItemFields)[]).map((key) => (
              <tr key={key}>
                <th scope="row" className={styles.cell}>
                  {labels[key]} {changed.has(key) && <Badge appearance="tint" color="warning">{outlook.conflictChanged}</Badge>}
                </th>
                <td className={styles.cell}>{show(mine, key)}</td>
                <td className={styles.cell}>{show(theirs, key)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={onKeepMine}>
            {outlook.keepMine}
          </Button>
          <Button onClick={onUseTheirs}>{outlook.useTheirs}</Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
