/** Reads what the site has of the contract: its lists by title, and each list's columns as columnDefinitions. */
import type { ColumnType, FoundColumn, FoundList, ListSpec } from "../../core";
import type { GraphContext } from "../graph/context";
import { collect } from "../graph/context";
import { query, segment } from "../graph/paths";
import { asObject, optObject, optString, reqNonEmpty } from "../graph/parse/guards";

/** /sites/{configured site}. */
export function sitePath(ctx: GraphContext): string {
  return `/sites/${segment(ctx.config.siteId)}`;
}

/** The contract with the list titles this deployment configured (AGENDA_LIST, DOCUMENT_LIBRARY). */
export function contractFor(ctx: GraphContext, contract: readonly ListSpec[]): ListSpec[] {
  const configured: Partial<Record<ListSpec["key"], string>> = { agenda: ctx.config.agendaListName, library: ctx.config.libraryName };
  return contract.map((l) => ({ ...l, displayName: configured[l.key] ?? l.displayName }));
}

const FACETS: readonly string[] = ["text", "number", "choice", "dateTime", "boolean", "personOrGroup", "lookup", "currency", "calculated", "hyperlinkOrPicture", "term", "geolocation", "thumbnail", "contentApprovalStatus"];

/** A Graph columnDefinition as the check compares it; a facet the product does not use has type null. */
export function toFoundColumn(raw: unknown): FoundColumn {
  const c = asObject(raw, "columnDefinition");
  const name = reqNonEmpty(c, "name", "columnDefinition");
  const facet = FACETS.find((f) => c[f] !== undefined && c[f] !== null) ?? "okänd";
  const text = optObject(c, "text", "columnDefinition");
  let type: ColumnType | null = null;
  if (facet === "text") type = text?.allowMultipleLines === true ? "note" : "text";
  else if (facet === "number" || facet === "choice" || facet === "dateTime" || facet === "boolean") type = facet;
  const out: FoundColumn = { name, type, typeLabel: type ?? facet, indexed: c.indexed === true };
  const id = optString(c, "id", "columnDefinition");
  if (id) out.id = id;
  const choices = optObject(c, "choice", "columnDefinition")?.choices;
  if (Array.isArray(choices)) out.choices = choices.filter((x): x is string => typeof x === "string");
  return out;
}

/** The contract's lists as the site has them (null: missing), keyed by title; 1 + one request per found list. */
export async function readSite(ctx: GraphContext, contract: readonly ListSpec[]): Promise<Map<string, FoundList | null>> {
  const site = sitePath(ctx);
  const lists = await collect(ctx, await ctx.http.json({ method: "GET", path: `${site}/lists${query({ $select: "id,name,displayName,list" })}` }), "lists");
  const out = new Map<string, FoundList | null>();
  for (const spec of contract) {
    const raw = lists.map((l) => asObject(l, "list")).find((l) => (optString(l, "displayName", "list") ?? "").toLowerCase() === spec.displayName.toLowerCase());
    if (!raw) {
      out.set(spec.displayName, null);
      continue;
    }
    const id = reqNonEmpty(raw, "id", "list");
    const template = optString(optObject(raw, "list", "list") ?? {}, "template", "list.list") ?? "okänd";
    const columns = await collect(ctx, await ctx.http.json({ method: "GET", path: `${site}/lists/${segment(id)}/columns` }), "columns");
    out.set(spec.displayName, { id, template, columns: columns.map(toFoundColumn) });
  }
  return out;
}
