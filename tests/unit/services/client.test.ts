import { DEMO_CONFIG } from "../../../src/config";
import type { TokenProvider } from "../../../src/services/auth/token-provider";
import { createGraphClient } from "../../../src/services/graph/client";
import { GraphError } from "../../../src/services/graph/errors";
import { GraphHttp } from "../../../src/services/graph/graph-http";
import { json, stubFetch, tokens } from "./fetch-stub";

const config = { ...DEMO_CONFIG, graphBaseUrl: "http://graph.test/" };

afterEach(() => jest.restoreAllMocks());

describe("Graph client over the transport", () => {
  it("sends to the configured root with the provider's bearer token", async () => {
    const seen = stubFetch([json(200, { displayName: "Elin" })]);
    const http = new GraphHttp(createGraphClient(config, tokens(["demo:elin"])));
    await expect(http.json({ method: "GET", path: "/me?$select=displayName" })).resolves.toEqual({ displayName: "Elin" });
    expect(seen).toEqual([{ url: "http://graph.test/v1.0/me?$select=displayName", method: "GET", authorization: "Bearer demo:elin", contentType: null, body: null }]);
  });

  it("on 401 drops the token and tries once more with a fresh one", async () => {
    const seen = stubFetch([json(401, { error: { code: "InvalidAuthenticationToken", message: "expired" } }), json(200, { ok: true })]);
    const provider = tokens(["old", "new"]);
    const http = new GraphHttp(createGraphClient(config, provider));
    await expect(http.json({ method: "GET", path: "/me" })).resolves.toEqual({ ok: true });
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer old", "Bearer new"]);
    expect(provider.invalidated).toBe(1);
  });

  it("surfaces unauthenticated when the fresh token is refused too", async () => {
    const seen = stubFetch([json(401, { error: { code: "InvalidAuthenticationToken", message: "no" } })]);
    const http = new GraphHttp(createGraphClient(config, tokens(["a", "b", "c"])));
    await expect(http.json({ method: "GET", path: "/me" })).rejects.toMatchObject({ appError: { code: "unauthenticated" } });
    expect(seen).toHaveLength(2);
  });

  it("turns a token provider failure into unauthenticated without calling Graph", async () => {
    const seen = stubFetch([json(200, {})]);
    const provider: TokenProvider = { getToken: () => Promise.reject(new Error("no account")) };
    const error = await new GraphHttp(createGraphClient(config, provider)).json({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ appError: { code: "unauthenticated" } });
    expect(seen).toHaveLength(0);
  });

  it("keeps the transport's offline code through the SDK", async () => {
    stubFetch([new TypeError("fetch failed")]);
    const error = await new GraphHttp(createGraphClient(config, tokens(["t"]))).json({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ appError: { code: "offline" } });
  });

  it("lets the SDK's RetryHandler retry an outer 429, honouring Retry-After", async () => {
    const seen = stubFetch([json(429, { error: { code: "TooManyRequests", message: "" } }, { "Retry-After": "0" }), json(200, { ok: 1 })]);
    const http = new GraphHttp(createGraphClient(config, tokens(["t"])));
    await expect(http.json({ method: "GET", path: "/me" })).resolves.toEqual({ ok: 1 });
    expect(seen).toHaveLength(2);
  });

  it("does not repeat a POST after a 504 (it may have been applied)", async () => {
    const seen = stubFetch([json(504, { error: { code: "GatewayTimeout", message: "" } }, { "Retry-After": "0" }), json(202, null)]);
    const http = new GraphHttp(createGraphClient(config, tokens(["t"])));
    await expect(http.json({ method: "POST", path: "/me/events/1/decline", body: { comment: "" } })).rejects.toMatchObject({ appError: { code: "throttled" } });
    expect(seen).toHaveLength(1);
  });

  it("maps error answers with their OData body, and a broken 2xx body to invalidResponse", async () => {
    stubFetch([json(412, { error: { code: "preconditionFailed", message: "eTag" } })]);
    const http = new GraphHttp(createGraphClient(config, tokens(["t"])));
    await expect(http.json({ method: "PATCH", path: "/x", body: {}, headers: { "If-Match": "e" } })).rejects.toMatchObject({ appError: { code: "conflict" }, status: 412 });
    jest.restoreAllMocks();
    stubFetch([new Response("<html>", { status: 200 })]);
    await expect(http.json({ method: "GET", path: "/x" })).rejects.toMatchObject({ appError: { code: "invalidResponse" } });
  });
});
