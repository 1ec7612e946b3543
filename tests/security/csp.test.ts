/** The Content-Security-Policy: its directives for demo and production, on every served page, and pages fit for it. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { DEMO_CONFIG } from "../../src/config/config";
import type { AppConfig } from "../../src/config";
import { startApp } from "../../src/server/app-server";
import { injectConfig } from "../../src/server/app-server";
import type { RunningApp } from "../../src/server/app-server";
import { contentSecurityPolicy } from "../../src/server/csp";

const DIST = path.resolve(process.env.SAMMANTRADE_DIST ?? "dist");
const LOGIN = "https://login.microsoftonline.com";
const PRODUCTION: AppConfig = { ...DEMO_CONFIG, mode: "production", graphBaseUrl: "https://graph.microsoft.com", sharePointOrigin: "https://familjenhelsingborg.sharepoint.com", appBaseUrl: "https://sammantrade.familjenhelsingborg.se" };

/** The policy as directive -> sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";").map((p) => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    if (directives.has(name!)) throw new Error(`directive ${name} twice (browsers ignore the second)`);
    directives.set(name!, sources);
  }
  return directives;
}

/** Microsoft's Teams and Office hosts, the only pages that may frame ours. */
const MICROSOFT_FRAMERS = /^https:\/\/(?:\*\.)?(?:teams\.microsoft\.com|cloud\.microsoft|office\.com|outlook\.office\.com|outlook\.office365\.com)$/;

function expectStrictPolicy(policy: string, graphOrigin: string): void {
  const csp = parseCsp(policy);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  const scripts = csp.get("script-src") ?? [];
  expect(scripts).toContain("'self'");
  for (const source of scripts) {
    expect(["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", "data:", "blob:", "*", "http:", "https:"]).not.toContain(source);
    expect(source === "'self'" || /^https:\/\/[a-z0-9.-]+\.microsoft\.com$/.test(source)).toBe(true);
  }
  expect(new Set(csp.get("connect-src"))).toEqual(new Set(["'self'", graphOrigin, LOGIN]));
  const framers = csp.get("frame-ancestors") ?? [];
  expect(framers.length).toBeGreaterThan(1);
  for (const source of framers) expect(source === "'self'" || MICROSOFT_FRAMERS.test(source)).toBe(true);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  expect(csp.get("form-action")).toEqual(["'self'"]);
  expect(csp.get("frame-src")).toEqual([LOGIN]);
}

describe("Content-Security-Policy", () => {
  it("production: no inline or eval script; connect only to Graph and login; framed only by Teams and Office", () => {
    expectStrictPolicy(contentSecurityPolicy(PRODUCTION), "https://graph.microsoft.com");
  });

  it("follows the configured Graph origin (a national cloud), never a hard-coded one", () => {
    const policy = contentSecurityPolicy({ ...PRODUCTION, graphBaseUrl: "https://graph.microsoft.us/" });
    expect(parseCsp(policy).get("connect-src")).toEqual(["'self'", "https://graph.microsoft.us", LOGIN]);
    expect(policy).not.toContain("graph.microsoft.com");
  });

  it("the runtime configuration rides in a meta tag that hostile values cannot break out of", () => {
    const hostile = { ...PRODUCTION, groupName: '"><script>alert(1)</script><meta http-equiv="refresh" content="0;url=https://evil.example">' };
    const html = injectConfig("<!doctype html><html><head><title>t</title><script src=\"/assets/a.js\"></script></head><body></body></html>", hostile);
    const doc = new JSDOM(html).window.document;
    expect([...doc.querySelectorAll("script")].every((s) => s.hasAttribute("src") && s.textContent === "")).toBe(true);
    expect(doc.querySelectorAll("meta")).toHaveLength(1);
    const meta = doc.querySelector('meta[name="sammantrade-config"]');
    expect(JSON.parse(meta?.getAttribute("content") ?? "{}")).toEqual(hostile);
  });
});

describe("served pages", () => {
  let app: RunningApp;
  const pages = readdirSync(DIST).filter((f) => f.endsWith(".html"));

  beforeAll(async () => {
    app = await startApp({ port: 0, graphPort: 0, distDir: DIST, env: { ...process.env, GRAPH_BASE_URL: "" } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("the build has the Teams, Outlook and sign-in pages", () => {
    expect(pages).toEqual(expect.arrayContaining(["teams.html", "outlook.html", "auth-redirect.html"]));
  });

  it.each(pages)("%s is served with the strict policy (demo: the demo tenant is the Graph origin)", async (page) => {
    const response = await fetch(`${app.appUrl}/${page}`);
    expect(response.status).toBe(200);
    const policy = response.headers.get("content-security-policy") ?? "";
    expectStrictPolicy(policy, new URL(app.graphUrl).origin);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it.each(pages)("%s as built has no inline script, no event-handler attribute and no javascript: URL", (page) => {
    const html = readFileSync(path.join(DIST, page), "utf8");
    const doc = new JSDOM(html).window.document;
    const scripts = [...doc.querySelectorAll("script")];
    for (const script of scripts) {
      expect(script.getAttribute("src")).toMatch(/^(?:\/|https:\/\/appsforoffice\.microsoft\.com\/)/);
      expect(script.textContent?.trim()).toBe("");
    }
    for (const element of doc.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        expect(attribute.name.startsWith("on")).toBe(false);
        expect(attribute.value.replace(/\s/g, "").toLowerCase().startsWith("javascript:")).toBe(false);
      }
    }
  });
});
