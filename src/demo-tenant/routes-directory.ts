/** Directory routes: /me, /users, /users/{id|mail}, /groups/{id}, /groups/{id}/members. */
import type { DemoUser } from "./data-types";
import { errors, json } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import { applySelect, matchesFilter, option, page, parseFilter, parseSelect } from "./odata";
import { graphRootOf, selfUrl } from "./route-context";
import type { RouteContext } from "./route-context";

/** Graph returns these user properties when no $select is given; companyName is NOT among them. */
const DEFAULT_USER_PROPS = ["businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id"];

function fullUser(u: DemoUser): Record<string, unknown> {
  return {
    id: u.id,
    businessPhones: [],
    displayName: u.displayName,
    givenName: u.givenName ?? u.displayName.split(" ")[0] ?? null,
    surname: u.surname ?? (u.displayName.split(" ").slice(1).join(" ") || null),
    jobTitle: u.jobTitle ?? null,
    mail: u.mail,
    mobilePhone: null,
    officeLocation: u.officeLocation ?? null,
    preferredLanguage: "sv-SE",
    userPrincipalName: u.userPrincipalName ?? u.mail,
    companyName: u.companyName ?? null,
    accountEnabled: true,
    department: null,
    usageLocation: "SE",
  };
}

/** A user as Graph shows it: the default property set, or exactly what $select names. */
export function userJson(u: DemoUser, select: string[] | undefined): Record<string, unknown> {
  const full = fullUser(u);
  if (select === undefined) return applySelect(full, DEFAULT_USER_PROPS);
  for (const name of select) {
    if (name !== "*" && !(name in full)) throw errors.badRequest(`Could not find a property named '${name}' on type 'microsoft.graph.user'.`, "Request_BadRequest");
  }
  return applySelect(full, select);
}

function users(ctx: RouteContext): GraphResponse {
  const select = parseSelect(option(ctx.query, "select"));
  const clauses = parseFilter(option(ctx.query, "filter"));
  const matched = ctx.store.current.users.filter((u) => matchesFilter(fullUser(u), clauses));
  const { value, nextLink } = page(matched, ctx.query, selfUrl(ctx), 100, 999);
  return json(200, {
    "@odata.context": `${graphRootOf(ctx)}/$metadata#users`,
    value: value.map((u) => userJson(u, select)),
    ...(nextLink ? { "@odata.nextLink": nextLink } : {}),
  });
}

function group(ctx: RouteContext, id: string, rest: string[]): GraphResponse {
  const g = ctx.store.current.groups.find((x) => x.id.toLowerCase() === id.toLowerCase());
  if (!g) throw errors.userNotFound(id);
  if (rest.length === 0) {
    return json(200, {
      "@odata.context": `${graphRootOf(ctx)}/$metadata#groups/$entity`,
      ...applySelect(
        { id: g.id, displayName: g.displayName, description: g.description ?? null, mail: g.mail ?? null, mailEnabled: true, securityEnabled: false, groupTypes: ["Unified"], visibility: "Private" },
        parseSelect(option(ctx.query, "select")),
      ),
    });
  }
  if (rest[0] !== "members" || rest.length > 1) throw errors.segmentNotFound(rest[rest.length - 1] ?? "");
  const select = parseSelect(option(ctx.query, "select"));
  const members = g.members.map((m) => ctx.store.findUser(m)).filter((u): u is DemoUser => u !== undefined);
  const { value, nextLink } = page(members, ctx.query, selfUrl(ctx), 100, 999);
  return json(200, {
    "@odata.context": `${graphRootOf(ctx)}/$metadata#directoryObjects`,
    value: value.map((u) => ({ "@odata.type": "#microsoft.graph.user", ...userJson(u, select) })),
    ...(nextLink ? { "@odata.nextLink": nextLink } : {}),
  });
}

/** Handles directory paths; undefined when the path is not one. */
export function routeDirectory(ctx: RouteContext): GraphResponse | undefined {
  const [first, second, ...rest] = ctx.segments;
  if (first === "me" && second === undefined) {
    if (ctx.method !== "GET") throw errors.methodNotAllowed();
    return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#users/$entity`, ...userJson(ctx.user, parseSelect(option(ctx.query, "select"))) });
  }
  if (first === "users") {
    if (ctx.method !== "GET") throw errors.methodNotAllowed();
    if (second === undefined) return users(ctx);
    if (rest.length > 0) return undefined;
    const u = ctx.store.findUser(second);
    if (!u) throw errors.userNotFound(second);
    return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#users/$entity`, ...userJson(u, parseSelect(option(ctx.query, "select"))) });
  }
  if (first === "groups" && second !== undefined) {
    if (ctx.method !== "GET") throw errors.methodNotAllowed();
    return group(ctx, second, rest);
  }
  return undefined;
}
