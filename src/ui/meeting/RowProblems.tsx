/** The secretariat's marking on a row kept although a field was missing or bad: what to correct in SharePoint. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RowProblem, CommonStrings } from "../../core";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  note: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteYellowBorderActive}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  label: { fontWeight: tokens.fontWeightSemibold },
});

/** One problem as a sentence in the UI's language. */
export function rowProblemText(problem: RowProblem, common: CommonStrings): string {
  switch (problem.code) {
    case "missingOrder":
      return common.rowMissingOrder;
    case "unknownKind":
      return common.rowUnknownKind(problem.value);
    case "missingTitle":
      return common.rowMissingTitle;
    case "badField":
      return common.rowBadField(problem.field);
    case "unknownResponse":
      return common.rowUnknownResponse(problem.value);
  }
}

/** Props of RowProblems. */
export interface RowProblemsProps {
  problems: readonly RowProblem[];
}

/** Renders the problems as one note, or nothing when there are none (the caller decides who sees it). */
export function RowProblems({ problems }: RowProblemsProps): JSX.Element | null {
  const styles = useStyles();
  const { common } = useStrings();
  if (problems.length === 0) return null;
  return (
    <p className={styles.note} data-testid="row-problems">
      <span className={styles.label}>{common.rowProblemsLabel}</span> {problems.map((problem) => rowProblemText(problem, common)).join(". ")}.
    </p>
  );
}
