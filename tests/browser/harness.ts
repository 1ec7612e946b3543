/** Shared browser-test plumbing: Debian's Chromium through playwright-core, the app on free ports, axe-core. */
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startApp } from "../../src/server/app-server";
import type { AppServerOptions, RunningApp } from "../../src/server/app-server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that keep Chromium off the closed network and quiet in a sandboxed root session. */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Launches headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** Starts the app (built pages from SAMMANTRADE_DIST or dist/) with a fresh demo tenant on free ports. */
export function startTestApp(options: AppServerOptions = {}): Promise<RunningApp> {
  return startApp({ port: 0, graphPort: 0, env: { ...process.env, GRAPH_BASE_URL: "" }, ...options });
}

/** A running app and a Swedish-locale page in a fresh browser: where every pane test starts. */
export interface SwedishSession {
  app: RunningApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/** Starts the app (built pages from SAMMANTRADE_DIST or dist/) and opens a blank page with the sv-SE locale. */
export async function startSwedishSession(): Promise<SwedishSession> {
  const app = await startTestApp({ distDir: process.env.SAMMANTRADE_DIST ?? "dist" });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: "sv-SE" });
    return { app, browser, context, page: await context.newPage() };
  } catch (error) {
    // The caller never receives them, so its afterAll cannot close them: close them here rather than leak.
    await browser?.close();
    await app.close();
    throw error;
  }
}

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** A violation as axe reports it, trimmed for readable failures. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.1 A/AA) on the page and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // evaluate() runs outside the page's CSP, so axe can be injected without weakening the policy.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}
