import { runBatch } from "../../../src/services/graph/batch";
import type { BatchRequest } from "../../../src/services/graph/batch";
import { GraphError } from "../../../src/services/graph/errors";
import type { GraphCall, GraphHttp } from "../../../src/services/graph/graph-http";
import type { RetryPolicy } from "../../../src/services/graph/retry";

type Inner = { id: string; method: string; url: string; body?: unknown; headers?: Record<string, string> };
type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

/** A fake $batch endpoint: answers[id] is consumed one per attempt; the last answer repeats. */
function fakeHttp(answers: Record<string, Answer[]>): { http: GraphHttp; sent: Inner[][] } {
  const sent: Inner[][] = [];
  const http = {
    json: (call: GraphCall) => {
      expect(call).toMatchObject({ method: "POST", path: "/$batch" });
      const requests = (call.body as { requests: Inner[] }).requests;
      sent.push(requests);
      return Promise.resolve({
        responses: requests.map((r) => {
          const queue = answers[r.id] ?? [{ status: 200, body: { id: r.id } }];
          const answer = queue.length > 1 ? queue.shift()! : queue[0]!;
          return { id: r.id, status: answer.status, headers: answer.headers ?? {}, body: answer.body ?? {} };
        }),
      });
    },
  } as unknown as GraphHttp;
  return { http, sent };
}

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy & { waits: number[] } {
  const waits: number[] = [];
  let clock = 0;
  return {
    maxAttempts: 4,
    maxWaitSeconds: 10,
    deadlineSeconds: 30,
    baseBackoffSeconds: 0.5,
    sleep: (ms: number) => {
      waits.push(ms);
      clock += ms;
      return Promise.resolve();
    },
    now: () => clock,
    waits,
    ...overrides,
  };
}

const get = (id: string): BatchRequest => ({ id, method: "GET", url: `/${id}` });
const throttled = (seconds?: number): Answer => ({ status: 429, headers: seconds === undefined ? {} : { "Retry-After": String(seconds) }, body: { error: { code: "TooManyRequests", message: "" } } });

describe("runBatch", () => {
  it("sends all requests in one batch and returns each outcome", async () => {
    const { http, sent } = fakeHttp({ b: [{ status: 403, body: { error: { code: "ErrorAccessDenied", message: "no" } } }] });
    const p = policy();
    const outcomes = await runBatch(http, [get("a"), get("b")], p);
    expect(sent).toHaveLength(1);
    expect(outcomes.get("a")).toEqual({ ok: true, status: 200, body: { id: "a" } });
    const b = outcomes.get("b");
    expect(b?.ok).toBe(false);
    expect(!b?.ok && b?.error.code).toBe("forbidden");
    expect(p.waits).toEqual([]);
  });

  it("re-sends only throttled inner requests, after the largest Retry-After", async () => {
    const { http, sent } = fakeHttp({ b: [throttled(2), { status: 200, body: "b2" }], c: [{ status: 503, headers: { "retry-after": "3" } }, { status: 200, body: "c2" }] });
    const p = policy();
    const outcomes = await runBatch(http, [get("a"), get("b"), get("c")], p);
    expect(sent.map((batch) => batch.map((r) => r.id))).toEqual([["a", "b", "c"], ["b", "c"]]);
    expect(p.waits).toEqual([3000]);
    expect(outcomes.get("b")).toMatchObject({ ok: true, body: "b2" });
    expect(outcomes.get("c")).toMatchObject({ ok: true, body: "c2" });
  });

  it("backs off exponentially without Retry-After, capped at maxWaitSeconds", async () => {
    const { http } = fakeHttp({ a: [throttled(), throttled(), throttled(), { status: 200 }] });
    const p = policy({ baseBackoffSeconds: 4 });
    const outcome = (await runBatch(http, [get("a")], p)).get("a");
    expect(p.waits).toEqual([4_000, 8_000, 10_000]);
    expect(outcome?.ok).toBe(true);
  });

  it("never shortens a Retry-After longer than maxWaitSeconds: it gives up at once with the throttled error", async () => {
    const { http, sent } = fakeHttp({ a: [throttled(120), { status: 200 }] });
    const p = policy();
    const outcome = (await runBatch(http, [get("a")], p)).get("a");
    expect(sent).toHaveLength(1);
    expect(p.waits).toEqual([]);
    expect(!outcome?.ok && [outcome?.error.code, outcome?.error.retryAfterSeconds]).toEqual(["throttled", 120]);
  });

  it("gives up after maxAttempts with the throttled error", async () => {
    const { http, sent } = fakeHttp({ a: [throttled(0)] });
    const p = policy({ maxAttempts: 3 });
    const outcome = (await runBatch(http, [get("a")], p)).get("a");
    expect(sent).toHaveLength(3);
    expect(outcome).toMatchObject({ ok: false });
    expect(!outcome?.ok && outcome?.error).toBeInstanceOf(GraphError);
    expect(!outcome?.ok && outcome?.error.code).toBe("throttled");
  });

  it("gives up when a wait would end past the deadline", async () => {
    const { http, sent } = fakeHttp({ a: [throttled(8)] });
    const p = policy({ maxAttempts: 10, deadlineSeconds: 20 });
    await runBatch(http, [get("a")], p);
    expect(p.waits).toEqual([8000, 8000]);
    expect(sent).toHaveLength(3);
  });

  it("retries a 504 for a GET but never for a POST (it may have been applied)", async () => {
    const timeout: Answer = { status: 504, body: { error: { code: "GatewayTimeout", message: "" } } };
    const { http, sent } = fakeHttp({ g: [timeout, { status: 200 }], p: [timeout, { status: 202 }] });
    const outcomes = await runBatch(http, [get("g"), { id: "p", method: "POST", url: "/me/events/1/decline", body: { comment: "" } }], policy());
    expect(sent.map((batch) => batch.map((r) => r.id))).toEqual([["g", "p"], ["g"]]);
    expect(outcomes.get("g")?.ok).toBe(true);
    expect(outcomes.get("p")).toMatchObject({ ok: false });
  });

  it("adds Content-Type to inner requests with a body", async () => {
    const { http, sent } = fakeHttp({});
    await runBatch(http, [{ id: "p", method: "PATCH", url: "/x", body: { a: 1 }, headers: { "If-Match": "e" } }], policy());
    expect(sent[0]![0]).toEqual({ id: "p", method: "PATCH", url: "/x", body: { a: 1 }, headers: { "If-Match": "e", "Content-Type": "application/json" } });
  });

  it("splits more than 20 requests into batches of at most 20", async () => {
    const { http, sent } = fakeHttp({});
    const requests = Array.from({ length: 45 }, (_, i) => get(`r${i}`));
    const outcomes = await runBatch(http, requests, policy());
    expect(sent.map((batch) => batch.length)).toEqual([20, 20, 5]);
    expect(outcomes.size).toBe(45);
  });

  it("rejects malformed batch answers as invalidResponse", async () => {
    const broken = { json: () => Promise.resolve({ responses: "nope" }) } as unknown as GraphHttp;
    await expect(runBatch(broken, [get("a")], policy())).rejects.toMatchObject({ appError: { code: "invalidResponse" } });
    const missing = { json: () => Promise.resolve({ responses: [] }) } as unknown as GraphHttp;
    const outcome = (await runBatch(missing, [get("a")], policy())).get("a");
    expect(!outcome?.ok && outcome?.error.code).toBe("invalidResponse");
  });

  it("refuses duplicate ids", async () => {
    const { http } = fakeHttp({});
    await expect(runBatch(http, [get("a"), get("a")], policy())).rejects.toBeInstanceOf(GraphError);
  });
});
