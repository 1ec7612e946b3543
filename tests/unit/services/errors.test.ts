import { codeForStatus, graphErrorFromResponse, GraphError, parseRetryAfter, toGraphError } from "../../../src/services/graph/errors";
import { isAppFailure } from "../../../src/core/errors";

describe("GraphError mapping", () => {
  it.each([
    [401, "unauthenticated"],
    [403, "forbidden"],
    [404, "notFound"],
    [409, "conflict"],
    [412, "conflict"],
    [429, "throttled"],
    [503, "unavailable"],
    [504, "timeout"],
    [400, "unknown"],
    [500, "unknown"],
  ] as const)("maps HTTP %i to %s", (status, code) => {
    expect(codeForStatus(status)).toBe(code);
    expect(graphErrorFromResponse(status, null, null, "GET /x").code).toBe(code);
  });

  it("reads the OData error body when the status alone says little", () => {
    const error = graphErrorFromResponse(400, { error: { code: "nameAlreadyExists", message: "Name already exists" } }, null, "POST /children");
    expect(error.code).toBe("conflict");
    expect(error.odataCode).toBe("nameAlreadyExists");
    expect(error.appError.detail).toContain("Name already exists");
    expect(graphErrorFromResponse(400, { error: { code: "InvalidAuthenticationToken", message: "" } }, null, "x").code).toBe("unauthenticated");
    expect(graphErrorFromResponse(500, { error: { code: "ErrorItemNotFound" } }, null, "x").code).toBe("notFound");
  });

  it("keeps the status over a contradicting body", () => {
    expect(graphErrorFromResponse(403, { error: { code: "itemNotFound", message: "" } }, null, "x").code).toBe("forbidden");
  });

  it("ignores bodies that are not OData errors", () => {
    for (const body of [null, "text", 42, [], { error: "x" }, { error: { message: "no code" } }]) {
      const error = graphErrorFromResponse(418, body, null, "x");
      expect(error.code).toBe("unknown");
      expect(error.odataCode).toBeNull();
    }
  });

  it("carries Retry-After in seconds, also from an HTTP date", () => {
    expect(graphErrorFromResponse(429, null, "7", "x").retryAfterSeconds).toBe(7);
    expect(parseRetryAfter("0")).toBe(0);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("soon")).toBeNull();
    const now = Date.parse("2026-12-11T07:30:00Z");
    expect(parseRetryAfter("Fri, 11 Dec 2026 07:30:05 GMT", now)).toBe(5);
    expect(parseRetryAfter("Fri, 11 Dec 2026 07:29:00 GMT", now)).toBe(0);
  });

  it("is an AppFailure with Swedish and English messages", () => {
    const error = new GraphError("throttled", "detail");
    expect(isAppFailure(error)).toBe(true);
    expect(error).toBeInstanceOf(Error);
    expect(error.userMessage("sv")).toMatch(/vänta/);
    expect(error.userMessage("en")).toMatch(/wait/);
    expect(new GraphError("forbidden").userMessage("sv")).toMatch(/behörighet/);
  });

  it("wraps foreign errors as unknown and keeps AppFailure codes", () => {
    expect(toGraphError(new TypeError("boom"), "x").code).toBe("unknown");
    const foreign = Object.assign(new Error("x"), { appError: { code: "offline" as const } });
    expect(toGraphError(foreign, "x").code).toBe("offline");
    const own = new GraphError("conflict");
    expect(toGraphError(own, "x")).toBe(own);
  });
});
