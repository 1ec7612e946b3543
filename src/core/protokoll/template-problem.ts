/** What can be wrong with a protokoll template: the secretariat's to fix, so each is named with its placeholder. */

/** The kinds of template mistakes we explain in words. */
export type TemplateProblemKind = "unknownField" | "unclosedLoop" | "unopenedLoop" | "mismatchedLoop" | "brokenTag" | "notDocx" | "other";

/** One mistake in one template. */
export interface TemplateProblem {
  kind: TemplateProblemKind;
  /** The template's file name ("Protokollmall.docx"). */
  template: string;
  /** The placeholder as written, without braces ("närvarnde", "#items"); empty when none can be named. */
  tag: string;
}
