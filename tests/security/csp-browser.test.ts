/** In Chromium, every built page runs under its policy with zero CSP violations; a planted inline script shows the watch works. */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { RunningApp } from "../../src/server/app-server";
import { launchBrowser, startTestApp } from "../browser/harness";

jest.setTimeout(90_000);

const DIST = path.resolve(process.env.SAMMANTRADE_DIST ?? "dist");
const PAGES = readdirSync(DIST).filter((f) => f.endsWith(".html"));

/** Collected before any page script runs: securitypolicyviolation events, as text. */
const WATCH = `
  window.__csp = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__csp.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber);
  });
`;

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp({ distDir: DIST });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function openWatched(pageName: string): Promise<{ page: Page; consoleCsp: string[] }> {
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  const consoleCsp: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) consoleCsp.push(message.text());
  });
  await page.addInitScript(WATCH);
  await page.goto(`${app.appUrl}/${pageName}`, { waitUntil: "load" });
  // The UI renders after its Graph round trip; wait until the network is quiet so late scripts and styles count too.
  await page.waitForLoadState("networkidle").catch(() => undefined);
  return { page, consoleCsp };
}

const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe("pages under their CSP in Chromium", () => {
  it.each(PAGES)("%s loads with zero CSP violations", async (pageName) => {
    const { page, consoleCsp } = await openWatched(pageName);
    try {
      if (pageName === "teams.html") await page.getByText("Demoläge").first().waitFor();
      expect(await violations(page)).toEqual([]);
      expect(consoleCsp).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("the watch sees a violation: an inline script planted in the page is blocked and reported", async () => {
    const { page, consoleCsp } = await openWatched("teams.html");
    try {
      const ran = await page.evaluate(async () => {
        const script = document.createElement("script");
        script.textContent = "window.__planted = true";
        document.body.append(script);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return (window as unknown as { __planted?: boolean }).__planted === true;
      });
      expect(ran).toBe(false);
      expect((await violations(page)).some((v) => v.startsWith("script-src"))).toBe(true);
      expect(consoleCsp.length).toBeGreaterThan(0);
    } finally {
      await page.context().close();
    }
  });
});
