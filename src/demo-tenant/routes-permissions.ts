/** Sharing on drive items: POST …/invite, GET …/permissions, DELETE …/permissions/{id}, and who may read a file's content. */
import type { DemoDriveItem, DemoPermission, DemoUser } from "./data-types";
import { empty, errors, GraphHttpError, json } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import { graphRootOf, readJsonObject } from "./route-context";
import type { RouteContext } from "./route-context";
import type { DriveRef } from "./sharepoint-model";
import { pathNames, rootOf } from "./sharepoint-model";
import { nowIso } from "./store";

const ROLES = new Set(["read", "write"]);
/** The site's own groups, as SharePoint names them; every library item inherits them from the site. */
const SITE_GROUPS = [
  { id: "3", title: "Ägare för Kommundirektörsgruppen", roles: ["owner"] },
  { id: "5", title: "Medlemmar i Kommundirektörsgruppen", roles: ["write"] },
];

const accessDenied = (message = "Access denied. You do not have permission to perform this action or access this resource.") => new GraphHttpError(403, "accessDenied", message);

/** The claims login name SharePoint gives a person: members by mail, people from other tenants as #ext# guests. */
function loginName(ctx: RouteContext, mail: string, user: DemoUser | undefined): string {
  const internal = user !== undefined && user.federated !== true;
  return internal ? `i:0#.f|membership|${mail}` : `i:0#.f|membership|${mail.replace("@", "_")}#ext#@${ctx.store.current.tenant.domain.split(".")[0]}.onmicrosoft.com`;
}

/** One id per person and item, as SharePoint keeps one role assignment per principal. */
function permissionId(itemId: string, mail: string): string {
  return Buffer.from(`${itemId}|${mail.toLowerCase()}`).toString("base64url");
}

function identity(user: DemoUser | undefined, mail: string): Record<string, unknown> {
  return user ? { id: user.id, displayName: user.displayName } : { displayName: mail };
}

function ancestors(ref: DriveRef, item: DemoDriveItem): DemoDriveItem[] {
  const out: DemoDriveItem[] = [];
  let cur: DemoDriveItem | undefined = item;
  while (cur) {
    out.push(cur);
    const parentId: string | null = cur.parentId;
    cur = parentId === null ? undefined : ref.drive.items.find((i) => i.id === parentId);
  }
  return out;
}

function permissionJson(ctx: RouteContext, ref: DriveRef, owner: DemoDriveItem, item: DemoDriveItem, p: DemoPermission): Record<string, unknown> {
  const user = ctx.store.findUser(p.grantee);
  const by = ctx.store.findUser(p.invitedBy);
  const siteUser = { ...identity(user, p.grantee), loginName: loginName(ctx, p.grantee, user) };
  const body: Record<string, unknown> = {
    id: p.id,
    roles: p.roles,
    grantedTo: { user: identity(user, p.grantee) },
    grantedToV2: { user: identity(user, p.grantee), siteUser },
    invitation: { email: p.grantee, signInRequired: true, invitedBy: { user: identity(by, p.invitedBy) } },
  };
  if (owner.id !== item.id) body.inheritedFrom = { driveId: ref.drive.id, driveType: "documentLibrary", id: owner.id, path: `/drives/${ref.drive.id}/root:/${pathNames(ref, owner).join("/")}` };
  return body;
}

function siteGroupJson(ref: DriveRef, group: (typeof SITE_GROUPS)[number]): Record<string, unknown> {
  const root = rootOf(ref);
  return {
    id: Buffer.from(`sitegroup|${group.id}`).toString("base64url"),
    roles: group.roles,
    grantedToV2: { siteGroup: { id: group.id, displayName: group.title, loginName: group.title } },
    inheritedFrom: { driveId: ref.drive.id, driveType: "documentLibrary", id: root.id, path: `/drives/${ref.drive.id}/root:` },
  };
}

/** True when the user may read the item: everyone in the tenant through the site, people from other tenants only when shared. */
export function canRead(ref: DriveRef, item: DemoDriveItem, user: DemoUser): boolean {
  if (user.federated !== true) return true;
  const mail = user.mail.toLowerCase();
  return ancestors(ref, item).some((i) => (i.permissions ?? []).some((p) => p.grantee.toLowerCase() === mail));
}

/** Sharing changes are for the site's owners: the secretariat. */
function assertOwner(user: DemoUser): void {
  if (user.role !== "secretariat") throw accessDenied();
}

function recipientsOf(body: Record<string, unknown>): string[] {
  const recipients = body.recipients;
  if (!Array.isArray(recipients) || recipients.length === 0) throw errors.invalidRequest("recipients is required.");
  return recipients.map((r: unknown) => {
    const email = (r as { email?: unknown } | null)?.email;
    if (typeof email !== "string" || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) throw errors.invalidRequest("The request is malformed or incorrect.");
    return email.trim().toLowerCase();
  });
}

function invite(ctx: RouteContext, ref: DriveRef, item: DemoDriveItem): GraphResponse {
  assertOwner(ctx.user);
  const body = readJsonObject(ctx);
  const roles = body.roles;
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => typeof r === "string" && ROLES.has(r))) throw errors.invalidRequest("roles must be read or write.");
  if (body.requireSignIn !== undefined && typeof body.requireSignIn !== "boolean") throw errors.invalidRequest("requireSignIn must be a boolean.");
  const mails = recipientsOf(body);
  const policy = ref.site.externalSharing ?? "newAndExistingGuests";
  for (const mail of mails) {
    const user = ctx.store.findUser(mail);
    // A person outside the tenant: allowed only when the site lets new guests in (Graph fails the whole request otherwise).
    if ((user === undefined || user.federated === true) && policy !== "newAndExistingGuests") {
      throw accessDenied("Sharing with people outside the organization is not allowed for this site (external sharing setting).");
    }
  }
  const made = mails.map((mail) => {
    const id = permissionId(item.id, mail);
    item.permissions ??= [];
    let p = item.permissions.find((x) => x.id === id);
    if (p) p.roles = [...new Set([...p.roles, ...(roles as string[])])];
    else {
      p = { id, roles: [...(roles as string[])], grantee: mail, invitedBy: ctx.user.mail, createdUtc: nowIso() };
      item.permissions.push(p);
    }
    return permissionJson(ctx, ref, item, item, p);
  });
  ctx.store.saved();
  return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#Collection(microsoft.graph.permission)`, value: made });
}

function list(ctx: RouteContext, ref: DriveRef, item: DemoDriveItem): GraphResponse {
  const all = [
    ...SITE_GROUPS.map((g) => ({ mail: null as string | null, json: siteGroupJson(ref, g) })),
    ...ancestors(ref, item)
      .reverse()
      .flatMap((owner) => (owner.permissions ?? []).map((p) => ({ mail: p.grantee.toLowerCase(), json: permissionJson(ctx, ref, owner, item, p) }))),
  ];
  // A caller who is not an owner sees only the permissions that apply to them (Graph's rule for non-owners).
  const mine = ctx.user.mail.toLowerCase();
  const visible = ctx.user.role === "secretariat" ? all : all.filter((p) => p.mail === mine);
  return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#drives('${ref.drive.id}')/items('${item.id}')/permissions`, value: visible.map((p) => p.json) });
}

function remove(ctx: RouteContext, item: DemoDriveItem, id: string): GraphResponse {
  assertOwner(ctx.user);
  const before = item.permissions ?? [];
  if (!before.some((p) => p.id === id)) throw errors.itemNotFound("The permission could not be found on this item (inherited permissions are removed where they are set).");
  item.permissions = before.filter((p) => p.id !== id);
  ctx.store.saved();
  return empty(204);
}

/** Serves invite and permissions below an item; undefined for any other action. */
export function routePermissions(ctx: RouteContext, ref: DriveRef, item: DemoDriveItem, action: string): GraphResponse | undefined {
  if (action === "invite") {
    if (ctx.method !== "POST") throw errors.methodNotAllowed();
    return invite(ctx, ref, item);
  }
  if (action === "permissions") {
    if (ctx.method !== "GET") throw errors.methodNotAllowed();
    return list(ctx, ref, item);
  }
  const m = /^permissions\/([^/]+)$/.exec(action);
  if (m?.[1] === undefined) return undefined;
  if (ctx.method !== "DELETE") throw errors.methodNotAllowed();
  return remove(ctx, item, m[1]);
}

/** Throws 403 when the user may not read the item's content. */
export function assertCanRead(ctx: RouteContext, ref: DriveRef, item: DemoDriveItem): void {
  if (!canRead(ref, item, ctx.user)) throw accessDenied();
}
