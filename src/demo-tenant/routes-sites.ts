/** SharePoint routes: /sites/{site}, its lists and list items; library drives are handed to routes-drive. */
import type { DemoList, DemoSite } from "./data-types";
import { applyFields, validateFields } from "./fields-write";
import { patchFields } from "./routes-fields";
import { empty, errors, json } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import { applySelect, matchesFilter, option, page, parseExpand, parseFilter, parseSelect } from "./odata";
import type { FilterClause } from "./odata";
import { graphRootOf, readJsonObject, selfUrl } from "./route-context";
import type { RouteContext } from "./route-context";
import { createList, listColumns } from "./routes-columns";
import { routeDrive } from "./routes-drive";
import { fieldsJson, listItemJson, listJson, siteJson } from "./sharepoint-json";
import type { ListItemRef } from "./sharepoint-model";
import { descendantsOf, driveOfList, findList, findSite, findSiteByPath, listItemsOf } from "./sharepoint-model";
import { assertSiteWrite } from "./permissions";
import { etagMatches, newVersioned } from "./store";

const NON_INDEXED_OK = "honornonindexedquerieswarningmayfailrandomly";

/** "sites/{id}" or "sites/{host}:/sites/{name}:" -> the site and the remaining segments. */
function resolveSite(ctx: RouteContext): { site: DemoSite; rest: string[] } {
  const segs = ctx.segments.slice(1);
  const first = segs[0] ?? "";
  if (first.endsWith(":")) {
    const pathParts: string[] = [];
    let i = 1;
    for (; i < segs.length; i++) {
      const s = segs[i] ?? "";
      pathParts.push(s.replace(/:$/, ""));
      if (s.endsWith(":")) break;
    }
    const site = findSiteByPath(ctx.store.current, first.slice(0, -1), `/${pathParts.join("/")}`);
    if (!site) throw errors.itemNotFound("Requested site could not be found");
    return { site, rest: segs.slice(i + 1) };
  }
  const site = findSite(ctx.store.current, first);
  if (!site) throw errors.itemNotFound("Requested site could not be found");
  return { site, rest: segs.slice(1) };
}

function checkIndexed(ctx: RouteContext, list: DemoList, clauses: FilterClause[]): void {
  if ((ctx.headers.prefer ?? "").toLowerCase().includes(NON_INDEXED_OK)) return;
  for (const c of clauses) {
    const [root, name] = c.path;
    if (root === "id" && name === undefined) continue;
    if (root !== "fields" || name === undefined) throw errors.invalidRequest(`Filtering on '${c.path.join("/")}' is not supported; use fields/<column>.`);
    if (!list.columns.some((col) => col.name === name && col.indexed === true)) {
      throw errors.invalidRequest(
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
  }
}

function orderItems(ctx: RouteContext, items: ListItemRef[]): ListItemRef[] {
  const raw = option(ctx.query, "orderby");
  if (raw === undefined) return items;
  const m = /^fields\/(\w+)(\s+(asc|desc))?$/i.exec(raw.trim());
  if (!m || m[1] === undefined) throw errors.invalidRequest(`The $orderby '${raw}' is not supported by the demo tenant.`);
  const key = m[1];
  const sorted = [...items].sort((a, b) => {
    const x = a.fields[key];
    const y = b.fields[key];
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x ?? "").localeCompare(String(y ?? ""), "sv");
  });
  return m[3]?.toLowerCase() === "desc" ? sorted.reverse() : sorted;
}

function listItems(ctx: RouteContext, site: DemoSite, list: DemoList): GraphResponse {
  const clauses = parseFilter(option(ctx.query, "filter"));
  checkIndexed(ctx, list, clauses);
  const expand = parseExpand(option(ctx.query, "expand"));
  const select = parseSelect(option(ctx.query, "select"));
  const matched = orderItems(
    ctx,
    listItemsOf(list).filter((ref) => matchesFilter({ id: ref.id, fields: ref.fields }, clauses)),
  );
  const { value, nextLink } = page(matched, ctx.query, selfUrl(ctx), 200, 999);
  const drive = driveOfList(site, list);
  return json(200, {
    "@odata.context": `${graphRootOf(ctx)}/$metadata#sites('${site.id}')/lists('${list.id}')/items`,
    value: value.map((ref) => applySelect(listItemJson(ctx.store, ctx.origin, site, list, ref, expand, drive), select, ["id", "fields"])),
    ...(nextLink ? { "@odata.nextLink": nextLink } : {}),
  });
}

function createItem(ctx: RouteContext, site: DemoSite, list: DemoList): GraphResponse {
  if (list.drive) throw errors.invalidRequest("Files and folders are created through the library's drive.");
  const body = readJsonObject(ctx);
  const values = validateFields(list, body.fields ?? {});
  const id = String(list.nextItemId);
  list.nextItemId += 1;
  const item = { id, fields: {}, ...newVersioned(ctx.user.mail) };
  applyFields(item.fields, values);
  list.items.push(item);
  ctx.store.saved();
  const ref: ListItemRef = { id, versioned: item, fields: item.fields };
  return json(201, { "@odata.context": `${graphRootOf(ctx)}/$metadata#sites('${site.id}')/lists('${list.id}')/items/$entity`, ...listItemJson(ctx.store, ctx.origin, site, list, ref, new Map([["fields", { expand: new Map() }]])) });
}

function deleteItem(ctx: RouteContext, list: DemoList, ref: ListItemRef): GraphResponse {
  if (!etagMatches(ctx.headers["if-match"], ref.versioned)) throw errors.preconditionFailed();
  if (list.drive && ref.driveItem) {
    const drive = list.drive;
    const gone = new Set([ref.driveItem.id, ...descendantsOf(drive.items, ref.driveItem.id).map((d) => d.id)]);
    drive.items = drive.items.filter((i) => !gone.has(i.id));
  } else {
    list.items = list.items.filter((i) => i.id !== ref.id);
  }
  ctx.store.saved();
  return empty(204);
}

function item(ctx: RouteContext, site: DemoSite, list: DemoList, id: string, rest: string[]): GraphResponse {
  const ref = listItemsOf(list).find((r) => r.id === id);
  if (!ref) throw errors.itemNotFound("Item not found");
  const [sub, ...more] = rest;
  if (more.length > 0) throw errors.segmentNotFound(more[0] ?? "");
  if (sub === undefined) {
    if (ctx.method === "DELETE") return deleteItem(ctx, list, ref);
    if (ctx.method !== "GET") throw errors.methodNotAllowed();
    const expand = parseExpand(option(ctx.query, "expand"));
    const body = listItemJson(ctx.store, ctx.origin, site, list, ref, expand, driveOfList(site, list));
    return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#sites('${site.id}')/lists('${list.id}')/items/$entity`, ...applySelect(body, parseSelect(option(ctx.query, "select")), ["id", "fields"]) }, { ETag: String(body.eTag) });
  }
  if (sub !== "fields") throw errors.segmentNotFound(sub);
  if (ctx.method === "PATCH") return patchFields(ctx, list, ref);
  if (ctx.method !== "GET") throw errors.methodNotAllowed();
  return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#fieldValueSet/$entity`, ...fieldsJson(list, ref, parseSelect(option(ctx.query, "select"))) });
}

/** Handles /sites/...; undefined when the path is not a site path. */
export function routeSites(ctx: RouteContext): GraphResponse | undefined {
  if (ctx.segments[0] !== "sites" || ctx.segments.length < 2) return undefined;
  const { site, rest } = resolveSite(ctx);
  // After the site is found (an unknown site stays 404 for everyone), before anything is written.
  assertSiteWrite(ctx.method, ctx.user);
  const [kind, listKey, sub, ...more] = rest;
  if (kind === undefined) {
    if (ctx.method !== "GET") throw errors.methodNotAllowed();
    return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#sites/$entity`, ...applySelect(siteJson(ctx.origin, site), parseSelect(option(ctx.query, "select"))) });
  }
  if (kind === "drive") {
    const list = site.lists.find((l) => l.drive !== undefined);
    const drive = list ? driveOfList(site, list) : undefined;
    if (!drive) throw errors.itemNotFound("The site has no document library.");
    return routeDrive(ctx, drive, rest.slice(1));
  }
  if (kind !== "lists") throw errors.segmentNotFound(kind);
  if (listKey === undefined) {
    if (ctx.method === "POST") return createList(ctx, site);
    if (ctx.method !== "GET") throw errors.methodNotAllowed();
    return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#sites('${site.id}')/lists`, value: site.lists.map((l) => listJson(ctx.origin, site, l)) });
  }
  const list = findList(site, listKey);
  if (!list) throw errors.itemNotFound("List not found");
  if (sub === undefined) {
    if (ctx.method !== "GET") throw errors.methodNotAllowed();
    return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#sites('${site.id}')/lists/$entity`, ...applySelect(listJson(ctx.origin, site, list), parseSelect(option(ctx.query, "select"))) });
  }
  if (sub === "drive") {
    const drive = driveOfList(site, list);
    if (!drive) throw errors.itemNotFound("The list is not a document library.");
    return routeDrive(ctx, drive, more);
  }
  if (sub === "columns") return listColumns(ctx, site, list, more);
  if (sub !== "items") throw errors.segmentNotFound(sub);
  const [itemId, ...itemRest] = more;
  if (itemId === undefined) {
    if (ctx.method === "POST") return createItem(ctx, site, list);
    if (ctx.method !== "GET") throw errors.methodNotAllowed();
    return listItems(ctx, site, list);
  }
  return item(ctx, site, list, itemId, itemRest);
}
