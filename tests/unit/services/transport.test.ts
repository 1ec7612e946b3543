import { GraphError } from "../../../src/services/graph/errors";
import { httpFetch } from "../../../src/services/http/transport";

afterEach(() => jest.restoreAllMocks());

describe("httpFetch", () => {
  it("passes the answer through", async () => {
    const spy = jest.spyOn(globalThis, "fetch").mockResolvedValue(new Response("ok", { status: 201 }));
    const response = await httpFetch("http://graph.test/v1.0/me", { method: "POST", body: "{}" });
    expect(response.status).toBe(201);
    expect(spy.mock.calls[0]![1]).toMatchObject({ method: "POST", body: "{}" });
    expect(spy.mock.calls[0]![1]?.signal).toBeInstanceOf(AbortSignal);
  });

  it("maps a network failure to GraphError('offline')", async () => {
    jest.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("fetch failed", { cause: new Error("ECONNREFUSED") }));
    const error = await httpFetch("http://graph.test/v1.0/me").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ appError: { code: "offline" } });
    expect((error as GraphError).message).toContain("ECONNREFUSED");
  });

  it("gives up after the timeout as offline", async () => {
    jest.spyOn(globalThis, "fetch").mockImplementation(
      (_input, init) => new Promise((_ok, fail) => init?.signal?.addEventListener("abort", () => fail(new DOMException("aborted", "AbortError")))),
    );
    const error = await httpFetch("http://graph.test/v1.0/me", { timeoutMs: 20 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ appError: { code: "offline" } });
    expect((error as GraphError).message).toContain("timeout after 20 ms");
  });

  it("lets the caller's own cancellation through unchanged", async () => {
    const abort = new DOMException("aborted", "AbortError");
    jest.spyOn(globalThis, "fetch").mockImplementation((_input, init) => new Promise((_ok, fail) => init?.signal?.addEventListener("abort", () => fail(abort))));
    const controller = new AbortController();
    const pending = httpFetch("http://graph.test/v1.0/me", { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBe(abort);
  });
});
