/**
 * Columns as Graph's columnDefinition: the demo lists' columns derived from the site contract (src/core/schema), their
 * JSON, and a column read back from a create request (POST …/lists with columns, POST …/lists/{l}/columns).
 */
import { createHash } from "node:crypto";
import type { ColumnSpec, ListSpec } from "../core";
import { columnsOf } from "../core";
import type { DemoColumn, DemoList } from "./data-types";
import { errors } from "./graph-response";

/** One contract column as the demo stores it. */
export function demoColumn(name: string, spec: ColumnSpec): DemoColumn {
  const out: DemoColumn = { name, displayName: spec.displayName, type: spec.type };
  if (spec.choices) out.choices = [...spec.choices];
  if (spec.indexed) out.indexed = true;
  return out;
}

/** The demo columns of a contract list, in its declaration order. */
export function demoColumnsOf(list: ListSpec): DemoColumn[] {
  return columnsOf(list).map(([name, spec]) => demoColumn(name, spec));
}

function columnId(list: DemoList, column: DemoColumn): string {
  if (column.id !== undefined) return column.id;
  const h = createHash("sha256").update(`${list.id}:${column.name}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function facet(column: DemoColumn): Record<string, unknown> {
  switch (column.type) {
    case "text":
      return { text: { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255 } };
    case "note":
      return { text: { allowMultipleLines: true, appendChangesToExistingText: false, linesForEditing: 6, maxLength: 63999 } };
    case "number":
      return { number: { decimalPlaces: "automatic", displayAs: "number", maximum: 1.7976931348623157e308, minimum: -1.7976931348623157e308 } };
    case "choice":
      return { choice: { allowTextEntry: false, choices: column.choices ?? [], displayAs: "dropDownMenu" } };
    case "dateTime":
      return { dateTime: { displayAs: "default", format: "dateTime" } };
    case "boolean":
      return { boolean: {} };
  }
}

/** A column as Graph's columnDefinition. */
export function columnJson(list: DemoList, column: DemoColumn): Record<string, unknown> {
  return {
    columnGroup: "Custom Columns",
    description: "",
    displayName: column.displayName ?? column.name,
    enforceUniqueValues: false,
    hidden: false,
    id: columnId(list, column),
    indexed: column.indexed === true,
    name: column.name,
    readOnly: false,
    required: false,
    ...facet(column),
  };
}

const FACETS = ["text", "number", "choice", "dateTime", "boolean"] as const;

/** A columnDefinition from a create request; exactly one type facet, as SharePoint requires. */
export function columnFromDefinition(raw: unknown): DemoColumn {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw errors.invalidRequest("A columnDefinition object was expected.");
  const body = raw as Record<string, unknown>;
  const name = body.name;
  if (typeof name !== "string" || !/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(name)) throw errors.invalidRequest(`Invalid column name '${String(name)}'.`);
  const given = FACETS.filter((f) => body[f] !== undefined);
  if (given.length !== 1) throw errors.invalidRequest(`Column '${name}' needs exactly one type facet (${FACETS.join(", ")}); the demo tenant supports no other.`);
  const kind = given[0] as (typeof FACETS)[number];
  const facetBody = (body[kind] ?? {}) as Record<string, unknown>;
  const out: DemoColumn = { name, type: kind === "text" && facetBody.allowMultipleLines === true ? "note" : kind };
  if (typeof body.displayName === "string" && body.displayName !== "") out.displayName = body.displayName;
  if (kind === "choice") {
    const choices = facetBody.choices;
    if (!Array.isArray(choices) || !choices.every((c) => typeof c === "string")) throw errors.invalidRequest(`Column '${name}': choice.choices must be a list of strings.`);
    out.choices = choices as string[];
  }
  if (body.indexed === true) {
    if (out.type === "note") throw errors.invalidRequest(`Column '${name}': a multi-line text column cannot be indexed.`);
    out.indexed = true;
  }
  return out;
}
