/**
 * Production mode, outlook.html in a plain Chromium (no Office): the page says to open the pane in Outlook, in Swedish
 * or English by locale, and never starts the simulation or asks Graph anything with a demo token.
 */
import type { Browser } from "playwright-core";
import type { RunningApp } from "../../src/server/app-server";
import { axeViolations, launchBrowser, startTestApp } from "./harness";

jest.setTimeout(120_000);

// Nothing listens here: production must never reach for Graph from this page, and the demo tenant is not started.
const UNUSED_GRAPH = "http://127.0.0.1:9";

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp({
    distDir: process.env.SAMMANTRADE_DIST ?? "dist",
    graphBaseUrl: UNUSED_GRAPH,
    env: { ...process.env, SAMMANTRADE_MODE: "production", GRAPH_BASE_URL: UNUSED_GRAPH },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(locale: string): Promise<{ text: string; requests: string[]; storage: string[]; sideways: boolean; violations: number }> {
  const context = await browser.newContext({ locale, viewport: { width: 350, height: 700 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(app.outlookUrl);
  await page.getByTestId("open-in-outlook").waitFor();
  const result = {
    text: (await page.locator("#root").textContent()) ?? "",
    requests,
    storage: await page.evaluate(() => Object.keys(window.localStorage)),
    sideways: await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth),
    violations: (await axeViolations(page)).length,
  };
  await context.close();
  return result;
}

test("the server runs in production mode", () => {
  expect(app.config.mode).toBe("production");
  expect(app.tenant).toBeNull();
});

test("a Swedish browser is told to open the pane in Outlook; no simulation, no Graph, no demo token", async () => {
  const seen = await open("sv-SE");
  expect(seen.text).toContain("Öppna Sammanträde i Outlook");
  expect(seen.text).toContain("fungerar bara inne i Outlook");
  expect(seen.text).not.toContain("Simulerad bokning");
  expect(seen.requests.filter((url) => url.startsWith(UNUSED_GRAPH) || url.includes("graph.microsoft.com") || url.includes("login.microsoftonline"))).toEqual([]);
  // Only the app's own files: no simulation chunk is even downloaded.
  expect(seen.requests.filter((url) => /outlook-simulation/.test(url))).toEqual([]);
  expect(seen.storage).toEqual([]);
  expect(seen.sideways).toBe(false);
  expect(seen.violations).toBe(0);
});

test("an English browser is told the same in English", async () => {
  const seen = await open("en-GB");
  expect(seen.text).toContain("Open Sammanträde in Outlook");
  expect(seen.text).not.toContain("Simulerad bokning");
});
