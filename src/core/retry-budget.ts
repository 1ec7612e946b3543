/** How long a Graph call may keep the user waiting: the one budget every request and $batch is retried within. */

/** Limits of one user action's Graph call, retries included. */
export interface RetryBudget {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Longest single wait; a Retry-After asking for more is not shortened: the call gives up and says so. */
  readonly maxWaitSeconds: number;
  /** Seconds from the first attempt after which no wait or attempt starts and the user is told. */
  readonly deadlineSeconds: number;
}

/**
 * The Graph retry budget: at most 4 attempts, no single wait longer than 10 s, and after 20 s the user is told and
 * can retry. A secretariat waits that long for a page or a save before suspecting the network; longer throttling
 * (a Retry-After beyond 10 s) is a busy service that the user's own "Försök igen" rides out better than a spinner.
 */
export const GRAPH_RETRY_BUDGET: RetryBudget = { maxAttempts: 4, maxWaitSeconds: 10, deadlineSeconds: 20 };
