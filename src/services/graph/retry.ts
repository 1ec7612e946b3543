/** The one retry policy of every Graph call, single or $batch: GRAPH_RETRY_BUDGET with a clock tests can replace. */
import { GRAPH_RETRY_BUDGET } from "../../core";
import type { RetryBudget } from "../../core";

/** The budget plus its clock; `sleep` and `now` are injectable so tests neither wait nor race the wall clock. */
export interface RetryPolicy extends RetryBudget {
  /** Wait before the first retry when the server gives no Retry-After; doubles per retry. */
  readonly baseBackoffSeconds: number;
  sleep(ms: number): Promise<void>;
  /** Milliseconds on a monotonic-enough clock (Date.now in production). */
  now(): number;
}

/** Real-time sleep. */
export function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The production policy: the stated budget, half a second of first backoff, the wall clock. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { ...GRAPH_RETRY_BUDGET, baseBackoffSeconds: 0.5, sleep: realSleep, now: () => Date.now() };

/**
 * One call's spending of the budget, shared by everything that call sends: the outer $batch, its inner retries and
 * their own attempts draw on the same attempts and the same deadline.
 */
export class RetryRun {
  private readonly started: number;
  private attempts = 1;

  constructor(readonly policy: RetryPolicy) {
    this.started = policy.now();
  }

  /** Attempts made so far (the first included). */
  get attemptsMade(): number {
    return this.attempts;
  }

  /** Seconds since the first attempt. */
  elapsedSeconds(): number {
    return (this.policy.now() - this.started) / 1000;
  }

  /** Milliseconds left before the deadline (0 once it has passed). */
  remainingMs(): number {
    return Math.max(0, this.policy.deadlineSeconds * 1000 - (this.policy.now() - this.started));
  }

  /**
   * Seconds to wait before the next attempt, counting it; null when the budget allows none: attempts spent, a
   * Retry-After longer than the longest wait (retrying sooner would only be refused again), or a wait that would
   * end past the deadline. Without Retry-After the wait backs off exponentially, capped at the longest wait.
   */
  nextWait(retryAfterSeconds: number | null): number | null {
    const { maxAttempts, maxWaitSeconds, deadlineSeconds, baseBackoffSeconds } = this.policy;
    if (this.attempts >= maxAttempts) return null;
    if (retryAfterSeconds !== null && retryAfterSeconds > maxWaitSeconds) return null;
    const wait = Math.min(Math.max(0, retryAfterSeconds ?? baseBackoffSeconds * 2 ** (this.attempts - 1)), maxWaitSeconds);
    // An attempt must start before the deadline, not at it.
    if (this.elapsedSeconds() + wait >= deadlineSeconds) return null;
    this.attempts += 1;
    return wait;
  }

  /** Waits as nextWait says and returns true, or returns false at once when the budget allows no further attempt. */
  async waitForNext(retryAfterSeconds: number | null): Promise<boolean> {
    const wait = this.nextWait(retryAfterSeconds);
    if (wait === null) return false;
    await this.policy.sleep(wait * 1000);
    return true;
  }

  /** For logs: what was spent ("3 attempts in 12.5 s"). */
  describe(): string {
    return `${this.attempts} attempt${this.attempts === 1 ? "" : "s"} in ${this.elapsedSeconds().toFixed(1)} s`;
  }
}

/** Statuses that mean "not done, try again later" for a request with this method. */
export function isRetryableStatus(status: number, method: string): boolean {
  if (status === 429 || status === 503) return true;
  // A gateway timeout may come after the work was done: repeat only what is safe to repeat.
  return status === 504 && (method === "GET" || method === "HEAD");
}
