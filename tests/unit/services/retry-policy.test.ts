/** The one retry policy: attempts, waits, deadline, Retry-After honoured and never shortened, on an injected clock. */
import { GRAPH_RETRY_BUDGET } from "../../../src/core";
import { DEFAULT_RETRY_POLICY, RetryRun } from "../../../src/services/graph/retry";
import type { RetryPolicy } from "../../../src/services/graph/retry";

function clocked(overrides: Partial<RetryPolicy> = {}): { policy: RetryPolicy; waits: number[]; advance: (ms: number) => void } {
  let clock = 1_000_000;
  const waits: number[] = [];
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    sleep: (ms) => {
      waits.push(ms);
      clock += ms;
      return Promise.resolve();
    },
    now: () => clock,
    ...overrides,
  };
  return { policy, waits, advance: (ms) => (clock += ms) };
}

describe("GRAPH_RETRY_BUDGET", () => {
  it("is the stated budget, and the production policy uses it unchanged", () => {
    expect(GRAPH_RETRY_BUDGET).toEqual({ maxAttempts: 4, maxWaitSeconds: 10, deadlineSeconds: 20 });
    expect(DEFAULT_RETRY_POLICY).toMatchObject(GRAPH_RETRY_BUDGET);
    // The budget is consistent: the longest wait fits the deadline, and all waits at the cap cannot outlast it by more than one wait.
    expect(GRAPH_RETRY_BUDGET.maxWaitSeconds).toBeLessThanOrEqual(GRAPH_RETRY_BUDGET.deadlineSeconds);
  });
});

describe("RetryRun", () => {
  it("allows maxAttempts in all: maxAttempts - 1 waits, then none", () => {
    const run = new RetryRun(clocked().policy);
    const waits = [run.nextWait(0), run.nextWait(0), run.nextWait(0), run.nextWait(0)];
    expect(waits).toEqual([0, 0, 0, null]);
    expect(run.attemptsMade).toBe(4);
  });

  it("backs off exponentially from baseBackoffSeconds without Retry-After, capped at maxWaitSeconds", () => {
    const run = new RetryRun(clocked({ maxAttempts: 10, deadlineSeconds: 1000, baseBackoffSeconds: 3 }).policy);
    expect([run.nextWait(null), run.nextWait(null), run.nextWait(null), run.nextWait(null)]).toEqual([3, 6, 10, 10]);
  });

  it("honours Retry-After exactly when it fits, and gives up instead of shortening a longer one", () => {
    const run = new RetryRun(clocked().policy);
    expect(run.nextWait(7)).toBe(7);
    expect(run.nextWait(GRAPH_RETRY_BUDGET.maxWaitSeconds)).toBe(GRAPH_RETRY_BUDGET.maxWaitSeconds);
    const other = new RetryRun(clocked().policy);
    expect(other.nextWait(GRAPH_RETRY_BUDGET.maxWaitSeconds + 1)).toBeNull();
    expect(other.attemptsMade).toBe(1);
  });

  it("takes no wait that would end past the deadline, counting time spent in requests too", () => {
    const { policy, advance } = clocked();
    const run = new RetryRun(policy);
    advance(15_000); // a slow first answer
    expect(run.nextWait(5)).toBeNull();
    expect(run.nextWait(4.5)).toBe(4.5);
    expect(run.remainingMs()).toBe(5_000);
    advance(5_000);
    expect(run.remainingMs()).toBe(0);
    expect(run.nextWait(0)).toBeNull();
  });

  it("waitForNext sleeps on the injected clock and reports whether another attempt may start", async () => {
    const { policy, waits } = clocked();
    const run = new RetryRun(policy);
    await expect(run.waitForNext(2)).resolves.toBe(true);
    await expect(run.waitForNext(null)).resolves.toBe(true);
    await expect(run.waitForNext(10)).resolves.toBe(true);
    await expect(run.waitForNext(0)).resolves.toBe(false);
    expect(waits).toEqual([2000, 1000, 10_000]);
    expect(run.describe()).toBe("4 attempts in 13.0 s");
  });
});
