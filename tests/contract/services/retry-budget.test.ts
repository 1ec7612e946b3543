/**
 * One budget over real HTTP: against the demo tenant with DEMO_FAULTS, a single request and a $batch (outer and inner
 * answers) are retried within the same GRAPH_RETRY_BUDGET, and the user gets a typed error with a sentence after it.
 */
import { GRAPH_RETRY_BUDGET } from "../../../src/core";
import { errorMessage } from "../../../src/core/i18n/errors";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { createDemoTokenProvider, createGraphHttp, createServices, isGraphError } from "../../../src/services";
import type { ServicesOptions } from "../../../src/services";
import { configFor, DEFAULT_FOLDER, eventOn, ORGANIZER, startTenant } from "./harness";

/** Services whose clock only their own waits advance: Retry-After seconds cost no test time but count for the deadline. */
function clocked(): { options: ServicesOptions; waits: number[] } {
  let clock = 0;
  const waits: number[] = [];
  const sleep = (ms: number): Promise<void> => {
    waits.push(ms);
    clock += ms;
    return Promise.resolve();
  };
  return { options: { retry: { sleep, now: () => clock } }, waits };
}

function attemptsOf(tenant: DemoTenant, part: string): number {
  return tenant.requests().filter((r) => r.path.includes(part)).length;
}

describe("GRAPH_RETRY_BUDGET over real HTTP", () => {
  let tenant: DemoTenant;
  beforeAll(async () => {
    tenant = await startTenant({ faultRetryAfter: 0, timeoutMs: 2_000 });
  });
  afterAll(() => tenant.close());
  beforeEach(() => {
    tenant.setFaults(undefined);
    tenant.reset();
    tenant.clearRequests();
  });

  it("a single request and a $batch each make maxAttempts attempts under 429:1, then fail as 'throttled'", async () => {
    tenant.setFaults("429:1");
    const { options } = clocked();
    const http = createGraphHttp(configFor(tenant), createDemoTokenProvider(ORGANIZER), options);
    const single = await http.json({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(isGraphError(single) && single.code).toBe("throttled");
    expect(attemptsOf(tenant, "/me")).toBe(GRAPH_RETRY_BUDGET.maxAttempts);

    tenant.clearRequests();
    const services = createServices(configFor(tenant), createDemoTokenProvider(ORGANIZER), options);
    const key = eventOn(tenant.state(), "2026-12-11").iCalUId;
    const view = await services.meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER }).catch((e: unknown) => e);
    expect(isGraphError(view) && view.code).toBe("throttled");
    // The first $batch's inner requests are all refused; its rounds share the one run: no more than maxAttempts batches.
    const batches = tenant.requests().filter((r) => r.path.endsWith("/$batch"));
    expect(batches.length).toBe(GRAPH_RETRY_BUDGET.maxAttempts);
    expect(isGraphError(view) && view.userMessage("sv")).toBe(errorMessage("throttled", "sv"));
    expect(errorMessage("throttled", "sv")).toContain(`${GRAPH_RETRY_BUDGET.deadlineSeconds} sekunder`);
  });

  it("honours Retry-After on both paths and stops at the deadline with 'unavailable'", async () => {
    const slow = await startTenant({ faults: "503:1", faultRetryAfter: 8 });
    try {
      const single = clocked();
      const http = createGraphHttp(configFor(slow), createDemoTokenProvider(ORGANIZER), single.options);
      await expect(http.json({ method: "GET", path: "/me" })).rejects.toMatchObject({ appError: { code: "unavailable" }, status: 503 });
      // 8 s + 8 s fit the 20 s deadline; a third wait would end at 24 s.
      expect(single.waits).toEqual([8000, 8000]);

      slow.clearRequests();
      const batch = clocked();
      const services = createServices(configFor(slow), createDemoTokenProvider(ORGANIZER), batch.options);
      const key = eventOn(slow.state(), "2026-12-11").iCalUId;
      await expect(services.meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER })).rejects.toMatchObject({ appError: { code: "unavailable" } });
      expect(batch.waits).toEqual([8000, 8000]);
      expect(slow.requests().filter((r) => r.path.endsWith("/$batch"))).toHaveLength(3);
    } finally {
      await slow.close();
    }
  });

  it("a Retry-After beyond the longest wait is not shortened: the user is told at once", async () => {
    const busy = await startTenant({ faults: "429:1", faultRetryAfter: GRAPH_RETRY_BUDGET.maxWaitSeconds + 20 });
    try {
      const { options, waits } = clocked();
      const http = createGraphHttp(configFor(busy), createDemoTokenProvider(ORGANIZER), options);
      await expect(http.json({ method: "GET", path: "/me" })).rejects.toMatchObject({ appError: { code: "throttled" }, retryAfterSeconds: 30 });
      expect(waits).toEqual([]);
      expect(busy.requests()).toHaveLength(1);
    } finally {
      await busy.close();
    }
  });

  it("cuts a request the service sits on when the deadline comes, as 'timeout' with a sentence", async () => {
    tenant.setFaults("timeout:1");
    // A short deadline on the real clock: the tenant holds the answer for 2 s, our deadline ends the wait at 0.3 s.
    const http = createGraphHttp(configFor(tenant), createDemoTokenProvider(ORGANIZER), { retry: { deadlineSeconds: 0.3 } });
    const started = Date.now();
    const error = await http.json({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(isGraphError(error) && [error.code, error.status]).toEqual(["timeout", null]);
    expect(isGraphError(error) && error.userMessage("en")).toBe(errorMessage("timeout", "en"));
  });
});
