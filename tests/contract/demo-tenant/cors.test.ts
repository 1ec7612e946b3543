/**
 * The demo tenant as `npm start` runs it (src/server/app-server.ts) grants CORS only to the app's own origin, and its
 * /_demo writes (reset, faults, log clearing) refuse any other origin: a page of another site open in the same browser
 * can neither read Graph answers nor reset or fault the demo. Real HTTP, Origin headers as Chromium sends them.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { demoOptionsFromEnv } from "../../../src/demo-tenant/server";
import { startApp } from "../../../src/server/app-server";
import type { RunningApp } from "../../../src/server/app-server";
import { MEMBER, ORGANIZER } from "./helpers";

const FOREIGN = "http://evil.example";

let app: RunningApp;
let graphUrl: string;
let appOrigin: string;

beforeAll(async () => {
  // dist/ is not needed: only the tenant's answers are under test.
  app = await startApp({ port: 0, graphPort: 0, distDir: mkdtempSync(path.join(tmpdir(), "cors-")), env: { GRAPH_BASE_URL: "" }, demo: { quiet: true } });
  graphUrl = app.graphUrl;
  appOrigin = new URL(app.appUrl).origin;
});
afterAll(() => app.close());

function preflight(origin: string, url = `${graphUrl}/v1.0/me/events`): Promise<Response> {
  return fetch(url, { method: "OPTIONS", headers: { Origin: origin, "Access-Control-Request-Method": "PATCH", "Access-Control-Request-Headers": "authorization,if-match,content-type" } });
}

describe("CORS of the demo tenant started with the app", () => {
  it("grants the app's origin (as localhost and as 127.0.0.1), naming it rather than *", async () => {
    const port = new URL(app.appUrl).port;
    for (const origin of [appOrigin, `http://localhost:${port}`, `http://127.0.0.1:${port}`]) {
      const pre = await preflight(origin);
      expect(pre.status).toBe(204);
      expect(pre.headers.get("access-control-allow-origin")).toBe(origin);
      expect(pre.headers.get("vary")).toContain("Origin");
      const get = await fetch(`${graphUrl}/v1.0/me`, { headers: { Origin: origin, Authorization: `Bearer demo:${MEMBER}` } });
      expect(get.status).toBe(200);
      expect(get.headers.get("access-control-allow-origin")).toBe(origin);
    }
  });

  it("gives another origin no grant: preflight refused, no Access-Control-Allow-Origin, Graph not served", async () => {
    for (const origin of [FOREIGN, "null", `http://localhost:${Number(new URL(app.appUrl).port) + 7}`, appOrigin.replace("http:", "https:")]) {
      const pre = await preflight(origin);
      expect(pre.status).toBe(403);
      expect(pre.headers.get("access-control-allow-origin")).toBeNull();
      expect(pre.headers.get("access-control-allow-methods")).toBeNull();
      const get = await fetch(`${graphUrl}/v1.0/me`, { headers: { Origin: origin, Authorization: `Bearer demo:${MEMBER}` } });
      expect(get.status).toBe(403);
      expect(get.headers.get("access-control-allow-origin")).toBeNull();
      expect(((await get.json()) as { error: { code: string } }).error.code).toBe("accessDenied");
    }
  });

  it("lets only the app's origin (or a non-browser client) reset the data or set faults", async () => {
    const state = (): string | undefined => app.tenant?.state().events[10]?.attendees.map((a) => a.response).join();
    const original = state();
    const id = ((await (await fetch(`${graphUrl}/v1.0/me/calendarView?startDateTime=2026-12-11T00:00:00Z&endDateTime=2026-12-12T00:00:00Z`, { headers: { Authorization: "Bearer demo:henrik.olsson@svalov.se" } })).json()) as { value: { id: string }[] }).value[0]?.id;
    await fetch(`${graphUrl}/v1.0/me/events/${encodeURIComponent(id ?? "")}/accept`, { method: "POST", headers: { Authorization: "Bearer demo:henrik.olsson@svalov.se", "Content-Type": "application/json" }, body: "{}" });
    const changed = state();
    expect(changed).not.toBe(original);

    // A simple (no-preflight) POST from a foreign page is what a browser would send: it must do nothing.
    const foreignReset = await fetch(`${graphUrl}/_demo/reset`, { method: "POST", headers: { Origin: FOREIGN, "Content-Type": "text/plain" } });
    expect(foreignReset.status).toBe(403);
    expect(state()).toBe(changed);
    const foreignFaults = await fetch(`${graphUrl}/_demo/faults`, { method: "POST", headers: { Origin: FOREIGN, "Content-Type": "text/plain" }, body: JSON.stringify({ faults: "503:1" }) });
    expect(foreignFaults.status).toBe(403);
    expect((await fetch(`${graphUrl}/v1.0/me`, { headers: { Authorization: `Bearer demo:${ORGANIZER}` } })).status).toBe(200);
    expect((await fetch(`${graphUrl}/_demo/requests`, { method: "DELETE", headers: { Origin: FOREIGN } })).status).toBe(403);
    expect((await fetch(`${graphUrl}/_demo/users`, { headers: { Origin: FOREIGN } })).headers.get("access-control-allow-origin")).toBeNull();

    const ownReset = await fetch(`${graphUrl}/_demo/reset`, { method: "POST", headers: { Origin: appOrigin } });
    expect(ownReset.status).toBe(204);
    expect(state()).toBe(original);
  });
});

describe("DEMO_CORS_ORIGIN", () => {
  it("names the allowed origins, comma-separated, or * for any", () => {
    expect(demoOptionsFromEnv({ DEMO_CORS_ORIGIN: "http://localhost:8080, http://127.0.0.1:8080" }).corsOrigin).toEqual(["http://localhost:8080", "http://127.0.0.1:8080"]);
    expect(demoOptionsFromEnv({ DEMO_CORS_ORIGIN: "*" }).corsOrigin).toBe("*");
    expect(demoOptionsFromEnv({}).corsOrigin).toBeUndefined();
  });
});
