/** Uppdrag given under an item: from a clause ("att uppdra åt X att …") or by hand. */
import { clauseKey, parseAssignmentClause } from "../../core";
import type { AssignmentRow, ClauseAssignment, RecordPorts } from "../../core";

/** What the secretariat writes for an uppdrag by hand. */
export interface AssignmentInput {
  title: string;
  assignee: string;
  /** "YYYY-MM-DD", or null: by the next meeting. */
  due: string | null;
}

/** Why an uppdrag cannot be saved as written. */
export type AssignmentProblem = "titleMissing" | "assigneeMissing" | "dueInvalid";

/** The problems of an uppdrag as written (none: it can be saved). */
export function assignmentProblems(input: AssignmentInput): AssignmentProblem[] {
  const problems: AssignmentProblem[] = [];
  if (withoutAtt(input.title) === "") problems.push("titleMissing");
  if (input.assignee.trim() === "") problems.push("assigneeMissing");
  if (input.due !== null && !isDate(input.due)) problems.push("dueInvalid");
  return problems;
}

// The list holds what without its leading "att" (DESIGN §4a); people type it either way.
function withoutAtt(title: string): string {
  return title.trim().replace(/^att(?:\s+|$)/iu, "").trim();
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Saves an uppdrag given under the item (the store makes sure a lost answer never makes two). */
export async function addAssignment(ports: Pick<RecordPorts, "assignments">, meetingKey: string, itemId: string, input: AssignmentInput): Promise<AssignmentRow> {
  const problems = assignmentProblems(input);
  if (problems.length > 0) throw new RangeError(`Uppdraget kan inte sparas: ${problems.join(", ")}`);
  return ports.assignments.create({
    title: withoutAtt(input.title),
    meetingKey,
    itemId,
    assignee: input.assignee.trim(),
    assigneeEmail: null,
    due: input.due,
    status: "open",
    closedNote: "",
    closedAt: null,
  });
}

/** The uppdrag the item's clauses give that are not yet saved as uppdrag of the item. */
export function suggestedAssignments(decisions: readonly string[], given: readonly AssignmentRow[]): ClauseAssignment[] {
  const have = new Set(given.map((row) => clauseKey(row.title)));
  const out: ClauseAssignment[] = [];
  for (const clause of decisions) {
    const parsed = parseAssignmentClause(clause);
    if (parsed === null || have.has(clauseKey(parsed.title))) continue;
    have.add(clauseKey(parsed.title));
    out.push(parsed);
  }
  return out;
}
