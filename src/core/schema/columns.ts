/**
 * The SharePoint contract of Sammanträde, declared once (DESIGN §4): every list and library the product reads or
 * writes, and each of their columns. The demo tenant's lists and the provisioner are derived from it; a later
 * extension (parse, merge, where shown) adds properties to a column's entry, keyed by the same internal name.
 */
import { OUTCOMES } from "../record/types";
import type { Outcome } from "../record/types";
import type { ItemKind } from "../types";
import { ASSIGNMENT_LIST, PRESENCE_LIST, REGISTER_LIST } from "./record-lists";

/** SharePoint column types the product uses (Graph columnDefinition facets; `note` is text with allowMultipleLines). */
export type ColumnType = "text" | "note" | "number" | "dateTime" | "choice" | "boolean";

/** One column of a list or library. */
export interface ColumnSpec {
  /** What SharePoint shows as the column's heading (Swedish). */
  readonly displayName: string;
  readonly type: ColumnType;
  /** The allowed values of a `choice` column. */
  readonly choices?: readonly string[];
  /** Filtered on by the product: without an index SharePoint refuses the filter on large lists. */
  readonly indexed: boolean;
  /** The product cannot work without it (others are read when present). */
  readonly required: boolean;
  /** Present in every list of the template (Title): never created, only checked. */
  readonly builtIn?: boolean;
}

/** SharePoint list templates the product uses. */
export type ListTemplate = "genericList" | "documentLibrary";

/** One list or library, its columns keyed by internal name. */
export interface ListSpec<C extends string = string> {
  /** Stable key of the list in the contract. */
  readonly key: "agenda" | "library" | "register" | "presence" | "assignments";
  /** Title the product addresses the list by (configurable for the agenda and the library: AGENDA_LIST, DOCUMENT_LIBRARY). */
  readonly displayName: string;
  /** URL name the demo tenant gives the list. */
  readonly name: string;
  readonly template: ListTemplate;
  readonly columns: Readonly<Record<C, ColumnSpec>>;
}

/** The Kind column's choices, which are the core's ItemKind codes themselves (keyed so that none can be missing). */
export const ITEM_KINDS = Object.keys({ beslut: 0, information: 0, diskussion: 0 } satisfies Record<ItemKind, 0>) as readonly ItemKind[];

/** The Outcome column's choice (what SharePoint shows, Swedish) for each core Outcome code. */
export const OUTCOME_CHOICES: Readonly<Record<Outcome, string>> = {
  decided: "beslutat",
  tabled: "bordlagt",
  referredBack: "återremitterat",
  noted: "noterat",
  withdrawn: "utgick",
};

/** The list "Dagordning": one row per agenda item. */
export const AGENDA_LIST = {
  key: "agenda",
  displayName: "Dagordning",
  name: "Dagordning",
  template: "genericList",
  columns: {
    Title: { displayName: "Rubrik", type: "text", indexed: false, required: true, builtIn: true },
    MeetingKey: { displayName: "Mötesnyckel", type: "text", indexed: true, required: true },
    SortKey: { displayName: "Ordningsnyckel", type: "number", indexed: false, required: true },
    ItemNumber: { displayName: "Punktnummer", type: "number", indexed: false, required: false },
    Presenter: { displayName: "Föredragande", type: "text", indexed: false, required: true },
    Description: { displayName: "Beskrivning", type: "note", indexed: false, required: true },
    ProposedDecisions: { displayName: "Förslag till beslut", type: "note", indexed: false, required: true },
    Kind: { displayName: "Typ", type: "choice", choices: ITEM_KINDS, indexed: false, required: true },
    StartTime: { displayName: "Starttid", type: "text", indexed: false, required: true },
    // The record of the meeting (DESIGN §4a): empty until the item is recorded, so not needed to show the agenda.
    Outcome: { displayName: "Utfall", type: "choice", choices: OUTCOMES.map((outcome) => OUTCOME_CHOICES[outcome]), indexed: false, required: false },
    Decisions: { displayName: "Beslut", type: "note", indexed: false, required: false },
    Minutes: { displayName: "Anteckningar", type: "note", indexed: false, required: false },
    CarriedFrom: { displayName: "Fortsättning av", type: "text", indexed: false, required: false },
  },
} as const satisfies ListSpec;

/** The library "Möteshandlingar": one folder per meeting, the bilagor inside. */
export const DOCUMENT_LIBRARY = {
  key: "library",
  displayName: "Möteshandlingar",
  name: "Moteshandlingar",
  template: "documentLibrary",
  columns: {
    Title: { displayName: "Rubrik", type: "text", indexed: false, required: false, builtIn: true },
    ItemId: { displayName: "Punktens id", type: "text", indexed: false, required: true },
    ItemNumber: { displayName: "Punktnummer", type: "number", indexed: false, required: false },
    MeetingKey: { displayName: "Mötesnyckel", type: "text", indexed: true, required: true },
    MeetingStart: { displayName: "Mötets start", type: "text", indexed: true, required: true },
    // Sammanträde's record of the permissions "Dela handlingarna" gave, one "mail<TAB>permission id" a line.
    SharedWith: { displayName: "Delad med", type: "note", indexed: false, required: true },
  },
} as const satisfies ListSpec;

/** Internal names of the agenda list's columns. */
export type AgendaColumn = keyof typeof AGENDA_LIST.columns;
/** Internal names of the library's columns. */
export type LibraryColumn = keyof typeof DOCUMENT_LIBRARY.columns;

/** Every list and library of the contract, in the order they are provisioned. */
export const SITE_CONTRACT: readonly ListSpec[] = [AGENDA_LIST, DOCUMENT_LIBRARY, REGISTER_LIST, PRESENCE_LIST, ASSIGNMENT_LIST];

/** The column entries of a list, in declaration order. */
export function columnsOf(list: ListSpec): [string, ColumnSpec][] {
  return Object.entries(list.columns);
}

/** A comma-separated $select of the given columns, checked against the list at compile time. */
export function selectOf<C extends string>(_list: ListSpec<C>, names: readonly C[]): string {
  return names.join(",");
}
