/** The one Graph path (send.ts + graph-http.ts): auth hook, retry policy and typed failures, for single calls and $batch alike. */
import { DEMO_CONFIG } from "../../../src/config";
import type { TokenProvider } from "../../../src/services/auth/token-provider";
import { GraphError } from "../../../src/services/graph/errors";
import { createGraphHttp } from "../../../src/services/graph/graph-path";
import type { RetryPolicy } from "../../../src/services/graph/retry";
import { json, stubFetch, tokens } from "./fetch-stub";

const config = { ...DEMO_CONFIG, graphBaseUrl: "http://graph.test/" };
const BATCH = { method: "POST", path: "/$batch", body: { requests: [{ id: "me", method: "GET", url: "/me" }] } } as const;
const throttle = (retryAfter?: string) => json(429, { error: { code: "TooManyRequests", message: "" } }, retryAfter === undefined ? {} : { "Retry-After": retryAfter });
const unavailable = () => json(503, { error: { code: "ServiceUnavailable", message: "" } });

/** The path with a clock that only the policy's sleeps advance. */
function path(provider: TokenProvider, retry: Partial<RetryPolicy> = {}, timeoutMs?: number) {
  let clock = 0;
  const waits: number[] = [];
  const http = createGraphHttp(config, provider, {
    retry: {
      sleep: (ms) => {
        waits.push(ms);
        clock += ms;
        return Promise.resolve();
      },
      now: () => clock,
      ...retry,
    },
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  return { http, waits };
}

afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe("the one Graph path: auth hook", () => {
  it("sends single calls and $batch to the configured root with the provider's bearer token", async () => {
    const seen = stubFetch([json(200, { displayName: "Elin" }), json(200, { responses: [] })]);
    const { http } = path(tokens(["demo:elin"]));
    await expect(http.json({ method: "GET", path: "/me?$select=displayName" })).resolves.toEqual({ displayName: "Elin" });
    await expect(http.json(BATCH)).resolves.toEqual({ responses: [] });
    expect(seen).toEqual([
      { url: "http://graph.test/v1.0/me?$select=displayName", method: "GET", authorization: "Bearer demo:elin", contentType: null, body: null },
      { url: "http://graph.test/v1.0/$batch", method: "POST", authorization: "Bearer demo:elin", contentType: "application/json", body: BATCH.body },
    ]);
  });

  it("on 401 drops the token and tries once more with a fresh one; a second 401 is unauthenticated", async () => {
    const seen = stubFetch([json(401, { error: { code: "InvalidAuthenticationToken", message: "expired" } }), json(200, { ok: true })]);
    const provider = tokens(["old", "new"]);
    await expect(path(provider).http.json({ method: "GET", path: "/me" })).resolves.toEqual({ ok: true });
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer old", "Bearer new"]);
    expect(provider.invalidated).toBe(1);

    jest.restoreAllMocks();
    const refused = stubFetch([json(401, { error: { code: "InvalidAuthenticationToken", message: "no" } })]);
    await expect(path(tokens(["a", "b", "c"])).http.json(BATCH)).rejects.toMatchObject({ appError: { code: "unauthenticated" } });
    expect(refused).toHaveLength(2);
  });

  it("turns a token provider failure into unauthenticated without calling Graph, and keeps a typed one", async () => {
    const seen = stubFetch([json(200, {})]);
    const provider: TokenProvider = { getToken: () => Promise.reject(new Error("no account")) };
    const error = await path(provider).http.json({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ appError: { code: "unauthenticated" } });
    expect(seen).toHaveLength(0);
    const busy: TokenProvider = { getToken: () => Promise.reject(new GraphError("throttled", "bridge busy")) };
    await expect(path(busy).http.json(BATCH)).rejects.toMatchObject({ appError: { code: "throttled" } });
  });

  it("keeps the transport's offline code and does not retry a network failure", async () => {
    const seen = stubFetch([new TypeError("fetch failed")]);
    await expect(path(tokens(["t"])).http.json({ method: "GET", path: "/me" })).rejects.toMatchObject({ appError: { code: "offline" } });
    expect(seen).toHaveLength(1);
  });

  it("sends binary bodies as they are, with the caller's Content-Type", async () => {
    const bodies: unknown[] = [];
    jest.spyOn(globalThis, "fetch").mockImplementation((_input, init) => {
      bodies.push(init?.body);
      expect(new Headers(init?.headers).get("Content-Type")).toBe("application/octet-stream");
      return Promise.resolve(json(201, { id: "f" }));
    });
    const blob = new Blob([new Uint8Array([1, 2, 3])]);
    await path(tokens(["t"])).http.json({ method: "PUT", path: "/drives/d/items/x:/a.pdf:/content", body: blob, headers: { "Content-Type": "application/octet-stream" } });
    expect(bodies).toEqual([blob]);
  });

  it("maps error answers with their OData body, and a broken 2xx body to invalidResponse", async () => {
    stubFetch([json(412, { error: { code: "preconditionFailed", message: "eTag" } })]);
    const { http } = path(tokens(["t"]));
    await expect(http.json({ method: "PATCH", path: "/x", body: {}, headers: { "If-Match": "e" } })).rejects.toMatchObject({ appError: { code: "conflict" }, status: 412 });
    jest.restoreAllMocks();
    stubFetch([new Response("<html>", { status: 200 })]);
    await expect(http.json({ method: "GET", path: "/x" })).rejects.toMatchObject({ appError: { code: "invalidResponse" } });
  });
});

describe("the one Graph path: retry policy", () => {
  it.each([
    ["a single GET", { method: "GET", path: "/me" } as const],
    ["a $batch", BATCH],
  ])("retries 429 and 503 for %s, honouring Retry-After in seconds or as a date", async (_name, call) => {
    const past = new Date(Date.now() - 60_000).toUTCString();
    const seen = stubFetch([throttle("3"), json(503, {}, { "Retry-After": past }), unavailable(), json(200, { ok: 1 })]);
    const { http, waits } = path(tokens(["t"]));
    await expect(http.json(call)).resolves.toEqual({ ok: 1 });
    expect(seen).toHaveLength(4);
    expect(waits).toEqual([3000, 0, 2000]);
  });

  it("gives up after maxAttempts with a throttled error whose detail says what was spent", async () => {
    const seen = stubFetch([throttle("1")]);
    const error = (await path(tokens(["t"])).http.json(BATCH).catch((e: unknown) => e)) as GraphError;
    expect(error).toMatchObject({ appError: { code: "throttled" }, status: 429 });
    expect(error.message).toContain("4 attempts in 3.0 s");
    expect(seen).toHaveLength(4);
  });

  it("gives up at once on a Retry-After longer than the longest wait (it is never shortened)", async () => {
    const seen = stubFetch([throttle("60"), json(200, {})]);
    const { http, waits } = path(tokens(["t"]));
    await expect(http.json({ method: "GET", path: "/me" })).rejects.toMatchObject({ appError: { code: "throttled" }, retryAfterSeconds: 60 });
    expect(seen).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("ends 503s as 'unavailable' once a wait would pass the deadline", async () => {
    const seen = stubFetch([json(503, {}, { "Retry-After": "8" })]);
    const { http, waits } = path(tokens(["t"]));
    await expect(http.json({ method: "GET", path: "/me" })).rejects.toMatchObject({ appError: { code: "unavailable" }, status: 503 });
    // 8 + 8 = 16 s fit 20 s; a third wait would end at 24 s.
    expect(waits).toEqual([8000, 8000]);
    expect(seen).toHaveLength(3);
  });

  it("retries a GET's 504 but never a POST's (it may have been applied)", async () => {
    const seen = stubFetch([json(504, { error: { code: "GatewayTimeout", message: "" } }), json(202, null)]);
    await expect(path(tokens(["t"])).http.json({ method: "POST", path: "/me/events/1/decline", body: { comment: "" } })).rejects.toMatchObject({
      appError: { code: "timeout" },
      status: 504,
    });
    expect(seen).toHaveLength(1);
    jest.restoreAllMocks();
    const get = stubFetch([json(504, {}), json(200, { ok: 1 })]);
    await expect(path(tokens(["t"])).http.json({ method: "GET", path: "/me" })).resolves.toEqual({ ok: 1 });
    expect(get).toHaveLength(2);
  });

  it("cuts an attempt that outlasts the deadline with 'timeout', keeping a caller's Content-Type", async () => {
    jest.useFakeTimers();
    let aborted = false;
    jest.spyOn(globalThis, "fetch").mockImplementation((_input, init) => {
      expect(new Headers(init?.headers).get("Content-Type")).toBe("application/json; charset=utf-8");
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => {
          aborted = true;
          reject(new DOMException("aborted", "AbortError"));
        });
      });
    });
    // The real clock: the deadline timer is what must fire, well before the transport's own 60 s.
    const http = createGraphHttp(config, tokens(["t"]), { timeoutMs: 60_000 });
    const outcome = http.json({ ...BATCH, headers: { "content-type": "application/json; charset=utf-8" } }).catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(19_000);
    expect(aborted).toBe(false);
    await jest.advanceTimersByTimeAsync(1_500);
    expect(aborted).toBe(true);
    await expect(outcome).resolves.toMatchObject({ appError: { code: "timeout" }, status: null });
  });

  it("lets the transport's own, shorter timeout end an attempt as offline", async () => {
    jest.useFakeTimers();
    jest.spyOn(globalThis, "fetch").mockImplementation(
      (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")))),
    );
    const outcome = createGraphHttp(config, tokens(["t"]), { timeoutMs: 50 }).json(BATCH).catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(60);
    await expect(outcome).resolves.toMatchObject({ appError: { code: "offline" } });
  });
});
