/** Where the item's record stands (Sparat / Sparar… / Ej sparat), announced politely, never by colour alone. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { SaveStatus } from "../../app";
import type { AppError } from "../../core";
import { errorMessage } from "../../core";
import { useLanguage, useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  warning: { fontWeight: tokens.fontWeightSemibold },
});

/** Props of SaveState. */
export interface SaveStateProps {
  status: SaveStatus;
  error: AppError | null;
}

/** Renders the save state as a live region. */
export function SaveState({ status, error }: SaveStateProps): JSX.Element {
  const styles = useStyles();
  const { recording } = useStrings();
  const language = useLanguage();
  const alarming = status === "unsaved" || status === "conflict";
  return (
    <div role="status" className={styles.root} data-save-status={status}>
      <Text size={200} className={alarming ? styles.warning : undefined}>
        {recording.status[status]}
      </Text>
      {status === "unsaved" && error !== null && <Text size={200}>{errorMessage(error.code, language)}</Text>}
    </div>
  );
}
