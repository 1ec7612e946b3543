/** Bilagor that cannot be read (issue 12 item 2) in Chromium: the agenda says which section failed, and a retry heals it. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { RunningApp } from "../../src/server/app-server";
import { axeViolations, launchBrowser, startTestApp } from "./harness";
import { bilagaLabel, chosenMeeting, expectedAgenda } from "./teams.support";

jest.setTimeout(60_000);

const NOTICE = "Bilagorna kunde inte hämtas. Punkterna visas utan bilagor.";

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await startTestApp({ distDir: process.env.SAMMANTRADE_DIST ?? "dist" });
  browser = await launchBrowser();
  // The Teams side panel's width: the notice must not make the tab scroll sideways.
  context = await browser.newContext({ locale: "sv-SE", viewport: { width: 320, height: 800 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

function filesRequests(): { status: number; fault?: string }[] {
  return app.tenant!.requests().flatMap((r) => r.batch ?? []).filter((b) => b.url.includes("/children"));
}

test("a 403 on the folder's files shows the items with a notice, axe-clean at 320 px; Försök igen brings the bilagor", async () => {
  // SharePoint answers 403 accessDenied for the files of the meeting folder (permissions broken on the folder).
  app.tenant!.injectFaults(["403"], "/children");
  await page.goto(app.teamsUrl);
  const meeting = await chosenMeeting(page);
  const agenda = page.getByRole("region", { name: "Dagordning" });
  await agenda.getByText(NOTICE).waitFor();
  expect(filesRequests().map((r) => r.status)).toEqual([403]);

  const expected = expectedAgenda(app.tenant!.state(), meeting.key, meeting.folder);
  const headings = (await agenda.getByRole("heading", { level: 3 }).allTextContents()).map((t) => t.trim());
  expect(headings).toEqual(expected.items.map((item) => `${item.number}. ${item.title}`));
  expect(await agenda.getByRole("link", { name: /^Bilaga \d+/ }).count()).toBe(0);
  expect(await agenda.innerText()).toContain("Du saknar behörighet");
  // Nothing of the agenda (notice included) reaches past 320 px. (The demo bar's meeting picker above it does: demo chrome.)
  const overflowing = await agenda.evaluate((region) =>
    [region, ...region.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((e) => e.outerHTML.slice(0, 80)),
  );
  expect(overflowing).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);

  const retry = agenda.getByRole("button", { name: /Försök igen/ });
  await retry.focus();
  await page.keyboard.press("Enter");
  const bilagor = expected.items.flatMap((item) => item.attachments.map((a) => bilagaLabel(a.number, a.name)));
  expect(bilagor.length).toBeGreaterThan(0);
  await agenda.getByRole("link", { name: bilagor[0]! }).waitFor();
  expect((await agenda.getByRole("link", { name: /^Bilaga \d+/ }).allTextContents()).map((t) => t.trim())).toEqual(bilagor);
  expect(await agenda.getByText(NOTICE).count()).toBe(0);
  expect(filesRequests().map((r) => r.status)).toEqual([403, 200]);
  expect(await axeViolations(page)).toEqual([]);
});
