/** How our own code retries throttled work (inner $batch responses, uploads): honour Retry-After, with caps. */

/** Limits and the clock for retries; sleep is injectable so tests do not wait. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Longest single wait, whatever Retry-After says. */
  maxWaitSeconds: number;
  /** Longest total wait before giving up with the last error. */
  maxTotalWaitSeconds: number;
  /** Wait before the first retry when the server gives no Retry-After; doubles per attempt. */
  baseBackoffSeconds: number;
  sleep(ms: number): Promise<void>;
}

/** Real-time sleep. */
export function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Throttling on Graph comes in bursts that each hit a fraction of requests; a dozen short attempts within
// half a minute ride out a burst (a 40 % fault rate fails 12 attempts in a row with p ≈ 2e-5), while the
// total cap keeps a user from waiting on a service that is really down.
/** Defaults for the services. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 12,
  maxWaitSeconds: 10,
  maxTotalWaitSeconds: 30,
  baseBackoffSeconds: 0.2,
  sleep: realSleep,
};

/** Seconds to wait before retry number `retry` (1-based): Retry-After when given, else exponential backoff; capped. */
export function retryWaitSeconds(policy: RetryPolicy, retryAfterSeconds: number | null, retry: number): number {
  const wanted = retryAfterSeconds ?? policy.baseBackoffSeconds * 2 ** (retry - 1);
  return Math.min(Math.max(0, wanted), policy.maxWaitSeconds);
}

/** Statuses that mean "not done, try again later" for a request with this method. */
export function isRetryableStatus(status: number, method: string): boolean {
  if (status === 429 || status === 503) return true;
  // A gateway timeout may come after the work was done: repeat only what is safe to repeat.
  return status === 504 && (method === "GET" || method === "HEAD");
}
