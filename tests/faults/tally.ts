/** Counting a scripted user's actions under faults: attempted, completed, reported to the user, lost. */
import { isAppFailure } from "../../src/core";
import type { ErrorCode } from "../../src/core";
import { errorMessage } from "../../src/core/i18n/errors";

/** How often the scripted user presses "Försök igen" before giving up on an action. */
export const MAX_USER_RETRIES = 4;

// Faults are throttling, unavailability and timeouts: they may only surface as these codes ("conflict" when an
// earlier attempt's lost answer raced a later one is handled by the services and must not reach the user).
const TRANSIENT: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["throttled", "unavailable", "timeout", "offline"]);

/** Figures of one run. */
export interface Tally {
  attempted: number;
  /** Resolved for the user (first try or after their retries); verified against the tenant's state by the suite. */
  completed: number;
  /** Actions where the user saw at least one failure sentence before it worked. */
  reported: number;
  /** Times the user pressed retry. */
  userRetries: number;
  /** Actions whose effect is missing or doubled in the tenant although the user was told they worked. */
  lost: number;
  /** Actions the user gave up on after MAX_USER_RETRIES (told each time; not lost, but must stay 0 to pass). */
  abandoned: number;
  conflicts: number;
  /** Everything a user was shown, to check it reads as plain Swedish. */
  messages: Set<string>;
  /** Failures with a code no fault should produce. */
  unexpected: string[];
}

/** A fresh tally. */
export function newTally(): Tally {
  return { attempted: 0, completed: 0, reported: 0, userRetries: 0, lost: 0, abandoned: 0, conflicts: 0, messages: new Set(), unexpected: [] };
}

/** Adds b's figures to a. */
export function addTally(a: Tally, b: Tally): void {
  a.attempted += b.attempted;
  a.completed += b.completed;
  a.reported += b.reported;
  a.userRetries += b.userRetries;
  a.lost += b.lost;
  a.abandoned += b.abandoned;
  a.conflicts += b.conflicts;
  for (const m of b.messages) a.messages.add(m);
  a.unexpected.push(...b.unexpected);
}

/** Thrown when the scripted user gives up; the suite fails on it. */
export class AbandonedAction extends Error {}

/**
 * Runs one user action: a typed failure is what the UI shows (errorMessage(code, 'sv')), after which the user retries
 * with the same input still on screen. Anything untyped is a bug and fails the test at once.
 */
export async function act<T>(tally: Tally, name: string, run: () => Promise<T>): Promise<T> {
  tally.attempted += 1;
  let told = false;
  for (let attempt = 0; ; attempt++) {
    try {
      const value = await run();
      tally.completed += 1;
      return value;
    } catch (error) {
      if (!isAppFailure(error)) throw error;
      const code = error.appError.code;
      tally.messages.add(errorMessage(code, "sv"));
      if (!TRANSIENT.has(code)) tally.unexpected.push(`${name}: ${code} (${error.message})`);
      if (!told) tally.reported += 1;
      told = true;
      if (attempt >= MAX_USER_RETRIES) {
        tally.abandoned += 1;
        throw new AbandonedAction(`${name}: still failing after ${MAX_USER_RETRIES} retries: ${error.message}`);
      }
      tally.userRetries += 1;
    }
  }
}

/** Marks a completed action as lost (its effect is not in the tenant exactly once). */
export function lose(tally: Tally, what: string, problems: string[]): void {
  tally.lost += 1;
  tally.completed -= 1;
  problems.push(what);
}
