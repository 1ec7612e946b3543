/**
 * What one field of a list row is, declared once: its column, how a raw Graph value is read (tolerantly, naming what
 * was wrong), its default, how it is written back, how a save conflict merges it, its label and where it shows.
 * The readers here are the shared parts of those declarations.
 */
import { joinDecisions, splitDecisions } from "../decisions";
import { parseStartTime } from "../format";
import type { Strings } from "../i18n/sv";
import { quotedValue } from "../rowProblems";
import type { RowProblem } from "../rowProblems";

/** Where a field is shown: the Teams tab, the kallelse, the protokoll, the Outlook editor, the meeting's record. */
export type FieldSurface = "tab" | "kallelse" | "protokoll" | "editor" | "record";

/** Who writes a field: the Outlook editor (the agenda's content) or the meeting's record; the other never does. */
export type FieldWriter = "editor" | "record";

/**
 * How a save conflict compares and merges a field: `text` ignores surrounding space, `clauses` compares clause by
 * clause as people read them and may keep both versions' clauses, `choice` compares codes, `time` compares "09.40".
 */
export type MergeKind = "text" | "clauses" | "choice" | "time";

/** The merge kinds a value type allows (a clause list merges as clauses, a single value in one of the other ways). */
export type MergeKindOf<T> = [T] extends [readonly string[]] ? "clauses" : [T] extends [string | null] ? Exclude<MergeKind, "clauses"> : never;

/** A value as a Graph fieldValueSet carries it (null clears the column). */
export type GraphFieldValue = string | number | null;

type StringKey<A extends keyof Strings> = { [K in keyof Strings[A]]: Strings[A][K] extends string ? K : never }[keyof Strings[A]];

/** A label in the UI strings: its area and its key (a plain string in every language). */
export type LabelRef = { [A in keyof Strings]: readonly [A, StringKey<A>] }[keyof Strings];

/** What a reader gets besides the raw value: the row's other raw fields, and where to name what was wrong. */
export interface ParseContext {
  /** The row's raw fieldValueSet (a default may depend on another column, as Kind does on ProposedDecisions). */
  readonly fields: Readonly<Record<string, unknown>>;
  /** Names a problem of the row; the row is kept. */
  problem(problem: RowProblem): void;
  /** Names this field's column as unreadable. */
  bad(): void;
}

/** One field of a row, as declared in a field table. */
export interface FieldSpec<T, C extends string = string> {
  /** The SharePoint column (internal name) that holds it. */
  readonly column: C;
  /** A raw Graph field value to the value; never throws: a bad value gives a fallback and a problem. */
  readonly parse: (raw: unknown, context: ParseContext) => T;
  /** The value of a new row. */
  readonly default: T;
  /** The value as a Graph field value. */
  readonly write: (value: T) => GraphFieldValue;
  readonly merge: MergeKindOf<T>;
  /** Its name in the UI (the conflict view, the record). */
  readonly label: LabelRef;
  readonly shows: readonly FieldSurface[];
  readonly writer: FieldWriter;
}

/** The label's text in the given language. */
export function labelOf(strings: Strings, [area, key]: LabelRef): string {
  return (strings[area] as unknown as Record<string, string>)[key] as string;
}

/** A text column: SharePoint omits an empty one (read as ""); anything but text is named and read as "". */
export function readText(raw: unknown, context: ParseContext): string {
  if (raw === undefined || raw === null) return "";
  if (typeof raw === "string") return raw;
  context.bad();
  return "";
}

/** A text column whose empty value means "none". */
export function readOptionalText(raw: unknown, context: ParseContext): string | null {
  const text = readText(raw, context);
  return text.trim() === "" ? null : text;
}

/** A multi-line column of "att"-clauses, one a line. */
export function readClauses(raw: unknown, context: ParseContext): string[] {
  return splitDecisions(readText(raw, context));
}

/** Clauses as the list stores them, one a line. */
export function writeClauses(clauses: readonly string[]): string {
  return joinDecisions([...clauses]);
}

/** "09.40" typed by people: an unreadable time is left out rather than failing the agenda. */
export function readTime(raw: unknown, context: ParseContext): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== "string") {
    context.bad();
    return null;
  }
  return parseStartTime(raw);
}

/**
 * A choice column to its code, read as people type it (any case, spaces around); empty gives `empty`, an unknown value
 * gives `empty` and is named by `unknown` (the column may allow fill-in values).
 */
export function readChoice<T>(raw: unknown, choices: Readonly<Record<string, T>>, empty: T, unknown: (value: string) => RowProblem, context: ParseContext): T {
  if (raw === undefined || raw === null || raw === "") return empty;
  const key = typeof raw === "string" ? raw.trim().toLowerCase() : undefined;
  if (key !== undefined && Object.prototype.hasOwnProperty.call(choices, key)) return choices[key] as T;
  context.problem(unknown(quotedValue(raw)));
  return empty;
}
