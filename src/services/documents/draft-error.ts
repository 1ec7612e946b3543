/** A typed failure of the protokoll draft action, so the UI can explain it like any adapter failure. */
import { ExpectedFailure } from "../../core";
import type { ErrorCode } from "../../core";

/** Thrown when the draft cannot be made from the meeting view (a section failed to load). */
export class DraftError extends ExpectedFailure {
  constructor(code: ErrorCode, detail: string) {
    super(code, detail);
    this.name = "DraftError";
  }
}
