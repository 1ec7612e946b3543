/** The Outlook pane as the host shows it: words at once on a slow line, English dates, dark and high contrast. */
import type { Browser, Page } from "playwright-core";
import type { RunningApp } from "../../src/server/app-server";
import { axeViolations, launchBrowser, startTestApp } from "./harness";

jest.setTimeout(180_000);

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp({ distDir: process.env.SAMMANTRADE_DIST ?? "dist" });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function openPane(query: string, locale = "sv-SE"): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 350, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${app.outlookUrl}${query}`);
  return page;
}

test("at 2 s latency the page is never blank: a loading line at once, then the pane", async () => {
  app.tenant?.setLatency(2000);
  try {
    const context = await browser.newContext({ locale: "sv-SE", viewport: { width: 350, height: 900 } });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(app.outlookUrl, { waitUntil: "domcontentloaded" });
    // Sampled from DOMContentLoaded until the pane is there: every sample shows words.
    const samples: { at: number; text: string }[] = [];
    while (!(samples.at(-1)?.text ?? "").includes("Koppla till SharePoint") && Date.now() - started < 30_000) {
      samples.push({ at: Date.now() - started, text: (await page.evaluate(() => document.body.innerText)).trim() });
      await page.waitForTimeout(100);
    }
    expect(samples.at(-1)?.text).toContain("Koppla till SharePoint");
    expect(samples.filter((s) => s.text === "")).toEqual([]);
    // The entry script runs before DOMContentLoaded: the first sample, taken then, already has words.
    expect(samples[0]?.text).not.toBe("");
    expect(samples.some((s) => /Laddar…|Hämtar bokningen från demotenanten…/.test(s.text))).toBe(true);
    expect(samples.find((s) => s.text.includes("Koppla till SharePoint"))?.at).toBeGreaterThan(2000);
    await context.close();
  } finally {
    app.tenant?.setLatency(0);
  }
});

test("?lang=en shows the appointment's date in English, in the pane and in the simulated appointment", async () => {
  const page = await openPane("?lang=en", "en-GB");
  await page.locator("main").getByRole("button", { name: "Link to SharePoint" }).waitFor();
  const pane = (await page.locator("main").innerText()).replace(/\s+/g, " ");
  expect(pane).toContain("Friday 11 December 2026 08.30–11.30");
  expect(pane).not.toMatch(/fredag|december 2026/);
  expect((await page.locator("body").innerText()).replace(/\s+/g, " ")).not.toContain("fredag 11 december");
  await page.context().close();
});

async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const rgb = getComputedStyle(document.querySelector("main")?.closest(".fui-FluentProvider") as Element).backgroundColor.match(/\d+/g)?.map(Number) ?? [255, 255, 255];
    const [r, g, b] = rgb.map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
}

test.each([
  ["?theme=dark", "dark"],
  ["?theme=contrast", "contrast"],
])("%s: the pane follows the theme and axe finds nothing", async (query) => {
  const page = await openPane(query);
  await page.locator("main").getByRole("button", { name: "Koppla till SharePoint" }).waitFor();
  expect(await backgroundLuminance(page)).toBeLessThan(0.05);
  expect(await axeViolations(page)).toEqual([]);
  // The editor too (its own colours: warnings, notices), with an item's form open.
  await page.locator("main").getByRole("button", { name: "Koppla till SharePoint" }).click();
  await page.locator("main ol > li").first().getByRole("button", { name: "Redigera" }).click();
  await page.locator("main").getByRole("form").waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});

test("the system's dark preference is followed without ?theme=", async () => {
  const context = await browser.newContext({ locale: "sv-SE", viewport: { width: 350, height: 900 }, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(app.outlookUrl);
  await page.locator("main").getByRole("button", { name: "Koppla till SharePoint" }).waitFor();
  expect(await backgroundLuminance(page)).toBeLessThan(0.05);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.waitForFunction(() => getComputedStyle(document.querySelector("main")?.closest(".fui-FluentProvider") as Element).backgroundColor === "rgb(255, 255, 255)")).resolves.toBeTruthy();
  await context.close();
});
