/** Dispatches one authenticated Graph request (top-level or inside $batch) to the route that serves it. */
import type { DemoUser } from "./data-types";
import { errorResponse, errors, GraphHttpError } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import { safeDecode, splitUrl } from "./odata";
import type { RouteContext } from "./route-context";
import { routeChats } from "./routes-chats";
import { routeDirectory } from "./routes-directory";
import { routeDrives } from "./routes-drive";
import { routeEvents } from "./routes-events";
import { routeOnlineMeetings } from "./routes-online-meetings";
import { routeSites } from "./routes-sites";
import type { DemoStore } from "./store";

/** A request as the router needs it; url is relative to /v1.0 ("/me/events?$top=5"). */
export interface GraphRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
}

const ROUTES = [routeOnlineMeetings, routeEvents, routeDirectory, routeChats, routeSites, routeDrives];

/** Resolves `Bearer demo:<mail>` to a demo user, or throws 401 InvalidAuthenticationToken. */
export function authenticate(store: DemoStore, authorization: string | undefined): DemoUser {
  if (authorization === undefined || authorization.trim() === "") throw errors.unauthenticated();
  const m = /^Bearer\s+demo:(.+)$/i.exec(authorization.trim());
  if (!m || m[1] === undefined) throw errors.unauthenticated("IDX14100: JWT is not well formed. The demo tenant expects 'Bearer demo:<mail>'.");
  const user = store.findUser(m[1].trim());
  if (!user) throw errors.unauthenticated("Access token validation failure: no such demo user.");
  return user;
}

/** Turns a thrown error into an OData error response (unexpected errors become 500, never a hang). */
export function toErrorResponse(e: unknown): GraphResponse {
  if (e instanceof GraphHttpError) return errorResponse(e.status, e.code, e.message, e.headers);
  return errorResponse(500, "generalException", e instanceof Error ? e.message : String(e));
}

/** Serves one Graph request for an already authenticated user. */
export function routeGraph(req: GraphRequest, user: DemoUser, store: DemoStore, origin: string): GraphResponse {
  try {
    const { path, query } = splitUrl(req.url);
    const decoded = safeDecode(path);
    const ctx: RouteContext = {
      method: req.method.toUpperCase(),
      path: decoded,
      segments: decoded.split("/").filter((s) => s !== ""),
      query,
      headers: req.headers,
      body: req.body,
      user,
      store,
      origin,
    };
    for (const route of ROUTES) {
      const res = route(ctx);
      if (res !== undefined) return res;
    }
    throw errors.segmentNotFound(ctx.segments[0] ?? "");
  } catch (e) {
    return toErrorResponse(e);
  }
}
