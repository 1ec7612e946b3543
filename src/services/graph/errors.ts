/** GraphError: every Graph, network and parse failure the services throw, typed by ErrorCode (DESIGN §3). */
import { ExpectedFailure } from "../../core";
import type { AppFailure, ErrorCode } from "../../core";

/** Extra facts about a failure, for retry decisions and logs. */
export interface GraphErrorInfo {
  /** HTTP status, when the failure came from a response. */
  status?: number;
  /** Seconds the server asked us to wait (Retry-After). */
  retryAfterSeconds?: number;
  /** The OData error code, e.g. "ErrorAccessDenied". */
  odataCode?: string;
}

/** A typed, explainable failure of a Graph call. */
export class GraphError extends ExpectedFailure {
  readonly status: number | null;
  readonly retryAfterSeconds: number | null;
  readonly odataCode: string | null;

  constructor(code: ErrorCode, detail?: string, info: GraphErrorInfo = {}) {
    super(code, detail);
    this.name = "GraphError";
    this.status = info.status ?? null;
    this.retryAfterSeconds = info.retryAfterSeconds ?? null;
    this.odataCode = info.odataCode ?? null;
  }
}

/** True for a GraphError. */
export function isGraphError(value: unknown): value is GraphError {
  return value instanceof GraphError;
}

/** The error code for an HTTP status, before the OData body is considered. */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return "unauthenticated";
    case 403:
      return "forbidden";
    case 404:
    case 410:
      return "notFound";
    case 409:
    case 412:
      return "conflict";
    case 429:
      return "throttled";
    case 503:
      return "unavailable";
    case 504:
      return "timeout";
    default:
      return "unknown";
  }
}

// OData codes that say more than an unspecific status (400, 500) does.
const ODATA_CODES: Record<string, ErrorCode> = {
  itemnotfound: "notFound",
  erroritemnotfound: "notFound",
  request_resourcenotfound: "notFound",
  resourcenotfound: "notFound",
  accessdenied: "forbidden",
  erroraccessdenied: "forbidden",
  authorization_requestdenied: "forbidden",
  nameallreadyexists: "conflict",
  namealreadyexists: "conflict",
  resourcemodified: "conflict",
  preconditionfailed: "conflict",
  activitylimitreached: "throttled",
  toomanyrequests: "throttled",
  serviceunavailable: "unavailable",
  invalidauthenticationtoken: "unauthenticated",
  unauthenticated: "unauthenticated",
};

/** Reads the Retry-After header as seconds (a number or an HTTP date); null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The OData error code and message of an error body, when it has the standard shape. */
export function readODataError(body: unknown): { code: string; message: string } | null {
  if (typeof body !== "object" || body === null) return null;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== "object" || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== "string") return null;
  return { code, message: typeof message === "string" ? message : "" };
}

/** Builds the GraphError for a failed response (status, its OData body, Retry-After). */
export function graphErrorFromResponse(status: number, body: unknown, retryAfter: string | null | undefined, where: string): GraphError {
  const odata = readODataError(body);
  let code = codeForStatus(status);
  if (code === "unknown" && odata) code = ODATA_CODES[odata.code.toLowerCase()] ?? "unknown";
  const detail = `${where}: HTTP ${status}${odata ? ` ${odata.code}: ${odata.message}` : ""}`;
  const info: GraphErrorInfo = { status };
  const seconds = parseRetryAfter(retryAfter);
  if (seconds !== null) info.retryAfterSeconds = seconds;
  if (odata) info.odataCode = odata.code;
  return new GraphError(code, detail, info);
}

/** Wraps anything thrown into a GraphError (AppFailures keep their code). */
export function toGraphError(error: unknown, where: string): GraphError {
  if (error instanceof GraphError) return error;
  if (error instanceof Error && typeof (error as Partial<AppFailure>).appError?.code === "string") {
    const appError = (error as AppFailure).appError;
    return new GraphError(appError.code, appError.detail ?? error.message);
  }
  return new GraphError("unknown", `${where}: ${error instanceof Error ? error.message : String(error)}`);
}
