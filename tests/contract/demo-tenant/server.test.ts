import { FaultInjector, parseFaults } from "../../../src/demo-tenant/faults";
import { demoOptionsFromEnv } from "../../../src/demo-tenant/server";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { graph, MEMBER, ORGANIZER, start } from "./helpers";

describe("demo routes and the request log", () => {
  let tenant: DemoTenant;
  beforeAll(async () => {
    tenant = await start();
  });
  afterAll(() => tenant.close());

  it("lists the demo users without a token", async () => {
    const r = await fetch(`${tenant.url}/_demo/users`);
    const users = (await r.json()) as { mail: string; name: string; role: string; organisation: string }[];
    expect(users.find((u) => u.mail === ORGANIZER)).toEqual({ mail: ORGANIZER, name: "Elin Sjöberg", role: "secretariat", organisation: "sekretariatet" });
    expect(users.filter((u) => u.role === "secretariat")).toHaveLength(1);
    expect(users.length).toBeGreaterThanOrEqual(14);
  });

  it("logs Graph requests (with query and batch content), not /_demo, preflights or file downloads; DELETE clears", async () => {
    await fetch(`${tenant.url}/_demo/requests`, { method: "DELETE" });
    await graph(tenant, MEMBER, "/me?$select=displayName");
    await graph(tenant, undefined, "/me");
    await graph(tenant, MEMBER, "/$batch", { method: "POST", body: { requests: [{ id: "1", method: "GET", url: "/me" }] } });
    await fetch(`${tenant.url}/v1.0/me`, { method: "OPTIONS", headers: { Origin: "http://localhost:3000", "Access-Control-Request-Method": "GET" } });
    await fetch(`${tenant.url}/_demo/users`);
    await fetch(`${tenant.url}/sites/kdgrupp/Moteshandlingar`);
    const log = (await (await fetch(`${tenant.url}/_demo/requests`)).json()) as { method: string; path: string; status: number; at: string; batch?: { method: string; url: string }[] }[];
    expect(log.map((e) => [e.method, e.path, e.status])).toEqual([
      ["GET", "/v1.0/me?$select=displayName", 200],
      ["GET", "/v1.0/me", 401],
      ["POST", "/v1.0/$batch", 200],
    ]);
    expect(log[2]?.batch).toEqual([{ id: "1", method: "GET", url: "/me", status: 200 }]);
    expect(Number.isNaN(Date.parse(log[0]?.at ?? ""))).toBe(false);
    expect(tenant.requests()).toHaveLength(3);
    expect((await fetch(`${tenant.url}/_demo/requests`, { method: "DELETE" })).status).toBe(204);
    expect(tenant.requests()).toHaveLength(0);
  });

  it("resets the working copy over HTTP", async () => {
    const before = tenant.state().events[10]?.attendees.map((a) => a.response);
    const id = (await graph(tenant, "henrik.olsson@svalov.se", `/me/calendarView?startDateTime=2026-12-11T00:00:00Z&endDateTime=2026-12-12T00:00:00Z`)).body.value[0].id;
    await graph(tenant, "henrik.olsson@svalov.se", `/me/events/${encodeURIComponent(id)}/accept`, { method: "POST", body: {} });
    expect(tenant.state().events[10]?.attendees.map((a) => a.response)).not.toEqual(before);
    expect((await fetch(`${tenant.url}/_demo/reset`, { method: "POST" })).status).toBe(204);
    expect(tenant.state().events[10]?.attendees.map((a) => a.response)).toEqual(before);
  });

  it("answers CORS preflights with the allowed headers and exposes ETag", async () => {
    const pre = await fetch(`${tenant.url}/v1.0/me/events`, {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:3000", "Access-Control-Request-Method": "PATCH", "Access-Control-Request-Headers": "authorization,if-match,content-type,prefer" },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("*");
    const allowed = (pre.headers.get("access-control-allow-headers") ?? "").toLowerCase();
    for (const h of ["authorization", "content-type", "if-match", "prefer"]) expect(allowed).toContain(h);
    expect(pre.headers.get("access-control-allow-methods")).toContain("PATCH");
    const get = await graph(tenant, MEMBER, "/me");
    expect(get.headers.get("access-control-expose-headers")).toContain("ETag");
    expect(get.headers.get("request-id")).toEqual(expect.any(String));
  });
});

describe("a configured CORS origin", () => {
  it("names that origin instead of *", async () => {
    const tenant = await start({ corsOrigin: "http://localhost:3000" });
    try {
      const r = await fetch(`${tenant.url}/v1.0/me`, { method: "OPTIONS", headers: { Origin: "http://localhost:3000" } });
      expect(r.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    } finally {
      await tenant.close();
    }
  });
});

describe("latency and faults", () => {
  it("delays each HTTP request by the latency, and a batch only once", async () => {
    const tenant = await start({ latencyMs: 150 });
    try {
      let t = Date.now();
      await graph(tenant, MEMBER, "/me");
      expect(Date.now() - t).toBeGreaterThanOrEqual(140);
      t = Date.now();
      const requests = Array.from({ length: 10 }, (_, i) => ({ id: String(i), method: "GET", url: "/me" }));
      const r = await graph(tenant, MEMBER, "/$batch", { method: "POST", body: { requests } });
      const elapsed = Date.now() - t;
      expect(r.body.responses).toHaveLength(10);
      expect(elapsed).toBeGreaterThanOrEqual(140);
      expect(elapsed).toBeLessThan(600);
      tenant.setLatency(0);
      t = Date.now();
      await graph(tenant, MEMBER, "/me");
      expect(Date.now() - t).toBeLessThan(140);
    } finally {
      await tenant.close();
    }
  });

  it("injects top-level 429 and 503 with Retry-After, and never faults /_demo", async () => {
    const tenant = await start({ faults: "429:1", faultRetryAfter: 1 });
    try {
      const r = await graph(tenant, MEMBER, "/me");
      expect(r.status).toBe(429);
      expect(r.headers.get("retry-after")).toBe("1");
      expect(r.body.error.code).toBe("TooManyRequests");
      expect((await fetch(`${tenant.url}/_demo/users`)).status).toBe(200);
      tenant.setFaults("503:1");
      const s = await graph(tenant, MEMBER, "/me");
      expect(s.status).toBe(503);
      expect(s.body.error.code).toBe("ServiceUnavailable");
    } finally {
      await tenant.close();
    }
  });

  it("holds a timed-out request for timeoutMs, then answers 504", async () => {
    const tenant = await start({ faults: "timeout:1", timeoutMs: 200 });
    try {
      const t = Date.now();
      const r = await graph(tenant, MEMBER, "/me");
      expect(r.status).toBe(504);
      expect(Date.now() - t).toBeGreaterThanOrEqual(190);
    } finally {
      await tenant.close();
    }
  });

  it("closes promptly even while a request is held", async () => {
    const tenant = await start({ faults: "timeout:1", timeoutMs: 60000 });
    const pending = graph(tenant, MEMBER, "/me").catch(() => "aborted");
    await new Promise((r) => setTimeout(r, 50));
    const t = Date.now();
    await tenant.close();
    expect(Date.now() - t).toBeLessThan(1000);
    await pending;
  });

  it("changes faults of a running server over /_demo/faults", async () => {
    const tenant = await start();
    try {
      await fetch(`${tenant.url}/_demo/faults`, { method: "POST", body: JSON.stringify({ faults: "429:1", seed: 3 }) });
      expect((await graph(tenant, MEMBER, "/me")).status).toBe(429);
      expect((await fetch(`${tenant.url}/_demo/faults`, { method: "POST", body: JSON.stringify({ faults: "418:1" }) })).status).toBe(400);
    } finally {
      await tenant.close();
    }
  });

  it("injects a fault only into requests whose path contains `where`, as SharePoint's 403 accessDenied", async () => {
    const tenant = await start();
    try {
      tenant.injectFaults(["403"], "/children");
      expect((await graph(tenant, MEMBER, "/me")).status).toBe(200);
      const requests = [
        { id: "me", method: "GET", url: "/me" },
        { id: "files", method: "GET", url: "/drives/nope/items/nope/children" },
      ];
      const batch = await graph(tenant, MEMBER, "/$batch", { method: "POST", body: { requests } });
      const byId = new Map<string, { status: number; body: { error?: { code: string } } }>(batch.body.responses.map((r: { id: string }) => [r.id, r]));
      expect(byId.get("me")?.status).toBe(200);
      expect(byId.get("files")).toMatchObject({ status: 403, body: { error: { code: "accessDenied" } } });
      // Used up: the next request for the files is routed as usual (this drive does not exist).
      expect((await graph(tenant, MEMBER, "/drives/nope/items/nope/children")).status).toBe(404);
      expect(tenant.requests().flatMap((r) => r.batch ?? []).find((b) => b.url.includes("/children"))?.fault).toBe("403");

      const posted = await fetch(`${tenant.url}/_demo/faults`, { method: "POST", body: JSON.stringify({ inject: ["503"], where: "/children" }) });
      expect(posted.status).toBe(204);
      expect((await graph(tenant, MEMBER, "/me")).status).toBe(200);
      expect((await graph(tenant, MEMBER, "/drives/nope/items/nope/children")).status).toBe(503);
      expect((await fetch(`${tenant.url}/_demo/faults`, { method: "POST", body: JSON.stringify({ inject: ["500"] }) })).status).toBe(400);
    } finally {
      await tenant.close();
    }
  });
});

describe("fault specs and environment", () => {
  it("parses specs and rejects typos", () => {
    expect(parseFaults("429:0.3,503:0.1,timeout:0.05").entries).toEqual([
      { kind: "429", probability: 0.3 },
      { kind: "503", probability: 0.1 },
      { kind: "timeout", probability: 0.05 },
    ]);
    expect(parseFaults(undefined).entries).toEqual([]);
    expect(() => parseFaults("429:2")).toThrow();
    expect(() => parseFaults("500:0.1")).toThrow();
    expect(parseFaults("403:0.1").entries).toEqual([{ kind: "403", probability: 0.1 }]);
    expect(() => parseFaults("429:0.7,503:0.7")).toThrow();
  });

  it("draws the same faults for the same seed, at about the configured rate", () => {
    const draws = (seed: number) => {
      const f = new FaultInjector("429:0.3,503:0.1", seed);
      return Array.from({ length: 2000 }, () => f.draw());
    };
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
    const d = draws(7);
    const rate = (k: string) => d.filter((x) => x === k).length / d.length;
    expect(rate("429")).toBeGreaterThan(0.25);
    expect(rate("429")).toBeLessThan(0.35);
    expect(rate("503")).toBeGreaterThan(0.07);
    expect(rate("503")).toBeLessThan(0.13);
  });

  it("reads DEMO_* variables", () => {
    expect(demoOptionsFromEnv({ DEMO_LATENCY_MS: "120", DEMO_FAULTS: "429:0.2", DEMO_SEED: "9", DEMO_DATA: "x.json" })).toEqual({
      latencyMs: 120,
      faults: "429:0.2",
      seed: 9,
      dataPath: expect.stringMatching(/x\.json$/),
    });
    expect(demoOptionsFromEnv({})).toEqual({});
    expect(() => demoOptionsFromEnv({ DEMO_LATENCY_MS: "snabbt" })).toThrow();
    expect(() => demoOptionsFromEnv({ DEMO_FAULTS: "429" })).toThrow();
  });
});

describe("persistence of the working copy", () => {
  it("keeps writes in persistDir across restarts and never touches the source file", async () => {
    const { mkdtempSync, readFileSync, existsSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { DEFAULT_DATA_PATH } = await import("../../../src/demo-tenant/store");
    const dir = mkdtempSync(join(tmpdir(), "demo-work-"));
    const source = readFileSync(DEFAULT_DATA_PATH, "utf8");
    const first = await start({ persistDir: dir });
    const id = (await graph(first, "henrik.olsson@svalov.se", "/me/calendarView?startDateTime=2026-12-11T00:00:00Z&endDateTime=2026-12-12T00:00:00Z")).body.value[0].id;
    await graph(first, "henrik.olsson@svalov.se", `/me/events/${encodeURIComponent(id)}/decline`, { method: "POST", body: {} });
    await first.close();
    expect(existsSync(join(dir, "default.json"))).toBe(true);
    const second = await start({ persistDir: dir });
    try {
      const own = await graph(second, "henrik.olsson@svalov.se", `/me/events/${encodeURIComponent(id)}`);
      expect(own.body.responseStatus.response).toBe("declined");
      second.reset();
      expect((await graph(second, "henrik.olsson@svalov.se", `/me/events/${encodeURIComponent(id)}`)).body.responseStatus.response).toBe("notResponded");
    } finally {
      await second.close();
    }
    expect(readFileSync(DEFAULT_DATA_PATH, "utf8")).toBe(source);
  });
});
