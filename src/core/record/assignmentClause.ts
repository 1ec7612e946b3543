/** Uppdrag read from a decision clause: "att uppdra åt sekretariatschefen att ta fram …" (the group's own wording). */

/** What a clause gives: who, what (without the leading "att"), and by when ("YYYY-MM-DD", or null: the next meeting). */
export interface ClauseAssignment {
  assignee: string;
  title: string;
  due: string | null;
}

// "uppdra åt X att …" and "ge X i uppdrag att …"; the clause may or may not keep its leading "att".
const PATTERNS: readonly RegExp[] = [/^(?:att\s+)?uppdra\s+åt\s+(.+?)\s+att\s+(.+)$/iu, /^(?:att\s+)?ge\s+(.+?)\s+i\s+uppdrag\s+att\s+(.+)$/iu];

// A deadline at the end of the clause: "till nästa möte", "till nästkommande möte", "senast 2027-03-01", "till 2027-03-01".
const NEXT_MEETING = /[\s,]+(?:till|senast\s+till|senast\s+vid)\s+(?:nästa|nästkommande)\s+(?:möte|sammanträde)$/iu;
const DATE = /[\s,]+(?:senast|till|före)(?:\s+den)?\s+(\d{4}-\d{2}-\d{2})$/iu;

function validDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The uppdrag a clause gives, or null when the clause gives none. */
export function parseAssignmentClause(clause: string): ClauseAssignment | null {
  const text = clause.replace(/\s+/g, " ").trim().replace(/[.;]+$/, "");
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const assignee = (match[1] ?? "").trim();
    let title = (match[2] ?? "").trim();
    let due: string | null = null;
    const date = DATE.exec(title);
    if (date !== null && validDate(date[1] ?? "")) {
      due = date[1] ?? null;
      title = title.slice(0, date.index).trim();
    } else {
      const next = NEXT_MEETING.exec(title);
      if (next !== null) title = title.slice(0, next.index).trim();
    }
    if (assignee === "" || title === "") return null;
    return { assignee, title, due };
  }
  return null;
}
