/** The subject offered when the secretariat has not written one ("Kommundirektörsmöte 19 april 2024"). */
import { defaultSubject } from "../folder";
import { STOCKHOLM } from "../format";

/** Suggested subject for a meeting starting at the given instant, in the group's own style (same as the folder's default). */
export function suggestSubject(startUtc: string, timeZone: string = STOCKHOLM): string {
  return defaultSubject(startUtc, timeZone);
}
