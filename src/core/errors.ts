/** Error codes, the expected-failure shape every adapter throws, and a meeting view's section result (DESIGN §3). */
import { errorMessage } from "./i18n/errors";
import type { Language } from "./i18n/errors";

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

/**
 * The one shape of an expected failure, whichever adapter throws it (Graph, Office.js, a protokoll draft that cannot
 * be made): a code the UI explains with a sentence and a way on in each language, and detail for logs only. Anything
 * thrown that is not one of these is a bug, and goes to the error boundary.
 */
export class ExpectedFailure extends Error implements AppFailure {
  readonly appError: AppError;

  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "ExpectedFailure";
    this.appError = detail === undefined ? { code } : { code, detail };
  }

  /** The error code. */
  get code(): ErrorCode {
    return this.appError.code;
  }

  /** The sentence shown to the user, with a way on. */
  userMessage(language: Language): string {
    return errorMessage(this.appError.code, language);
  }
}
