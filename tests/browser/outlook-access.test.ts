/**
 * Who may write, in Chromium: a member composing her own appointment with the group meeting's date and subject gets a
 * read-only notice and nothing is linked or written; a delegate without the secretariat's SharePoint rights gets the
 * editor but the tenant refuses her writes, and the pane says so in Swedish and keeps her text.
 */
import type { Browser, Page } from "playwright-core";
import type { RunningApp } from "../../src/server/app-server";
import { axeViolations, startSwedishSession } from "./harness";

jest.setTimeout(180_000);

const ORGANIZER = "elin.sjoberg@familjenhelsingborg.se";
const MEMBER = "karin.lindqvist@helsingborg.se";
const STORAGE_KEY = "sammantrade.simulatedAppointment.v1";
const FOLDER = "2026-12-11 Kommundirektörsmöte";

let app: RunningApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ app, browser, page } = await startSwedishSession());
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const main = (): ReturnType<Page["locator"]> => page.locator("main");

type Item = { id: string; fields: Record<string, unknown> };
function siteState(): { folders: string[]; items: Item[] } {
  const state = app.tenant?.state() as unknown as { sites: { lists: { name: string; items: Item[]; drive?: { items: { name: string; kind: string }[] } }[] }[] };
  const lists = state.sites.flatMap((site) => site.lists);
  return {
    folders: lists.flatMap((l) => l.drive?.items ?? []).filter((i) => i.kind === "folder").map((i) => i.name),
    items: lists.find((l) => l.name === "Dagordning")?.items ?? [],
  };
}

/** Graph requests that would change something (top level and inside $batch). */
function writes(): string[] {
  return (app.tenant?.requests() ?? []).flatMap((r) => (r.batch ? r.batch.map((b) => `${b.method} ${b.url}`) : [`${r.method} ${r.path}`])).filter((line) => !/^GET /.test(line) && !/^POST \/v1\.0\/\$batch/.test(line));
}

test("a member composing her own appointment with the same date and subject gets a read-only notice, and nothing is linked", async () => {
  const before = siteState();
  app.tenant?.clearRequests();
  await page.goto(`${app.outlookUrl}?user=${encodeURIComponent(MEMBER)}`);
  const notice = main().getByTestId("read-only-notice");
  await notice.getByText("Bara sekretariatet ändrar dagordningen").waitFor();
  await expect(notice.textContent()).resolves.toContain(`Bokningen ligger i kalendern för ${MEMBER}`);
  await expect(notice.textContent()).resolves.toContain(ORGANIZER);
  // Her appointment carries the group meeting's date and subject, yet no editor, no link, no folder.
  await expect(page.getByTestId("simulated-body").textContent()).resolves.toBeTruthy();
  expect(await main().getByRole("button", { name: "Koppla till SharePoint" }).count()).toBe(0);
  expect(await main().getByRole("button", { name: "Lägg till punkt" }).count()).toBe(0);
  expect(await main().getByRole("button", { name: "Infoga kallelse" }).count()).toBe(0);
  expect(await main().getByText(`Kopplad till mappen ${FOLDER}`).count()).toBe(0);
  await expect(main().getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Dagordning och bilagor");
  const stored = JSON.parse((await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)) ?? "null") as { properties: Record<string, string> } | null;
  expect(stored?.properties ?? {}).toEqual({});
  expect(writes()).toEqual([]);
  expect(siteState()).toEqual(before);
  expect(await axeViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test("a delegate without the secretariat's SharePoint rights gets the editor, and each refused write is a Swedish message", async () => {
  await page.goto(`${app.outlookUrl}?user=${encodeURIComponent(MEMBER)}&owner=${encodeURIComponent(ORGANIZER)}`);
  await main().getByRole("heading", { level: 1, name: "Kallelse och dagordning" }).waitFor();
  // Linking needs the organizer's calendar: her mailbox rights are not enough in the demo tenant either.
  await main().getByRole("button", { name: "Koppla till SharePoint" }).click();
  const linkFailure = main().getByText("Bokningen kunde inte kopplas till SharePoint.");
  await linkFailure.waitFor();
  await expect(main().textContent()).resolves.toContain("Du saknar behörighet");

  // Linked by the secretariat earlier (the properties travel with the organizer's item): the editor loads the agenda.
  const key = (app.tenant?.state() as unknown as { events: { iCalUId: string; startUtc: string }[] }).events.find((e) => e.startUtc.startsWith("2026-12-11"))?.iCalUId ?? "";
  await page.evaluate(
    ({ storageKey, meetingKey, folder }) => {
      const state = JSON.parse(window.localStorage.getItem(storageKey) ?? "{}") as { properties: Record<string, string> };
      state.properties = { sammantradeMeetingKey: meetingKey, sammantradeFolderName: folder };
      window.localStorage.setItem(storageKey, JSON.stringify(state));
    },
    { storageKey: STORAGE_KEY, meetingKey: key, folder: FOLDER },
  );
  await page.reload();
  const before = siteState();
  await main().getByRole("button", { name: "Lägg till punkt" }).click();
  const form = main().getByRole("form", { name: "Ny punkt" });
  await form.getByRole("textbox", { name: "Rubrik" }).fill("Punkt som inte får sparas");
  await form.getByRole("button", { name: "Spara" }).click();
  await form.getByText("Ändringen kunde inte sparas. Din text finns kvar.").waitFor();
  await expect(form.textContent()).resolves.toContain("Du saknar behörighet");
  await expect(form.getByRole("textbox", { name: "Rubrik" }).inputValue()).resolves.toBe("Punkt som inte får sparas");
  expect(siteState()).toEqual(before);
  const denied = (app.tenant?.requests() ?? []).flatMap((r) => (r.batch ? r.batch : [{ method: r.method, url: r.path, status: r.status }])).filter((r) => r.status === 403 && r.method === "POST");
  expect(denied.length).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});
