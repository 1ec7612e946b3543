/** Every Teams surface outside Teams: axe-core finds nothing in light and dark; high contrast renders; Swedish and English. */
import type { Browser, Page } from "playwright-core";
import type { RunningApp } from "../../src/server/app-server";
import { axeViolations, launchBrowser, startTestApp } from "./harness";
import { chosenMeeting } from "./teams.support";

jest.setTimeout(60_000);

let app: RunningApp;
let browser: Browser;
let page: Page;
let query: string;

beforeAll(async () => {
  app = await startTestApp({ distDir: process.env.SAMMANTRADE_DIST ?? "dist" });
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "sv-SE" });
  await page.goto(app.teamsUrl);
  const meeting = await chosenMeeting(page);
  const chat = app.tenant!.state().chats.find((c) => c.eventICalUId === meeting.key);
  // The organizer adds the tab (and may read the organizer's copy the chat points at), so the surfaces are seen as the secretariat.
  const secretariat = app.tenant!.state().users.find((u) => u.role === "secretariat")!;
  query = `meeting=${encodeURIComponent(meeting.key)}&folder=${encodeURIComponent(meeting.folder)}&user=${encodeURIComponent(secretariat.mail)}${chat ? `&chat=${encodeURIComponent(chat.id)}` : ""}`;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** What shows that each surface has finished loading. */
const READY: Record<string, (p: Page) => Promise<void>> = {
  content: (p) => p.getByRole("region", { name: "Närvaro" }).waitFor(),
  sidePanel: (p) => p.getByRole("button", { name: "Nästa punkt" }).waitFor(),
  stage: (p) => p.getByRole("button", { name: "Nästa punkt" }).waitFor(),
  config: (p) => p.getByText(/^Fliken visar /).waitFor(),
  personal: (p) => p.getByRole("button", { name: /^Öppna / }).first().waitFor(),
};

for (const theme of ["light", "dark"] as const) {
  for (const view of Object.keys(READY)) {
    test(`${view} in ${theme}: no axe violations`, async () => {
      await page.goto(`${app.teamsUrl}?${query}&view=${view}&theme=${theme}`);
      await READY[view]!(page);
      // Nothing still loading (the meeting picker fills in after the agenda).
      await page.waitForFunction(() => document.querySelector("[role=progressbar]") === null);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test("the member's meeting tab (own answer only, answer buttons) has no axe violations in dark", async () => {
  const member = app.tenant!.state().users.find((u) => u.role === "member")!;
  await page.goto(`${app.teamsUrl}?${query.replace(/user=[^&]*/, `user=${encodeURIComponent(member.mail)}`)}&theme=dark`);
  await page.getByRole("button", { name: "Anmäl förhinder" }).click();
  await page.getByRole("textbox", { name: "Meddelande till sekretariatet (valfritt)" }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

async function pageBackground(): Promise<string> {
  return page.locator(".fui-FluentProvider").first().evaluate((el) => getComputedStyle(el).backgroundColor);
}

test("dark and high contrast render the tab in their own colours", async () => {
  await page.goto(`${app.teamsUrl}?${query}&theme=light`);
  await READY.content!(page);
  const light = await pageBackground();
  await page.goto(`${app.teamsUrl}?${query}&theme=dark`);
  await READY.content!(page);
  const dark = await pageBackground();
  await page.goto(`${app.teamsUrl}?${query}&theme=contrast`);
  await READY.content!(page);
  const contrast = await pageBackground();
  expect(light).toBe("rgb(255, 255, 255)");
  expect(new Set([light, dark, contrast]).size).toBe(3);
  // High contrast is black with a yellow-on-black or white text scheme; dark is a dark grey.
  expect(contrast).toBe("rgb(0, 0, 0)");
  const darkChannels = dark.match(/\d+/g)!.map(Number);
  expect(Math.max(...darkChannels)).toBeLessThan(80);
  expect(await axeViolations(page)).toEqual([]);
});

test("follows the system colour scheme outside Teams", async () => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${app.teamsUrl}?${query}`);
  await READY.content!(page);
  expect(Math.max(...(await pageBackground()).match(/\d+/g)!.map(Number))).toBeLessThan(80);
  await page.emulateMedia({ colorScheme: "light" });
  await page.waitForFunction(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor === "rgb(255, 255, 255)");
});

test("speaks Swedish by default, English for an English browser, and ?lang= overrides", async () => {
  await page.goto(`${app.teamsUrl}?${query}`);
  await page.getByRole("heading", { level: 2, name: "Dagordning" }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("sv");

  const english = await browser.newPage({ locale: "en-GB" });
  await english.goto(`${app.teamsUrl}?${query}`);
  await english.getByRole("heading", { level: 2, name: "Agenda" }).waitFor();
  await english.getByRole("heading", { level: 2, name: "Attendance" }).waitFor();
  expect(await english.evaluate(() => document.documentElement.lang)).toBe("en");
  await english.goto(`${app.teamsUrl}?${query}&lang=sv`);
  await english.getByRole("heading", { level: 2, name: "Dagordning" }).waitFor();
  await english.close();

  await page.goto(`${app.teamsUrl}?${query}&lang=en`);
  await page.getByRole("heading", { level: 2, name: "Agenda" }).waitFor();
  await page.getByText(/^Attachment 1 – /).first().waitFor();
});
