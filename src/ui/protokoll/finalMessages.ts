/** The sentences of *Skapa slutligt protokoll*'s failures: what was kept, and the way on. */
import type { FinalProtokollError } from "../../app";
import type { Language, ProtokollStrings } from "../../core";
import { errorMessage } from "../../core";

/** Why the record is not complete yet, in the user's language. */
export function notReadyMessage(text: ProtokollStrings, readiness: NonNullable<FinalProtokollError["readiness"]>): string {
  return readiness.reason === "noRegisterRow" ? text.finalNotReadyNoRow : text.finalNotReady(text.recordState[readiness.state]);
}

/** The sentence of the failure behind: its own where it has one (a template naming its placeholder), else its code's. */
function because(error: FinalProtokollError, language: Language): string {
  return error.reason !== null ? error.reason.userMessage(language) : errorMessage(error.appError.code, language);
}

/** The failure as the user reads it: the step's sentence, then (where it helps) the code's own with its way on. */
export function finalFailureMessage(text: ProtokollStrings, language: Language, error: FinalProtokollError): string {
  const docx = error.docx?.name ?? "";
  switch (error.step) {
    case "notReady":
      return error.readiness !== null ? notReadyMessage(text, error.readiness) : errorMessage(error.appError.code, language);
    case "docx":
      return `${text.finalDocxFailed} ${because(error, language)}`;
    case "conversion":
      return text.finalConversionFailed(docx);
    case "pdf":
      return `${text.finalPdfFailed(docx)} ${because(error, language)}`;
    case "register":
      return error.appError.code === "conflict" ? text.finalRegisterTaken : `${text.finalRegisterFailed} ${because(error, language)}`;
  }
}
