/** Error codes every adapter maps its failures to (DESIGN §3). */
export type ErrorCode =
  | "throttled"
  | "unavailable"
  | "timeout"
  | "forbidden"
  | "notFound"
  | "conflict"
  | "offline"
  | "unauthenticated"
  | "invalidResponse"
  | "unknown";

/** A failure the UI can explain: a code, and optional detail for logs (never shown raw to users). */
export interface AppError {
  code: ErrorCode;
  detail?: string;
}

/** Result of one independently loaded section of a view: it degrades alone. */
export type Section<T> = { state: "ready"; value: T } | { state: "error"; error: AppError };

/** Thrown by adapters: a typed, explainable failure. */
export interface AppFailure extends Error {
  readonly appError: AppError;
}

/** True for errors that carry an AppError (thrown by adapters). */
export function isAppFailure(value: unknown): value is AppFailure {
  return value instanceof Error && typeof (value as Partial<AppFailure>).appError?.code === "string";
}
