/**
 * POST /drives/{d}/items/{id}/createLink: a short "view" sharing link, as SharePoint's ":b:/s/site/token" links. The
 * demo grants nothing with it (scope existingAccess or users without recipients: only people who can already read
 * the file can open it). The token is derived from the item, so asking again returns the same link, as Graph does.
 */
import { createHash } from "node:crypto";
import type { DemoDriveItem, DemoSite } from "./data-types";
import { errors, json } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import { graphRootOf, readJsonObject } from "./route-context";
import type { RouteContext } from "./route-context";
import type { DriveRef } from "./sharepoint-model";

const SCOPES = new Set(["existingAccess", "users", "organization", "anonymous"]);
const LINK_PATH = /^\/:([a-z]):\/s\/([^/]+)\/([A-Za-z0-9_-]{22})\/?$/;

function tokenOf(item: DemoDriveItem): string {
  return createHash("sha256").update(`share:${item.id}`).digest("base64url").slice(0, 22);
}

function kindLetter(item: DemoDriveItem): string {
  if (item.kind === "folder") return "f";
  const ext = item.name.split(".").pop()?.toLowerCase() ?? "";
  return ({ pdf: "b", doc: "w", docx: "w", xls: "x", xlsx: "x", ppt: "p", pptx: "p" } as Record<string, string>)[ext] ?? "u";
}

function siteName(site: DemoSite): string {
  return site.path.split("/").filter((p) => p !== "").pop() ?? site.name;
}

/** The short link of an item. */
export function shareLinkOf(origin: string, ref: DriveRef, item: DemoDriveItem): string {
  return `${origin}/:${kindLetter(item)}:/s/${encodeURIComponent(siteName(ref.site))}/${tokenOf(item)}`;
}

/** Answers createLink with a permission carrying the link. */
export function createLink(ctx: RouteContext, ref: DriveRef, item: DemoDriveItem): GraphResponse {
  if (ctx.method !== "POST") throw errors.methodNotAllowed();
  const body = readJsonObject(ctx);
  if (body.type !== "view") throw errors.invalidRequest("Only 'view' links are offered by the demo tenant.");
  const scope = body.scope ?? "existingAccess";
  if (typeof scope !== "string" || !SCOPES.has(scope)) throw errors.invalidRequest(`Unknown link scope '${String(scope)}'.`);
  return json(200, {
    "@odata.context": `${graphRootOf(ctx)}/$metadata#permission`,
    id: `link-${tokenOf(item)}`,
    roles: ["read"],
    shareId: `u!${tokenOf(item)}`,
    hasPassword: false,
    link: { type: "view", scope, webUrl: shareLinkOf(ctx.origin, ref, item), preventsDownload: false },
  });
}

/** The item a short link path ("/:b:/s/site/token") names, or undefined when it is not one. */
export function resolveShareLink(refs: DriveRef[], path: string): { ref: DriveRef; item: DemoDriveItem } | undefined {
  const m = LINK_PATH.exec(path);
  if (!m) return undefined;
  for (const ref of refs) {
    const item = ref.drive.items.find((i) => tokenOf(i) === m[3]);
    if (item) return { ref, item };
  }
  return undefined;
}
