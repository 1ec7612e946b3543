/**
 * Compares the site contract with what a site has: one row per list and column with its status, and the changes
 * that would make the site fit. Pure: the provisioner reads the site through Graph and applies the plan itself.
 */
import type { ColumnSpec, ColumnType, ListSpec } from "./columns";
import { columnsOf } from "./columns";

/** A column as found on the site (from Graph's columnDefinition); `type` is null for a type the product does not use. */
export interface FoundColumn {
  /** The columnDefinition's id, to index the column later. */
  id?: string;
  name: string;
  type: ColumnType | null;
  /** The facet Graph named, for the report when `type` is null (e.g. "personOrGroup"). */
  typeLabel: string;
  indexed: boolean;
  choices?: readonly string[];
}

/** A list as found on the site, or null when the site has none of that title. */
export interface FoundList {
  id: string;
  template: string;
  columns: readonly FoundColumn[];
}

/** How one column (or list) of the contract stands on the site. */
export type CheckStatus = "finns" | "saknas" | "fel typ" | "saknar index" | "saknar val";

/** One row of the check's table. */
export interface CheckRow {
  list: string;
  /** null for the list itself. */
  column: string | null;
  expected: string;
  found: string;
  status: CheckStatus;
  /** The product cannot work on the site while this row is not "finns". */
  blocking: boolean;
  /** What the site owner does about it when the provisioner cannot (Swedish). */
  advice?: string;
}

/** A change the provisioner makes. */
export type ProvisionAction =
  | { kind: "createList"; list: ListSpec; columns: [string, ColumnSpec][] }
  | { kind: "createColumn"; list: ListSpec; listId: string; name: string; column: ColumnSpec }
  /** Adding an index changes no data and no type: the one change the provisioner makes to an existing column. */
  | { kind: "indexColumn"; list: ListSpec; listId: string; name: string; columnId: string };

/** The check of one site: the table, and the changes that would add what is missing. */
export interface SiteCheck {
  rows: CheckRow[];
  actions: ProvisionAction[];
  /** Whether the product can work on the site as it is. */
  usable: boolean;
}

/** Human form of a column's type, as the table shows it. */
export function describeType(type: ColumnType, indexed: boolean, choices?: readonly string[]): string {
  const base = type === "choice" && choices ? `choice (${choices.join("/")})` : type;
  return indexed ? `${base}, indexerad` : base;
}

function describeFound(c: FoundColumn): string {
  return describeType(c.type ?? (c.typeLabel as ColumnType), c.indexed, c.type === "choice" ? c.choices : undefined);
}

function checkColumn(list: ListSpec, name: string, spec: ColumnSpec, found: FoundColumn | undefined): CheckRow {
  const expected = describeType(spec.type, spec.indexed, spec.choices);
  const row = { list: list.displayName, column: name, expected };
  if (!found) return { ...row, found: "–", status: "saknas", blocking: spec.required };
  if (found.type !== spec.type) {
    return {
      ...row,
      found: describeFound(found),
      status: "fel typ",
      blocking: true,
      advice: `Kolumnen ${name} i ${list.displayName} har fel typ. Provisioneringen ändrar aldrig en befintlig kolumn: byt namn på den eller ta bort den i listans inställningar (kontrollera först att den inte har data som behövs) och kör npm run provision igen.`,
    };
  }
  const missingChoices = (spec.choices ?? []).filter((c) => !(found.choices ?? []).includes(c));
  if (missingChoices.length > 0) {
    return {
      ...row,
      found: describeFound(found),
      status: "saknar val",
      blocking: true,
      advice: `Lägg till ${missingChoices.map((c) => `"${c}"`).join(", ")} som val i kolumnen ${name} (listinställningar → kolumnen → val).`,
    };
  }
  if (spec.indexed && !found.indexed) {
    return {
      ...row,
      found: describeFound(found),
      status: "saknar index",
      blocking: true,
      advice: `Kolumnen ${name} i ${list.displayName} saknar index: npm run provision lägger till det (eller för hand: Listinställningar → Indexerade kolumner → Skapa ett nytt index → ${name}).`,
    };
  }
  return { ...row, found: describeFound(found), status: "finns", blocking: false };
}

/** Checks the site's lists against the contract; `found` maps a list's display name to what the site has. */
export function checkSite(contract: readonly ListSpec[], found: ReadonlyMap<string, FoundList | null>): SiteCheck {
  const rows: CheckRow[] = [];
  const actions: ProvisionAction[] = [];
  for (const list of contract) {
    const have = found.get(list.displayName) ?? null;
    const columns = columnsOf(list);
    if (have === null) {
      rows.push({ list: list.displayName, column: null, expected: list.template, found: "–", status: "saknas", blocking: true });
      for (const [name, spec] of columns) rows.push({ list: list.displayName, column: name, expected: describeType(spec.type, spec.indexed, spec.choices), found: "–", status: "saknas", blocking: spec.required });
      actions.push({ kind: "createList", list, columns: columns.filter(([, spec]) => spec.builtIn !== true) });
      continue;
    }
    if (have.template !== list.template) {
      rows.push({
        list: list.displayName,
        column: null,
        expected: list.template,
        found: have.template,
        status: "fel typ",
        blocking: true,
        advice: `${list.displayName} finns men är inte en ${list.template === "documentLibrary" ? "dokumentbibliotek" : "lista"}. Byt namn på den befintliga och kör npm run provision igen.`,
      });
      continue;
    }
    rows.push({ list: list.displayName, column: null, expected: list.template, found: have.template, status: "finns", blocking: false });
    for (const [name, spec] of columns) {
      const row = checkColumn(list, name, spec, have.columns.find((c) => c.name === name));
      rows.push(row);
      if (row.status === "saknas" && spec.builtIn !== true) actions.push({ kind: "createColumn", list, listId: have.id, name, column: spec });
      const found = have.columns.find((c) => c.name === name);
      if (row.status === "saknar index" && found?.id !== undefined) actions.push({ kind: "indexColumn", list, listId: have.id, name, columnId: found.id });
    }
  }
  return { rows, actions, usable: rows.every((r) => !r.blocking) };
}
