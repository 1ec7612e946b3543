/** Drive routes: /drives/{d}/..., reached also via /sites/{s}/lists/{library}/drive and /sites/{s}/drive. */
import { randomBytes } from "node:crypto";
import type { DemoDriveItem } from "./data-types";
import { empty, errors, json } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import { option, page, parseExpand, parseSelect } from "./odata";
import { graphRootOf, readJsonObject, selfUrl } from "./route-context";
import type { RouteContext } from "./route-context";
import { convertedContent } from "./routes-convert";
import { patchFields } from "./routes-fields";
import { assertCanRead, routePermissions } from "./routes-permissions";
import { createLink } from "./routes-share-link";
import { driveItemJson, driveJson, listItemJson, mimeOf } from "./sharepoint-json";
import type { DriveRef } from "./sharepoint-model";
import { childByName, childrenOf, descendantsOf, findDrive, rootOf, walkPath } from "./sharepoint-model";
import { etagMatches, newVersioned, touch } from "./store";
import { assertSiteWrite } from "./permissions";

const CONFLICT = "@microsoft.graph.conflictBehavior";
const ILLEGAL_NAME = /["*:<>?/\\|#%]/;

/** What a drive path addresses: an existing item, or a name to create under a parent. */
interface Addressed {
  item?: DemoDriveItem;
  create?: { parent: DemoDriveItem; name: string };
  action: string;
}

function address(ref: DriveRef, rest: string[]): Addressed {
  const s = rest.join("/");
  let base: DemoDriveItem;
  let remainder: string;
  if (s === "root" || s.startsWith("root:") || s.startsWith("root/")) {
    base = rootOf(ref);
    remainder = s.slice(4);
  } else {
    const m = /^items\/([^/:]+)(.*)$/.exec(s);
    if (!m || m[1] === undefined) throw errors.segmentNotFound(rest[0] ?? "");
    const found = ref.drive.items.find((i) => i.id === m[1]);
    if (!found) throw errors.itemNotFound();
    base = found;
    remainder = m[2] ?? "";
  }
  if (!remainder.startsWith(":")) return { item: base, action: remainder.replace(/^\//, "") };
  // Path-based addressing: items/{id}:/a/b.pdf:/content, root:/folder:/children, root:/folder (closing ':' optional)
  const after = remainder.slice(1);
  const close = after.indexOf(":");
  const relPath = close < 0 ? after : after.slice(0, close);
  const action = close < 0 ? "" : after.slice(close + 1).replace(/^\//, "");
  const item = walkPath(ref, base, relPath);
  if (item) return { item, action };
  const parts = relPath.split("/").filter((p) => p !== "");
  const name = parts.pop();
  const parent = walkPath(ref, base, parts.join("/"));
  if (name !== undefined && parent && parent.kind === "folder") return { create: { parent, name }, action };
  return { action };
}

function checkName(name: string): void {
  if (name.trim() === "" || name !== name.trim() || ILLEGAL_NAME.test(name) || name.endsWith(".")) {
    throw errors.invalidRequest(`The name '${name}' contains characters that are not allowed.`);
  }
}

/** "Namn 1.pdf", "Namn 2.pdf"... as SharePoint's rename picks. */
function freeName(ref: DriveRef, parentId: string, name: string): string {
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : "";
  for (let n = 1; ; n++) {
    const candidate = `${stem} ${n}${ext}`;
    if (!childByName(ref, parentId, candidate)) return candidate;
  }
}

function newItem(ctx: RouteContext, ref: DriveRef, parent: DemoDriveItem, name: string, kind: "file" | "folder"): DemoDriveItem {
  const listItemId = String(ref.list.nextItemId);
  ref.list.nextItemId += 1;
  const item: DemoDriveItem = { id: `01${randomBytes(16).toString("hex").toUpperCase()}`, listItemId, name, parentId: parent.id, kind, fields: {}, ...newVersioned(ctx.user.mail) };
  ref.drive.items.push(item);
  return item;
}

function itemResponse(ctx: RouteContext, ref: DriveRef, item: DemoDriveItem, status = 200): GraphResponse {
  const body = driveItemJson(ctx.store, ctx.origin, ref, item, parseExpand(option(ctx.query, "expand")), parseSelect(option(ctx.query, "select")));
  return json(status, { "@odata.context": `${graphRootOf(ctx)}/$metadata#drives('${ref.drive.id}')/items/$entity`, ...body }, { ETag: String(body.eTag ?? "") });
}

function children(ctx: RouteContext, ref: DriveRef, folder: DemoDriveItem): GraphResponse {
  if (folder.kind !== "folder") throw errors.invalidRequest("The item is not a folder.");
  const expand = parseExpand(option(ctx.query, "expand"));
  const select = parseSelect(option(ctx.query, "select"));
  const { value, nextLink } = page(childrenOf(ref, folder.id), ctx.query, selfUrl(ctx), 200, 999);
  return json(200, {
    "@odata.context": `${graphRootOf(ctx)}/$metadata#drives('${ref.drive.id}')/items('${folder.id}')/children`,
    value: value.map((i) => driveItemJson(ctx.store, ctx.origin, ref, i, expand, select)),
    ...(nextLink ? { "@odata.nextLink": nextLink } : {}),
  });
}

function createFolder(ctx: RouteContext, ref: DriveRef, parent: DemoDriveItem): GraphResponse {
  if (parent.kind !== "folder") throw errors.invalidRequest("The item is not a folder.");
  const body = readJsonObject(ctx);
  const name = body.name;
  if (typeof name !== "string") throw errors.invalidRequest("A name is required.");
  if (typeof body.folder !== "object" || body.folder === null) throw errors.invalidRequest("Only folders can be created here; upload files with PUT .../content.");
  checkName(name);
  const behavior = body[CONFLICT] ?? "fail";
  const existing = childByName(ref, parent.id, name);
  let finalName = name;
  if (existing) {
    if (behavior === "fail") throw errors.nameAlreadyExists(name);
    if (behavior === "replace") {
      if (existing.kind === "folder") return itemResponse(ctx, ref, existing, 200);
      throw errors.nameAlreadyExists(name);
    }
    finalName = freeName(ref, parent.id, name);
  }
  const folder = newItem(ctx, ref, parent, finalName, "folder");
  ctx.store.saved();
  return itemResponse(ctx, ref, folder, 201);
}

function download(ctx: RouteContext, item: DemoDriveItem): GraphResponse {
  if (item.kind !== "file") throw errors.invalidRequest("Folders have no content.");
  const bytes = ctx.store.fileBytes(item);
  return { status: 200, headers: { "Content-Type": item.mimeType ?? mimeOf(item.name), "Content-Length": String(bytes.length) }, bytes };
}

function upload(ctx: RouteContext, ref: DriveRef, target: Addressed): GraphResponse {
  const behavior = ctx.query.get(CONFLICT) ?? "replace";
  if (!["fail", "replace", "rename"].includes(behavior)) throw errors.invalidRequest(`Unknown conflictBehavior '${behavior}'.`);
  const bytes = ctx.body ?? Buffer.alloc(0);
  const write = (file: DemoDriveItem) => {
    file.contentBase64 = bytes.toString("base64");
    delete file.contentPath;
    file.size = bytes.length;
    file.mimeType = mimeOf(file.name);
  };
  if (target.item) {
    const existing = target.item;
    if (existing.kind !== "file") throw errors.invalidRequest("Cannot upload content to a folder.");
    if (behavior === "fail") throw errors.nameAlreadyExists(existing.name);
    if (behavior === "replace") {
      if (!etagMatches(ctx.headers["if-match"], existing)) throw errors.preconditionFailed();
      write(existing);
      // Like a versioned SharePoint library: the old content stays in the history, the item and its columns stay.
      existing.contentVersions = (existing.contentVersions ?? 1) + 1;
      touch(existing, ctx.user.mail);
      ctx.store.saved();
      return itemResponse(ctx, ref, existing, 200);
    }
    const parent = ref.drive.items.find((i) => i.id === existing.parentId);
    if (!parent) throw errors.itemNotFound();
    const file = newItem(ctx, ref, parent, freeName(ref, parent.id, existing.name), "file");
    write(file);
    ctx.store.saved();
    return itemResponse(ctx, ref, file, 201);
  }
  if (!target.create) throw errors.itemNotFound();
  checkName(target.create.name);
  const file = newItem(ctx, ref, target.create.parent, target.create.name, "file");
  write(file);
  ctx.store.saved();
  return itemResponse(ctx, ref, file, 201);
}

function remove(ctx: RouteContext, ref: DriveRef, item: DemoDriveItem): GraphResponse {
  if (item.parentId === null) throw errors.invalidRequest("The root cannot be deleted.");
  if (!etagMatches(ctx.headers["if-match"], item)) throw errors.preconditionFailed();
  const gone = new Set([item.id, ...descendantsOf(ref.drive.items, item.id).map((d) => d.id)]);
  ref.drive.items = ref.drive.items.filter((i) => !gone.has(i.id));
  ctx.store.saved();
  return empty(204);
}

function throwSegment(action: string): never {
  throw errors.segmentNotFound(action.split("/")[0] ?? action);
}

/** Handles everything below a drive; rest is the path after ".../drive" or "/drives/{id}". */
export function routeDrive(ctx: RouteContext, ref: DriveRef, rest: string[]): GraphResponse {
  if (rest.length === 0) {
    if (ctx.method !== "GET") throw errors.methodNotAllowed();
    return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#drives/$entity`, ...driveJson(ctx.origin, ref) });
  }
  const target = address(ref, rest);
  const { item, action } = target;
  if (action === "content" && ctx.method === "PUT") return upload(ctx, ref, target);
  if (!item) throw errors.itemNotFound();
  switch (action) {
    case "":
      if (ctx.method === "GET") return itemResponse(ctx, ref, item);
      if (ctx.method === "DELETE") return remove(ctx, ref, item);
      throw errors.methodNotAllowed();
    case "children":
      if (ctx.method === "GET") return children(ctx, ref, item);
      if (ctx.method === "POST") return createFolder(ctx, ref, item);
      throw errors.methodNotAllowed();
    case "content":
      assertCanRead(ctx, ref, item);
      if (ctx.method === "GET") return ctx.query.has("format") && item.kind === "file" ? convertedContent(ctx, item) : download(ctx, item);
      throw errors.methodNotAllowed();
    case "createLink":
      return createLink(ctx, ref, item);
    case "listItem":
    case "listItem/fields": {
      if (item.parentId === null) throw errors.itemNotFound("The root folder has no list item.");
      const listRef = { id: item.listItemId, versioned: item, fields: item.fields, driveItem: item };
      if (action === "listItem/fields") {
        if (ctx.method === "PATCH") return patchFields(ctx, ref.list, listRef);
        if (ctx.method !== "GET") throw errors.methodNotAllowed();
        const full = listItemJson(ctx.store, ctx.origin, ref.site, ref.list, listRef, new Map([["fields", { expand: new Map(), select: parseSelect(option(ctx.query, "select")) }]]), ref);
        return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#fieldValueSet/$entity`, ...(full.fields as Record<string, unknown>) });
      }
      if (ctx.method !== "GET") throw errors.methodNotAllowed();
      return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#listItem/$entity`, ...listItemJson(ctx.store, ctx.origin, ref.site, ref.list, listRef, parseExpand(option(ctx.query, "expand")), ref) });
    }
    default:
      return routePermissions(ctx, ref, item, action) ?? throwSegment(action);
  }
}

/** Handles /drives/{id}/...; undefined when the path is not a drive path. */
export function routeDrives(ctx: RouteContext): GraphResponse | undefined {
  const [first, driveId, ...rest] = ctx.segments;
  if (first !== "drives" || driveId === undefined) return undefined;
  const ref = findDrive(ctx.store.current, driveId);
  if (!ref) throw errors.itemNotFound("The drive could not be found.");
  assertSiteWrite(ctx.method, ctx.user);
  return routeDrive(ctx, ref, rest);
}
