/**
 * Rows added by hand in SharePoint that our UI would never write (no order; a Kind the fill-in choice column allowed),
 * in Chromium: every user sees them in the agenda; only the secretariat sees what is wrong with them, in the tab and
 * in the Outlook editor's item card.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { DEMO_CONFIG } from "../../src/config";
import type { DemoData } from "../../src/demo-tenant/data-types";
import type { RunningApp } from "../../src/server/app-server";
import { axeViolations, launchBrowser, startTestApp } from "./harness";
import { chosenMeeting } from "./teams.support";

jest.setTimeout(120_000);

const ORGANIZER = "elin.sjoberg@familjenhelsingborg.se";
const MEMBER = "karin.lindqvist@helsingborg.se";
const DATA_DIR = resolve(__dirname, "../../src/demo-tenant/data");

let app: RunningApp;
let browser: Browser;
let page: Page;
let dir: string;
let meeting: { key: string; folder: string };

async function addRow(fields: Record<string, unknown>): Promise<void> {
  const path = `/v1.0/sites/${encodeURIComponent(DEMO_CONFIG.siteId)}/lists/${encodeURIComponent(DEMO_CONFIG.agendaListName)}/items`;
  const response = await fetch(`${app.graphUrl}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer demo:${ORGANIZER}`, "Content-Type": "application/json" },
    body: JSON.stringify({ fields }),
  });
  if (response.status !== 201) throw new Error(`POST list item: ${response.status} ${await response.text()}`);
}

beforeAll(async () => {
  // Kind allows fill-in choices, as SharePoint's column setting does: the list accepts "Beslutsärende" there.
  dir = mkdtempSync(join(tmpdir(), "sammantrade-tolerant-"));
  symlinkSync(join(DATA_DIR, "files"), join(dir, "files"));
  const data = JSON.parse(readFileSync(join(DATA_DIR, "default.json"), "utf8")) as DemoData;
  const agenda = data.sites[0]!.lists.find((l) => l.displayName === "Dagordning")!;
  agenda.columns = agenda.columns.map((column) => (column.name === "Kind" ? { ...column, fillIn: true } : column));
  writeFileSync(join(dir, "data.json"), JSON.stringify(data));
  app = await startTestApp({ distDir: process.env.SAMMANTRADE_DIST ?? "dist", demo: { dataPath: join(dir, "data.json") } });
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: "sv-SE", viewport: { width: 320, height: 800 } });
  page = await context.newPage();
  await page.goto(`${app.teamsUrl}?user=${encodeURIComponent(ORGANIZER)}`);
  meeting = await chosenMeeting(page);
  await addRow({ Title: "Punkt tillagd för hand", MeetingKey: meeting.key });
  await addRow({ Title: "Upphandling av skolskjuts", MeetingKey: meeting.key, Kind: "Beslutsärende", ItemNumber: 3 });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openTabAs(mail: string): Promise<ReturnType<Page["getByRole"]>> {
  await page.goto(`${app.teamsUrl}?meeting=${encodeURIComponent(meeting.key)}&folder=${encodeURIComponent(meeting.folder)}&user=${encodeURIComponent(mail)}`);
  const agenda = page.getByRole("region", { name: "Dagordning" });
  await agenda.getByRole("heading", { level: 3, name: /Punkt tillagd för hand/ }).waitFor();
  return agenda;
}

test("the secretariat sees both rows, marked with what to correct; axe-clean and nothing sideways at 320 px", async () => {
  const agenda = await openTabAs(ORGANIZER);
  const headings = (await agenda.getByRole("heading", { level: 3 }).allTextContents()).map((t) => t.trim());
  expect(headings).toHaveLength(10);
  expect(headings[9]).toBe("10. Punkt tillagd för hand");
  expect(headings).toContain(headings.find((h) => h.endsWith("Upphandling av skolskjuts")));
  const marks = (await agenda.getByTestId("row-problems").allTextContents()).map((t) => t.trim());
  expect(marks).toHaveLength(2);
  expect(marks).toEqual(expect.arrayContaining(["Att rätta i SharePoint: Okänd typ: 'Beslutsärende'.", "Att rätta i SharePoint: Saknar ordningsnummer (visas sist)."]));
  const overflowing = await agenda.evaluate((region) =>
    [region, ...region.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((e) => e.outerHTML.slice(0, 80)),
  );
  expect(overflowing).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test("a member sees both rows without the marking", async () => {
  const agenda = await openTabAs(MEMBER);
  const headings = (await agenda.getByRole("heading", { level: 3 }).allTextContents()).map((t) => t.trim());
  expect(headings).toHaveLength(10);
  expect(headings[9]).toBe("10. Punkt tillagd för hand");
  expect(headings.some((h) => h.endsWith("Upphandling av skolskjuts"))).toBe(true);
  expect(await agenda.getByTestId("row-problems").count()).toBe(0);
  expect(await agenda.innerText()).not.toContain("Att rätta i SharePoint");
});

test("the Outlook editor's item cards carry the same marking for the secretariat", async () => {
  await page.setViewportSize({ width: 350, height: 800 });
  await page.goto(app.outlookUrl);
  const main = page.locator("main");
  // The simulated appointment is not linked yet: linking finds the meeting's folder and its agenda.
  await main.getByRole("button", { name: "Koppla till SharePoint" }).click();
  await main.getByTestId("row-problems").first().waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
    throw new Error(`${String(error)}\n${await main.innerText()}`);
  });
  const marks = (await main.getByTestId("row-problems").allTextContents()).map((t) => t.trim());
  expect(marks).toEqual(expect.arrayContaining(["Att rätta i SharePoint: Okänd typ: 'Beslutsärende'.", "Att rätta i SharePoint: Saknar ordningsnummer (visas sist)."]));
  expect(await axeViolations(page)).toEqual([]);
});
