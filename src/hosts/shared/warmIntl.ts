/** Loads ICU's Swedish collation and Stockholm time-zone data while the first Graph answer is on its way. */
import { compareSv, toLocal } from "../../core";

/**
 * Makes the first Intl.Collator and Intl.DateTimeFormat now: created lazily (core/collation.ts, core/format.ts) they
 * would cost tens of ms when the answer is parsed, between the answer and the agenda on screen. Called by the UI chunk
 * once it has mounted, after the entry script has sent its request, so it never delays that request either.
 */
export function warmIntlSoon(): void {
  setTimeout(() => {
    compareSv("a", "b");
    toLocal(new Date().toISOString());
  }, 0);
}
