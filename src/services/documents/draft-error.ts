/** A typed failure of the protokoll draft action, so the UI can explain it like any adapter failure. */
import type { AppError, AppFailure, ErrorCode } from "../../core/errors";

/** Thrown when the draft cannot be made from the meeting view (a section failed to load). */
export class DraftError extends Error implements AppFailure {
  readonly appError: AppError;

  constructor(code: ErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = "DraftError";
    this.appError = { code, detail };
  }
}
