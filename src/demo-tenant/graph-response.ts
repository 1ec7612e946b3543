/** Responses of the demo tenant's Graph routes, independent of node:http so that $batch can run them in-process. */
import { randomUUID } from "node:crypto";

/** A Graph response before it is written: JSON body, raw bytes, or nothing. */
export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  bytes?: Buffer;
  /** The injected fault that produced (or replaced) this response; logged by /_demo/requests, never sent. */
  fault?: string;
}

/** Thrown by routes; the router turns it into an OData error response. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** JSON content type Graph uses. */
export const JSON_TYPE = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): GraphResponse {
  return { status, headers: { "Content-Type": JSON_TYPE, ...headers }, body };
}

/** An empty response (202, 204). */
export function empty(status: number, headers: Record<string, string> = {}): GraphResponse {
  return { status, headers };
}

/** The OData error body Graph sends, with a fresh request id. */
export function errorBody(code: string, message: string, requestId: string = randomUUID()): unknown {
  return { error: { code, message, innerError: { date: new Date().toISOString().replace(/\.\d{3}Z$/, ""), "request-id": requestId, "client-request-id": requestId } } };
}

/** An OData error response. */
export function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): GraphResponse {
  return json(status, errorBody(code, message), headers);
}

/** Common errors, worded as Graph words them. */
export const errors = {
  unauthenticated: (message = "Access token is empty.") => new GraphHttpError(401, "InvalidAuthenticationToken", message),
  eventNotFound: () => new GraphHttpError(404, "ErrorItemNotFound", "The specified object was not found in the store."),
  mailboxDenied: () => new GraphHttpError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."),
  userNotFound: (id: string) =>
    new GraphHttpError(404, "Request_ResourceNotFound", `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`),
  itemNotFound: (message = "The resource could not be found.") => new GraphHttpError(404, "itemNotFound", message),
  badRequest: (message: string, code = "BadRequest") => new GraphHttpError(400, code, message),
  invalidRequest: (message: string) => new GraphHttpError(400, "invalidRequest", message),
  preconditionFailed: () => new GraphHttpError(412, "preconditionFailed", "The request ETag value does not match the object's ETag value."),
  nameAlreadyExists: (name: string) => new GraphHttpError(409, "nameAlreadyExists", `The specified item name already exists. Name: ${name}`),
  segmentNotFound: (segment: string) => new GraphHttpError(400, "BadRequest", `Resource not found for the segment '${segment}'.`),
  methodNotAllowed: () => new GraphHttpError(405, "BadRequest", "The HTTP method is not allowed for the requested resource."),
};
