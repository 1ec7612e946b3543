/** What a Graph route handler gets: the parsed request, the signed-in user and the store. */
import type { DemoUser } from "./data-types";
import { errors } from "./graph-response";
import type { DemoStore } from "./store";

/** One Graph request, already authenticated; path is decoded and relative to /v1.0. */
export interface RouteContext {
  method: string;
  path: string;
  /** Non-empty decoded path segments, e.g. ["me", "events"]. */
  segments: string[];
  query: Map<string, string>;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: Buffer | undefined;
  user: DemoUser;
  store: DemoStore;
  /** Origin of the demo tenant as the client addressed it (for nextLink and webUrl). */
  origin: string;
}

/** Parses the request body as a JSON object, or fails with 400 as Graph does. */
export function readJsonObject(ctx: RouteContext, optional = false): Record<string, unknown> {
  const text = ctx.body === undefined ? "" : ctx.body.toString("utf8").trim();
  if (text === "") {
    if (optional) return {};
    throw errors.badRequest("Empty Payload. JSON content expected.");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw errors.badRequest("Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw errors.badRequest("A JSON object was expected.");
  return parsed as Record<string, unknown>;
}

/** The Graph root as the client sees it, e.g. http://127.0.0.1:3001/v1.0. */
export function graphRootOf(ctx: RouteContext): string {
  return `${ctx.origin}/v1.0`;
}

/** Absolute URL of this request's collection, for @odata.nextLink (path re-encoded per segment). */
export function selfUrl(ctx: RouteContext): string {
  return `${graphRootOf(ctx)}/${ctx.segments.map((s) => encodeURIComponent(s).replace(/%3A/gi, ":").replace(/%2C/gi, ",")).join("/")}`;
}
