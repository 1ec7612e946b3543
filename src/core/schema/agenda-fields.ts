/**
 * Every field of an agenda item, declared once (issue 11): its Dagordning column, how it is read and written, its
 * default, how a save conflict merges it, its label and where it shows. Parsing, writing, the lost-answer check, the
 * merge and conflict view, the editor's form and the record's writes derive from this table. It is typed over
 * `AgendaItemFields`, so a field in the interface but not here (or here but not there) fails to compile.
 */
import { OUTCOME_CHOICES, ITEM_KINDS } from "./columns";
import type { AgendaColumn } from "./columns";
import type { FieldSpec, FieldSurface, FieldWriter, ParseContext } from "./field-spec";
import { readChoice, readClauses, readOptionalText, readText, readTime, writeClauses } from "./field-spec";
import { UNTITLED } from "../rowProblems";
import type { Outcome } from "../record/types";
import type { AgendaItemFields, ItemKind } from "../types";

/** The shape every agenda field table has: one spec per field of `AgendaItemFields`, none missing, none extra. */
export type AgendaFieldTable = { readonly [K in keyof AgendaItemFields]-?: FieldSpec<AgendaItemFields[K], AgendaColumn> };

// Keeps the table's literal `shows` and `writer`, from which the editor's and the record's field lists are typed.
function fieldTable<const T extends AgendaFieldTable>(table: T): T {
  return table;
}

const KIND_CODES: Readonly<Record<string, ItemKind>> = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, kind]));
const OUTCOME_CODES: Readonly<Record<string, Outcome>> = Object.fromEntries(Object.entries(OUTCOME_CHOICES).map(([code, choice]) => [choice, code as Outcome]));

function readTitle(raw: unknown, context: ParseContext): string {
  if (typeof raw === "string" && raw.trim() !== "") return raw;
  context.problem({ code: "missingTitle" });
  return UNTITLED;
}

function readKind(raw: unknown, context: ParseContext): ItemKind {
  // An unset choice is a secretariat's omission, not broken data: an item that proposes decisions is a decision item,
  // anything else is information. An unknown value (a choice column allowing fill-in) is read the same way and named.
  const proposed = context.fields.ProposedDecisions;
  const fallback: ItemKind = typeof proposed === "string" && readClauses(proposed, context).length > 0 ? "beslut" : "information";
  return readChoice(raw, KIND_CODES, fallback, (value) => ({ code: "unknownKind", value }), context);
}

function readOutcome(raw: unknown, context: ParseContext): Outcome | null {
  return readChoice<Outcome | null>(raw, OUTCOME_CODES, null, () => ({ code: "badField", field: "Outcome" }), context);
}

const same = <T>(value: T): T => value;
const everywhere = ["tab", "kallelse", "protokoll", "editor", "record"] as const satisfies readonly FieldSurface[];

/** The fields of an agenda item; the editor shows its fields in this order. */
export const AGENDA_FIELDS = fieldTable({
  title: { column: "Title", parse: readTitle, default: "", write: same, merge: "text", label: ["outlook", "titleLabel"], shows: everywhere, writer: "editor" },
  startTime: { column: "StartTime", parse: readTime, default: null, write: same, merge: "time", label: ["outlook", "startTimeLabel"], shows: ["tab", "kallelse", "editor"], writer: "editor" },
  presenter: { column: "Presenter", parse: readText, default: "", write: same, merge: "text", label: ["outlook", "presenterLabel"], shows: everywhere, writer: "editor" },
  proposedDecisions: {
    column: "ProposedDecisions",
    parse: readClauses,
    default: [],
    write: writeClauses,
    merge: "clauses",
    label: ["outlook", "decisionsLabel"],
    shows: everywhere,
    writer: "editor",
  },
  description: {
    column: "Description",
    parse: readText,
    default: "",
    write: same,
    merge: "text",
    label: ["outlook", "descriptionLabel"],
    shows: ["tab", "protokoll", "editor", "record"],
    writer: "editor",
  },
  kind: { column: "Kind", parse: readKind, default: "beslut", write: same, merge: "choice", label: ["outlook", "kindLabel"], shows: ["tab", "kallelse", "editor"], writer: "editor" },
  outcome: {
    column: "Outcome",
    parse: readOutcome,
    default: null,
    write: (outcome) => (outcome === null ? null : OUTCOME_CHOICES[outcome]),
    merge: "choice",
    label: ["common", "fieldOutcome"],
    shows: ["tab", "protokoll", "record"],
    writer: "record",
  },
  decisions: { column: "Decisions", parse: readClauses, default: [], write: writeClauses, merge: "clauses", label: ["common", "fieldDecisions"], shows: ["tab", "protokoll", "record"], writer: "record" },
  minutes: { column: "Minutes", parse: readText, default: "", write: same, merge: "text", label: ["common", "fieldMinutes"], shows: ["tab", "protokoll", "record"], writer: "record" },
  carriedFrom: {
    column: "CarriedFrom",
    parse: readOptionalText,
    default: null,
    write: same,
    merge: "text",
    label: ["common", "fieldCarriedFrom"],
    shows: ["tab", "protokoll", "record"],
    writer: "record",
  },
});

/** The name of a field of an agenda item. */
export type AgendaFieldName = keyof AgendaItemFields;

type Table = typeof AGENDA_FIELDS;

/** The fields the given writer writes (and the other never does). */
export type FieldWrittenBy<W extends FieldWriter> = { [K in AgendaFieldName]: Table[K]["writer"] extends W ? K : never }[AgendaFieldName];

/** The fields shown on the given surface. */
export type FieldShownIn<S extends FieldSurface> = { [K in AgendaFieldName]: S extends Table[K]["shows"][number] ? K : never }[AgendaFieldName];

/** Every field, in the table's order. */
export const AGENDA_FIELD_NAMES = Object.keys(AGENDA_FIELDS) as readonly AgendaFieldName[];

/** The fields the Outlook editor writes, in the order it shows them. */
export const EDITOR_FIELDS = AGENDA_FIELD_NAMES.filter((name) => AGENDA_FIELDS[name].writer === "editor") as readonly FieldWrittenBy<"editor">[];

/** The fields the meeting's record writes. */
export const RECORD_FIELDS = AGENDA_FIELD_NAMES.filter((name) => AGENDA_FIELDS[name].writer === "record") as readonly FieldWrittenBy<"record">[];

/** The fields shown on a surface, in the table's order. */
export function fieldsShownIn<S extends FieldSurface>(surface: S): FieldShownIn<S>[] {
  return AGENDA_FIELD_NAMES.filter((name) => (AGENDA_FIELDS[name].shows as readonly FieldSurface[]).includes(surface)) as FieldShownIn<S>[];
}

// A field in the table but not in AgendaItemFields fails to compile here (the mapped type catches the missing ones).
type ExtraField = Exclude<keyof Table, AgendaFieldName>;
/** Compiles only while the table has no field the interface lacks. */
export const NO_FIELD_OUTSIDE_THE_INTERFACE: [ExtraField] extends [never] ? true : { fieldNotInInterface: ExtraField } = true;

// Every Dagordning column is either the row's identity and order or exactly one field's: a column added to the list
// without a field (so never read or written) fails to compile here.
type IdentityColumn = "MeetingKey" | "SortKey" | "ItemNumber";
type UnusedColumn = Exclude<AgendaColumn, IdentityColumn | Table[AgendaFieldName]["column"]>;
/** Compiles only while every Dagordning column has a field (or is the row's identity or order). */
export const EVERY_COLUMN_HAS_A_FIELD: [UnusedColumn] extends [never] ? true : { columnWithoutField: UnusedColumn } = true;
