/**
 * Browser-level fault states: the demo tenant down (a clear Swedish offline message and a retry that works once it is
 * back, never an endless spinner), and an Outlook editor save under 503 (the text stays, the retry saves it).
 */
import type { Browser, Page } from "playwright-core";
import { errorMessage } from "../../src/core/i18n/errors";
import { startDemoTenant } from "../../src/demo-tenant/server";
import type { DemoTenant } from "../../src/demo-tenant/server";
import type { RunningApp } from "../../src/server/app-server";
import { launchBrowser, startTestApp } from "../browser/harness";

jest.setTimeout(90_000);

const DIST = process.env.SAMMANTRADE_DIST ?? "dist";
const FOLDER = "2026-12-11 Kommundirektörsmöte";
const MEMBER = "karin.lindqvist@helsingborg.se";
const OFFLINE = errorMessage("offline", "sv");
/** "A few seconds": the page must have said what is wrong by then. */
const PROMPT_MS = 5_000;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function noProgressLeft(page: Page): Promise<void> {
  expect(await page.getByRole("progressbar").count()).toBe(0);
  expect(await page.getByLabel("Laddar…").count()).toBe(0);
}

describe("the demo tenant is down", () => {
  let app: RunningApp;
  let revived: DemoTenant | null = null;
  let page: Page;
  let key: string;
  let port: number;

  beforeAll(async () => {
    app = await startTestApp({ distDir: DIST, demo: { faultRetryAfter: 0, quiet: true } });
    port = app.tenant!.port;
    key = app.tenant!.state().events.find((e) => e.startUtc.startsWith("2026-12-11"))!.iCalUId;
    page = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  });
  afterAll(async () => {
    await revived?.close();
    await app?.close();
  });

  const revive = async (): Promise<void> => {
    revived = await startDemoTenant({ port, host: "127.0.0.1", corsOrigin: "*", quiet: true, faultRetryAfter: 0 });
  };
  const down = async (): Promise<void> => {
    await (revived ?? app.tenant!).close();
    revived = null;
  };

  it("an answer sent while it is down says so in Swedish, and the retry after it is back is the one answer", async () => {
    await page.goto(`${app.teamsUrl}?meeting=${encodeURIComponent(key)}&folder=${encodeURIComponent(FOLDER)}&user=${MEMBER}`);
    const answer = page.getByRole("region", { name: "Ditt svar" });
    await answer.getByRole("button", { name: "Anmäl förhinder" }).waitFor({ timeout: 30_000 });
    await down();
    await answer.getByRole("button", { name: "Anmäl förhinder" }).click();
    await answer.getByRole("textbox").fill("Förhinder: regionmöte.");
    await answer.getByRole("button", { name: "Skicka anmälan" }).click();
    // The browser cannot tell a request that never left from one whose answer was lost: the tab says it is unclear,
    // never "sent", keeps the message and offers to send again (#12 item 7).
    await answer.getByRole("alert").getByText(/Det är oklart om ditt svar kom fram/).waitFor({ timeout: PROMPT_MS });
    await expect(answer.getByRole("alert").textContent()).resolves.toContain("Ditt meddelande finns kvar.");
    await noProgressLeft(page);

    await revive();
    await expect(answer.getByRole("textbox").inputValue()).resolves.toBe("Förhinder: regionmöte.");
    await answer.getByRole("button", { name: "Skicka igen" }).click();
    await answer.getByText("Ditt svar är skickat till sekretariatet.").waitFor({ timeout: 10_000 });
    const declines = revived!.requests().filter((r) => r.method === "POST" && r.path.includes("/decline"));
    expect(declines.map((r) => r.status)).toEqual([202]);
  });

  it("a tab opened while it is down shows the offline sentence and a retry within seconds, and the retry loads the meeting", async () => {
    await down();
    const started = Date.now();
    await page.goto(`${app.teamsUrl}?meeting=${encodeURIComponent(key)}&folder=${encodeURIComponent(FOLDER)}&user=${MEMBER}`);
    const main = page.locator("main");
    await main.getByRole("alert").getByText(OFFLINE).first().waitFor({ timeout: PROMPT_MS });
    expect(Date.now() - started).toBeLessThan(PROMPT_MS + 2_000);
    await page.getByRole("heading", { name: "Mötet kunde inte hämtas" }).waitFor();
    await noProgressLeft(page);

    await revive();
    await main.getByRole("button", { name: "Försök igen" }).first().click();
    const agenda = page.getByRole("region", { name: "Dagordning" });
    await agenda.getByRole("heading", { level: 3 }).first().waitFor({ timeout: 10_000 });
    expect(await main.getByText(OFFLINE).count()).toBe(0);
  });
});

describe("an Outlook editor save under 503", () => {
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp({ distDir: DIST, demo: { faultRetryAfter: 0, quiet: true } });
    page = await (await browser.newContext({ locale: "sv-SE" })).newPage();
    await page.goto(app.outlookUrl);
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  it("keeps the user's text on screen with a Swedish message, and the retry saves it once", async () => {
    const main = page.locator("main");
    await main.getByRole("button", { name: "Koppla till SharePoint" }).click();
    await main.getByRole("button", { name: "Lägg till punkt" }).waitFor({ timeout: 30_000 });
    const card = main.locator("ol > li").first();
    await card.getByRole("button", { name: "Redigera" }).click();
    const form = card.getByRole("form");
    const title = form.getByRole("textbox", { name: "Rubrik" });
    const text = `${await title.inputValue()} – ändrad under störning`;
    await title.fill(text);

    app.tenant!.setFaults("503:1");
    await form.getByRole("button", { name: "Spara" }).click();
    await form.getByText("Ändringen kunde inte sparas. Din text finns kvar.").waitFor({ timeout: 10_000 });
    await expect(form.textContent()).resolves.toContain(errorMessage("unavailable", "sv"));
    await expect(title.inputValue()).resolves.toBe(text);
    expect(app.tenant!.state().sites.flatMap((s) => s.lists).flatMap((l) => l.items).some((i) => i.fields.Title === text)).toBe(false);

    app.tenant!.setFaults(undefined);
    await form.getByRole("button", { name: "Spara" }).click();
    await form.getByText("Sparat.").waitFor({ timeout: 10_000 });
    await main.locator("ol > li h3", { hasText: text }).waitFor();
    expect(app.tenant!.state().sites.flatMap((s) => s.lists).flatMap((l) => l.items).filter((i) => i.fields.Title === text)).toHaveLength(1);
  });
});
