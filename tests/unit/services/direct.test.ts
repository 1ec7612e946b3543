import { DEMO_CONFIG } from "../../../src/config";
import type { TokenProvider } from "../../../src/services/auth/token-provider";
import { createGraphClient } from "../../../src/services/graph/client";
import { createDirectSend } from "../../../src/services/graph/direct";
import type { GraphClientOptions } from "../../../src/services/graph/client";
import { GraphError } from "../../../src/services/graph/errors";
import { GraphHttp } from "../../../src/services/graph/graph-http";
import { json, stubFetch, tokens } from "./fetch-stub";

const config = { ...DEMO_CONFIG, graphBaseUrl: "http://graph.test/" };
const BATCH = { method: "POST", path: "/$batch", body: { requests: [{ id: "me", method: "GET", url: "/me" }] } } as const;


/** The services' wiring: the SDK behind a loader, $batch on the light path. */
function http(provider: TokenProvider, options: GraphClientOptions = { retryDelaySeconds: 0.001 }) {
  const loader = jest.fn(() => Promise.resolve(createGraphClient(config, provider, options)));
  return { loader, http: new GraphHttp(loader, createDirectSend(config, provider, options)) };
}

afterEach(() => jest.restoreAllMocks());

describe("the light $batch path", () => {
  it("posts the batch as JSON to the configured root with the bearer token, without loading the SDK", async () => {
    const seen = stubFetch([json(200, { responses: [] })]);
    const { http: client, loader } = http(tokens(["demo:elin"]));
    await expect(client.json(BATCH)).resolves.toEqual({ responses: [] });
    expect(seen).toEqual([{ url: "http://graph.test/v1.0/$batch", method: "POST", authorization: "Bearer demo:elin", contentType: "application/json", body: BATCH.body }]);
    expect(loader).not.toHaveBeenCalled();
  });

  it("sends every other call through the SDK client, loaded once on first need", async () => {
    const seen = stubFetch([json(200, { displayName: "Elin" })]);
    const { http: client, loader } = http(tokens(["t"]));
    await client.json({ method: "GET", path: "/me" });
    await client.json({ method: "GET", path: "/me" });
    expect(loader).toHaveBeenCalledTimes(1);
    expect(seen.map((s) => s.url)).toEqual(["http://graph.test/v1.0/me", "http://graph.test/v1.0/me"]);
  });

  it("reports a client that did not load as offline, and tries loading again on the next call", async () => {
    stubFetch([json(200, { ok: true })]);
    const provider = tokens(["t"]);
    const loader = jest.fn().mockRejectedValueOnce(new Error("ChunkLoadError")).mockResolvedValue(createGraphClient(config, provider));
    const client = new GraphHttp(loader, createDirectSend(config, provider));
    await expect(client.json({ method: "GET", path: "/me" })).rejects.toMatchObject({ appError: { code: "offline" } });
    await expect(client.json({ method: "GET", path: "/me" })).resolves.toEqual({ ok: true });
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it("on 401 drops the token and tries once more with a fresh one; a second 401 is unauthenticated", async () => {
    const seen = stubFetch([json(401, { error: { code: "InvalidAuthenticationToken", message: "expired" } }), json(200, { responses: [] })]);
    const provider = tokens(["old", "new"]);
    await expect(http(provider).http.json(BATCH)).resolves.toEqual({ responses: [] });
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer old", "Bearer new"]);
    expect(provider.invalidated).toBe(1);

    jest.restoreAllMocks();
    const refused = stubFetch([json(401, { error: { code: "InvalidAuthenticationToken", message: "no" } })]);
    await expect(http(tokens(["a", "b", "c"])).http.json(BATCH)).rejects.toMatchObject({ appError: { code: "unauthenticated" } });
    expect(refused).toHaveLength(2);
  });

  it("turns a token provider failure into unauthenticated without calling Graph", async () => {
    const seen = stubFetch([json(200, {})]);
    const provider: TokenProvider = { getToken: () => Promise.reject(new Error("no account")) };
    const error = await http(provider).http.json(BATCH).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ appError: { code: "unauthenticated" } });
    expect(seen).toHaveLength(0);
  });

  it("keeps a typed token failure and the transport's offline code", async () => {
    stubFetch([json(200, {})]);
    const throttled: TokenProvider = { getToken: () => Promise.reject(new GraphError("throttled", "bridge busy")) };
    await expect(http(throttled).http.json(BATCH)).rejects.toMatchObject({ appError: { code: "throttled" } });
    jest.restoreAllMocks();
    stubFetch([new TypeError("fetch failed")]);
    await expect(http(tokens(["t"])).http.json(BATCH)).rejects.toMatchObject({ appError: { code: "offline" } });
  });

  it("retries an outer 429 and 503 like the SDK's RetryHandler, honouring Retry-After in seconds or as a date", async () => {
    const past = new Date(Date.now() - 60_000).toUTCString();
    const seen = stubFetch([
      json(429, { error: { code: "TooManyRequests", message: "" } }, { "Retry-After": "0" }),
      json(503, { error: { code: "ServiceUnavailable", message: "" } }, { "Retry-After": past }),
      json(503, { error: { code: "ServiceUnavailable", message: "" } }),
      json(200, { responses: [] }),
    ]);
    await expect(http(tokens(["t"])).http.json(BATCH)).resolves.toEqual({ responses: [] });
    expect(seen).toHaveLength(4);
  });

  it("gives up after maxRetries with the throttled answer, and never repeats a POST after a 504", async () => {
    const seen = stubFetch([json(429, { error: { code: "TooManyRequests", message: "" } }, { "Retry-After": "0" })]);
    await expect(http(tokens(["t"]), { maxRetries: 2, retryDelaySeconds: 0 }).http.json(BATCH)).rejects.toMatchObject({ appError: { code: "throttled" } });
    expect(seen).toHaveLength(3);

    jest.restoreAllMocks();
    const once = stubFetch([json(504, { error: { code: "GatewayTimeout", message: "" } }, { "Retry-After": "0" }), json(200, { responses: [] })]);
    await expect(http(tokens(["t"])).http.json(BATCH)).rejects.toMatchObject({ appError: { code: "throttled" } });
    expect(once).toHaveLength(1);
  });

  it("keeps a caller's Content-Type and passes the timeout to the transport", async () => {
    jest.useFakeTimers();
    try {
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
      const pending = http(tokens(["t"]), { timeoutMs: 50 }).http.json({ ...BATCH, headers: { "content-type": "application/json; charset=utf-8" } });
      const outcome = pending.catch((e: unknown) => e);
      await jest.advanceTimersByTimeAsync(60);
      expect(aborted).toBe(true);
      await expect(outcome).resolves.toMatchObject({ appError: { code: "offline" } });
    } finally {
      jest.useRealTimers();
    }
  });
});
