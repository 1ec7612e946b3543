/** Says why the page shows another demo user than the link (or the remembered choice) asked for. */
import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";

const useStyles = makeStyles({ root: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, "@media print": { display: "none" } } });

/** A requested demo user that could not be used, and who is shown instead. */
export interface DemoUserMismatch {
  wanted: string;
  reason: "malformed" | "unknown";
  shownAs: string;
}

/** A warning bar under the demo bar. */
export function DemoUserNotice({ mismatch }: { mismatch: DemoUserMismatch }): JSX.Element {
  const styles = useStyles();
  const { common } = useStrings();
  const text = mismatch.reason === "malformed" ? common.demoUserMalformed(mismatch.wanted, mismatch.shownAs) : common.demoUserUnknown(mismatch.wanted, mismatch.shownAs);
  return (
    <MessageBar className={styles.root} intent="warning" layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
