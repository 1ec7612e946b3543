/** Beslutsförslag as "att"-clauses: one a line in the list's ProposedDecisions column (DESIGN §2, §4). */

// A line may be typed as "att …", "samt att …", a bullet, or as the seed's bold "**att**"; the stored clause has none of it.
const BULLET = /^[-•*–]\s+/;
const LEADING_ATT = /^(?:\*\*)?(?:samt\s+)?att(?:\*\*)?\s+/i;

/** Splits text into clauses: one per line, without a leading "att "/"samt att ", trimmed, empty lines dropped. */
export function splitDecisions(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().replace(BULLET, "").replace(LEADING_ATT, "").trim())
    .filter((line) => line !== "" && !/^(?:\*\*)?(?:samt\s+)?att(?:\*\*)?$/i.test(line));
}

/** Joins clauses for the column: one a line, trimmed, empty ones dropped. */
export function joinDecisions(clauses: readonly string[]): string {
  return clauses
    .map((clause) => clause.replace(/\s+/g, " ").trim())
    .filter((clause) => clause !== "")
    .join("\n");
}
