/** Previous/next buttons and the "Punkt n av m" position, announced politely as it changes. */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import type { CurrentItem } from "./useCurrentItem";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** Props of ItemStepper. */
export interface ItemStepperProps {
  current: CurrentItem;
  count: number;
  size?: "medium" | "large";
}

/** Renders the stepping controls. */
export function ItemStepper({ current, count, size = "medium" }: ItemStepperProps): JSX.Element {
  const styles = useStyles();
  const { teams } = useStrings();
  return (
    <div className={styles.root}>
      <Button size={size} onClick={current.previous} disabled={current.number <= 1}>
        {teams.previousItem}
      </Button>
      <Button size={size} onClick={current.next} disabled={current.number >= count}>
        {teams.nextItem}
      </Button>
      <Text aria-live="polite" size={size === "large" ? 500 : 300}>
        {teams.itemPosition(current.number, count)}
      </Text>
    </div>
  );
}
