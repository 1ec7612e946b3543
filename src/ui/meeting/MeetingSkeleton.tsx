/** Placeholder while the meeting loads, shaped like the header and the agenda. */
import { makeStyles, Skeleton, SkeletonItem, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { usePreparedMeetingStyles } from "./prepareStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, maxWidth: "720px" },
  title: { width: "60%" },
  line: { width: "40%" },
});

/** Props of MeetingSkeleton. */
export interface MeetingSkeletonProps {
  rows?: number;
}

/** A labelled progress placeholder. */
export function MeetingSkeleton({ rows = 4 }: MeetingSkeletonProps): JSX.Element {
  const styles = useStyles();
  const { common } = useStrings();
  // The wait for Graph is idle time: resolve the loaded view's styles now rather than after the answer.
  usePreparedMeetingStyles();
  return (
    <Skeleton aria-label={common.loading} className={styles.root}>
      <SkeletonItem size={32} className={styles.title} />
      <SkeletonItem size={16} className={styles.line} />
      {Array.from({ length: rows }, (_, index) => (
        <SkeletonItem key={index} size={48} />
      ))}
    </Skeleton>
  );
}
