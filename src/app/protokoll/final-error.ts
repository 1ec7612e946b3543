/** A typed failure of *Skapa slutligt protokoll*: which step failed, and the .docx when it was already made. */
import { ExpectedFailure } from "../../core";
import type { ErrorCode, FinalReadiness } from "../../core";
import type { FinalFile } from "./final-result";

/** The step that failed: the record not complete, the .docx, the conversion, the PDF's upload, or the register's write. */
export type FinalStep = "notReady" | "docx" | "conversion" | "pdf" | "register";

/** Thrown by createFinalProtokoll; the UI names the step in a sentence, and what was already saved is kept. */
export class FinalProtokollError extends ExpectedFailure {
  readonly step: FinalStep;
  /** Set when the .docx is saved (and named in the register) though a later step failed: a retry reuses it. */
  readonly docx: FinalFile | null;
  /** Set for "notReady": why the record is not complete. */
  readonly readiness: Exclude<FinalReadiness, { ready: true }> | null;

  /** The failure behind this one, when it carries its own sentence (a template naming its placeholder). */
  readonly reason: ExpectedFailure | null;

  constructor(step: FinalStep, code: ErrorCode, detail: string, extra: { docx?: FinalFile | null; readiness?: Exclude<FinalReadiness, { ready: true }>; reason?: unknown } = {}) {
    super(code, `${step}: ${detail}`);
    this.reason = extra.reason instanceof ExpectedFailure ? extra.reason : null;
    this.name = "FinalProtokollError";
    this.step = step;
    this.docx = extra.docx ?? null;
    this.readiness = extra.readiness ?? null;
  }
}
