/** One person in Närvaro: name and role, present/absent with one tap, Kom kl / Gick kl, and how the row's save stands. */
import { Button, makeStyles, Switch, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { PresenceEntry, TimeProblem } from "../../../app";
import type { PresenceFields } from "../../../core";
import { errorMessage } from "../../../core";
import { useLanguage, useStrings } from "../../i18n";
import { TimeField } from "./TimeField";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // The times on a line of their own: a button turning into a labelled field then moves nothing else.
  times: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  save: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  failed: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1 },
});

/** Props of PersonRow. */
export interface PersonRowProps {
  entry: PresenceEntry;
  onChange: (fields: Partial<PresenceFields>) => void;
  onNow: (which: "arrived" | "left") => void;
  onTyped: (which: "arrived" | "left", typed: string) => TimeProblem | null;
  onRetry: () => void;
}

/** Renders one person. */
export function PersonRow({ entry, onChange, onNow, onTyped, onRetry }: PersonRowProps): JSX.Element {
  const styles = useStyles();
  const { teams, common } = useStrings();
  const language = useLanguage();
  const nameId = useId();
  const switchLabelId = useId();
  const { row } = entry;
  const took = row.status === "present" || row.status === "remote";
  const meta = [row.role === "member" ? null : teams.presence.roles[row.role], took && row.status === "present" ? null : teams.presence.statuses[row.status]]
    .filter((part) => part !== null)
    .join(" · ");
  return (
    <li className={styles.row}>
      <span id={nameId} className={styles.name}>
        {row.displayName}
      </span>
      {meta !== "" && <Text className={styles.meta}>{meta}</Text>}
      <Switch
        checked={took}
        label={{ children: teams.presence.presentSwitch, id: switchLabelId }}
        aria-labelledby={`${nameId} ${switchLabelId}`}
        onChange={(_, data) => onChange({ status: data.checked ? "present" : "absent" })}
      />
      <div className={styles.times}>
        <TimeField label={teams.presence.arrived} person={row.displayName} value={row.arrived} onNow={() => onNow("arrived")} onCommit={(typed) => onTyped("arrived", typed)} />
        <TimeField label={teams.presence.left} person={row.displayName} value={row.left} onNow={() => onNow("left")} onCommit={(typed) => onTyped("left", typed)} />
      </div>
      {entry.save === "saving" && <Text className={styles.save}>{teams.presence.saving}</Text>}
      {entry.save === "unsaved" && <Text className={styles.save}>{teams.presence.unsaved}</Text>}
      {entry.save === "failed" && (
        <div role="alert">
          <Text className={styles.failed}>{teams.presence.failed(errorMessage(entry.error?.code ?? "unknown", language))}</Text>{" "}
          <Button size="small" onClick={onRetry}>
            {common.retry}
          </Button>
        </div>
      )}
    </li>
  );
}
