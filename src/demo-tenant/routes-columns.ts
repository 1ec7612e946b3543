/** Creating lists and columns: POST /sites/{s}/lists (with columns), GET/POST /sites/{s}/lists/{l}/columns, PATCH one (its index). */
import { createHash, randomUUID } from "node:crypto";
import type { DemoColumn, DemoList, DemoSite } from "./data-types";
import { errors, json } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import { columnFromDefinition, columnJson } from "./list-columns";
import { applySelect, option, parseSelect } from "./odata";
import { graphRootOf, readJsonObject } from "./route-context";
import type { RouteContext } from "./route-context";
import { listJson } from "./sharepoint-json";
import { findList } from "./sharepoint-model";
import { newVersioned, touch } from "./store";

/** Columns every new list has; a document library's Title is its files' title. */
const BUILT_IN: DemoColumn[] = [{ name: "Title", displayName: "Rubrik", type: "text" }];

/** The URL name SharePoint derives from a title; the demo keeps letters and digits, å/ä/ö as a/a/o. */
function urlName(displayName: string): string {
  const folded = displayName.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return folded.replace(/[^A-Za-z0-9]/g, "") || `Lista${Date.now()}`;
}

function addColumn(list: DemoList, column: DemoColumn): void {
  if (list.columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
    throw errors.invalidRequest(`A duplicate field name "${column.name}" was found.`);
  }
  list.columns.push({ ...column, id: randomUUID() });
}

/** POST /sites/{s}/lists: a list or document library, with the columns given. */
export function createList(ctx: RouteContext, site: DemoSite): GraphResponse {
  const body = readJsonObject(ctx);
  const displayName = body.displayName;
  if (typeof displayName !== "string" || displayName.trim() === "") throw errors.invalidRequest("displayName is required.");
  const template = (body.list as { template?: unknown } | undefined)?.template ?? "genericList";
  if (template !== "genericList" && template !== "documentLibrary") throw errors.invalidRequest(`The demo tenant creates genericList and documentLibrary, not '${String(template)}'.`);
  if (findList(site, displayName) || findList(site, urlName(displayName))) throw errors.nameAlreadyExists(displayName);
  const rawColumns = body.columns ?? [];
  if (!Array.isArray(rawColumns)) throw errors.invalidRequest("columns must be a collection of columnDefinition.");
  const list: DemoList = {
    id: randomUUID(),
    name: urlName(displayName),
    displayName,
    template,
    columns: BUILT_IN.map((c) => ({ ...c, id: randomUUID() })),
    items: [],
    nextItemId: 1,
    ...newVersioned(ctx.user.mail),
  };
  // Every column is read before the list exists, so a bad one creates nothing.
  for (const raw of rawColumns) addColumn(list, columnFromDefinition(raw));
  if (template === "documentLibrary") {
    const seed = createHash("sha256").update(list.id).digest("hex");
    list.drive = {
      id: `b!${Buffer.from(seed, "hex").toString("base64url")}`,
      name: displayName,
      items: [{ id: `01${seed.slice(0, 32).toUpperCase()}`, listItemId: "0", name: "root", parentId: null, kind: "folder", fields: {}, ...newVersioned(ctx.user.mail) }],
    };
  }
  site.lists.push(list);
  ctx.store.saved();
  return json(201, { "@odata.context": `${graphRootOf(ctx)}/$metadata#sites('${site.id}')/lists/$entity`, ...listJson(ctx.origin, site, list) });
}

/** PATCH …/columns/{id}: the demo changes `indexed` and `displayName`; a type change it refuses rather than guess at. */
function patchColumn(ctx: RouteContext, list: DemoList, column: DemoColumn): void {
  const body = readJsonObject(ctx);
  for (const key of Object.keys(body)) {
    if (key !== "indexed" && key !== "displayName" && !key.startsWith("@odata.")) throw errors.invalidRequest(`The demo tenant does not change '${key}' of a column.`);
  }
  if (body.indexed !== undefined) {
    if (typeof body.indexed !== "boolean") throw errors.invalidRequest("indexed must be a boolean.");
    if (body.indexed && column.type === "note") throw errors.invalidRequest(`Column '${column.name}': a multi-line text column cannot be indexed.`);
    if (body.indexed) column.indexed = true;
    else delete column.indexed;
  }
  if (typeof body.displayName === "string" && body.displayName !== "") column.displayName = body.displayName;
  touch(list, ctx.user.mail);
  ctx.store.saved();
}

/** GET and POST /sites/{s}/lists/{l}/columns; GET and PATCH …/columns/{id or name}. */
export function listColumns(ctx: RouteContext, site: DemoSite, list: DemoList, rest: string[]): GraphResponse {
  const [columnId, ...more] = rest;
  if (more.length > 0) throw errors.segmentNotFound(more[0] ?? "");
  const context = `${graphRootOf(ctx)}/$metadata#sites('${site.id}')/lists('${list.id}')/columns`;
  if (columnId !== undefined) {
    const column = list.columns.find((c) => columnJson(list, c).id === columnId || c.name === columnId);
    if (!column) throw errors.itemNotFound("Column not found");
    if (ctx.method === "PATCH") patchColumn(ctx, list, column);
    else if (ctx.method !== "GET") throw errors.methodNotAllowed();
    return json(200, { "@odata.context": `${context}/$entity`, ...columnJson(list, column) });
  }
  if (ctx.method === "POST") {
    const column = columnFromDefinition(readJsonObject(ctx));
    addColumn(list, column);
    touch(list, ctx.user.mail);
    ctx.store.saved();
    const added = list.columns[list.columns.length - 1] as DemoColumn;
    return json(201, { "@odata.context": `${context}/$entity`, ...columnJson(list, added) });
  }
  if (ctx.method !== "GET") throw errors.methodNotAllowed();
  const select = parseSelect(option(ctx.query, "select"));
  return json(200, { "@odata.context": context, value: list.columns.map((c) => applySelect(columnJson(list, c), select)) });
}
