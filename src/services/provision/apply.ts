/** Turns the check's actions into Graph requests: a list with its columns in one POST, a missing column in one POST, a missing index in one PATCH. */
import type { ColumnSpec, ProvisionAction } from "../../core";
import type { GraphContext } from "../graph/context";
import { segment } from "../graph/paths";
import { sitePath } from "./site-reader";

/** A columnDefinition for Graph: one type facet, a multi-line text as text.allowMultipleLines. */
export function columnDefinition(name: string, spec: ColumnSpec): Record<string, unknown> {
  const body: Record<string, unknown> = { name, displayName: spec.displayName };
  switch (spec.type) {
    case "text":
      body.text = {};
      break;
    case "note":
      body.text = { allowMultipleLines: true };
      break;
    case "number":
      body.number = {};
      break;
    case "dateTime":
      body.dateTime = {};
      break;
    case "boolean":
      body.boolean = {};
      break;
    case "choice":
      body.choice = { allowTextEntry: false, choices: [...(spec.choices ?? [])], displayAs: "dropDownMenu" };
      break;
  }
  if (spec.indexed) body.indexed = true;
  return body;
}

/** What one action did, in Swedish, for the command's output. */
export function describeAction(action: ProvisionAction): string {
  if (action.kind === "createList") {
    const what = action.list.template === "documentLibrary" ? "dokumentbiblioteket" : "listan";
    return `Skapade ${what} ${action.list.displayName} med kolumnerna ${action.columns.map(([n]) => n).join(", ")}.`;
  }
  if (action.kind === "indexColumn") return `Indexerade kolumnen ${action.name} i ${action.list.displayName}.`;
  return `Skapade kolumnen ${action.name} (${action.column.type}${action.column.indexed ? ", indexerad" : ""}) i ${action.list.displayName}.`;
}

/** Sends one action's request. */
export async function applyAction(ctx: GraphContext, action: ProvisionAction): Promise<void> {
  const site = sitePath(ctx);
  if (action.kind === "createList") {
    await ctx.http.json({
      method: "POST",
      path: `${site}/lists`,
      body: { displayName: action.list.displayName, columns: action.columns.map(([n, s]) => columnDefinition(n, s)), list: { template: action.list.template } },
    });
    return;
  }
  if (action.kind === "indexColumn") {
    await ctx.http.json({ method: "PATCH", path: `${site}/lists/${segment(action.listId)}/columns/${segment(action.columnId)}`, body: { indexed: true } });
    return;
  }
  await ctx.http.json({ method: "POST", path: `${site}/lists/${segment(action.listId)}/columns`, body: columnDefinition(action.name, action.column) });
}
