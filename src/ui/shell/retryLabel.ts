/** The label of an error's way on: "Logga in igen" when the sign-in has run out, else "Försök igen". */
import type { ErrorCode, CommonStrings } from "../../core";

/** The retry button's label for an error code (the same action: load again, which signs in again when needed). */
export function retryLabel(code: ErrorCode, common: Pick<CommonStrings, "retry" | "signInAgain">): string {
  // After a rejected token the services already renewed it silently once; what remains needs the user, and a click
  // is what lets the sign-in window open (browsers block pop-ups that no click started).
  return code === "unauthenticated" ? common.signInAgain : common.retry;
}
