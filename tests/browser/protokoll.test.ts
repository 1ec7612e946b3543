/** *Skapa protokollutkast* in the Teams tab (outside Teams, demo tenant): twice, as the sekretariatschef. */
import JSZip from "jszip";
import mammoth from "mammoth";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { DemoDriveItem } from "../../src/demo-tenant/data-types";
import type { RunningApp } from "../../src/server/app-server";
import { axeViolations, startSwedishSession } from "./harness";

jest.setTimeout(180_000);

const SECRETARIAT = "elin.sjoberg@familjenhelsingborg.se";
const FOLDER = "2026-12-11 Kommundirektörsmöte";
const FIRST = "Protokoll nr 11 2026 (utkast).docx";
const SECOND = "Protokoll nr 11 2026 (utkast 2).docx";

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

function driveItems(): DemoDriveItem[] {
  if (!app.tenant) throw new Error("testet behöver demotenanten");
  return app.tenant.state().sites.flatMap((s) => s.lists).flatMap((l) => l.drive?.items ?? []);
}

function meetingKey(): string {
  const event = app.tenant?.state().events.find((e) => e.startUtc.startsWith("2026-12-11"));
  if (!event) throw new Error("demodata saknar mötet 2026-12-11");
  return event.iCalUId;
}

async function docxText(item: DemoDriveItem | undefined): Promise<string> {
  const bytes = Buffer.from(item?.contentBase64 ?? "", "base64");
  await JSZip.loadAsync(bytes); // a real package, not just any bytes
  return (await mammoth.extractRawText({ buffer: bytes })).value;
}

beforeAll(async () => {
  ({ app, browser, context, page } = await startSwedishSession());
  const query = new URLSearchParams({ view: "content", meeting: meetingKey(), folder: FOLDER, user: SECRETARIAT });
  await page.goto(`${app.teamsUrl}?${query.toString()}`);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const action = (): ReturnType<Page["getByRole"]> => page.getByRole("button", { name: "Skapa protokollutkast" });

const loadedScripts = (): Promise<string[]> =>
  page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.endsWith(".js")));

test("the secretariat sees the action in the tab, and the writer is not in the initial bundle", async () => {
  await action().waitFor({ timeout: 60_000 });
  expect((await loadedScripts()).some((s) => s.includes("protokoll-writer"))).toBe(false);
});

test("the first click uploads '(utkast)' to the meeting folder and offers to open it", async () => {
  await action().click();
  await page.getByText(`Utkastet sparades i mötesmappen som ”${FIRST}”.`).waitFor({ timeout: 60_000 });
  expect(await page.getByText(/fanns redan en fil/).count()).toBe(0);
  const first = driveItems().find((i) => i.name === FIRST);
  const folder = driveItems().find((i) => i.id === first?.parentId);
  expect(folder?.name).toBe(FOLDER);
  expect(await docxText(first)).toContain("Protokoll nr 11 2026");
  // The writer chunk arrives with the first click (so the check above could have failed).
  expect((await loadedScripts()).some((s) => s.includes("protokoll-writer"))).toBe(true);
});

test("the second click makes '(utkast 2)', says so, and leaves the first unchanged", async () => {
  const before = driveItems().find((i) => i.name === FIRST);
  await action().click();
  await page.getByText(`Utkastet sparades i mötesmappen som ”${SECOND}”.`, { exact: false }).waitFor({ timeout: 60_000 });
  await page.getByText(`Det fanns redan en fil som heter ”${FIRST}”, så det nya utkastet fick namnet ”${SECOND}”. Den befintliga filen är orörd.`).waitFor();

  const drafts = driveItems().filter((i) => i.name.startsWith("Protokoll nr 11 2026"));
  expect(drafts.map((d) => d.name).sort()).toEqual([SECOND, FIRST]);
  const after = driveItems().find((i) => i.name === FIRST);
  expect(after?.contentBase64).toBe(before?.contentBase64);
  expect(after?.version).toBe(before?.version);
  expect(after?.modifiedUtc).toBe(before?.modifiedUtc);
  expect(await docxText(drafts.find((d) => d.name === SECOND))).toContain("Underlag: Bilaga 1 – ");
});

test("Öppna utkastet opens the new draft's webUrl", async () => {
  const second = driveItems().find((i) => i.name === SECOND);
  expect(second).toBeDefined();
  // The new window navigates to the file; Chromium then downloads a .docx and may close the window, so the
  // navigation request is what is observed, not the window's final URL.
  const opened = context.waitForEvent("request", {
    predicate: (request) => request.isNavigationRequest() && decodeURIComponent(new URL(request.url()).pathname).endsWith(`/${FOLDER}/${SECOND}`),
  });
  await page.getByRole("button", { name: "Öppna utkastet" }).click();
  const request = await opened;
  expect(new URL(request.url()).origin).toBe(app.graphUrl);
  expect(new URL(page.url()).pathname).toBe("/teams.html"); // opened elsewhere: the tab stays where it was
});

test("the tab with the action has no accessibility violations", async () => {
  expect(await axeViolations(page)).toEqual([]);
});
