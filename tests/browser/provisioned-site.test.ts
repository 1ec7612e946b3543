/**
 * Issue #17: on a site that starts empty, `npm run provision` makes the product work. In Chromium, the Outlook pane links
 * the meeting to a folder in the freshly created library, adds an agenda item and uploads a bilaga to it; the Teams
 * tab then shows both. A second provisioning run changes nothing and --check exits 0 afterwards.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { RunningApp } from "../../src/server/app-server";
import { runProvisionCommand } from "../../scripts/provision-command";
import { SITE_CONTRACT } from "../../src/core";
import { axeViolations, launchBrowser, startTestApp } from "./harness";

jest.setTimeout(180_000);

const ORGANIZER = "elin.sjoberg@familjenhelsingborg.se";
const TITLE = "Gemensam e-arkivlösning";
const FILE = "Förstudie e-arkiv.pdf";

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await startTestApp({ distDir: process.env.SAMMANTRADE_DIST ?? "dist", demo: { emptySite: true } });
  browser = await launchBrowser();
  context = await browser.newContext({ locale: "sv-SE", viewport: { width: 350, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function provision(argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await runProvisionCommand(argv, { GRAPH_BASE_URL: app.tenant!.url, GRAPH_TOKEN: `demo:${ORGANIZER}` }, { out: (t) => (out += t), err: (t) => (out += t) });
  return { code, out };
}

const main = (): ReturnType<Page["locator"]> => page.locator("main");

test("the empty site fails --check; provision creates the lists", async () => {
  expect(app.tenant!.state().sites[0]!.lists).toEqual([]);
  expect((await provision(["--check"])).code).toBe(1);
  const run = await provision([]);
  expect(run.code).toBe(0);
  expect(app.tenant!.state().sites[0]!.lists.map((l) => l.displayName)).toEqual(SITE_CONTRACT.map((l) => l.displayName));
});

test("the Outlook pane links a folder, adds an item and uploads a bilaga to it on the provisioned site", async () => {
  await page.goto(app.outlookUrl);
  await main().getByRole("button", { name: "Koppla till SharePoint" }).click();
  await main().getByText(/^Kopplad till mappen /).waitFor();

  await main().getByRole("button", { name: "Lägg till punkt" }).click();
  const form = main().getByRole("form", { name: "Ny punkt" });
  await form.getByRole("textbox", { name: "Rubrik" }).fill(TITLE);
  await form.getByRole("button", { name: "Spara" }).click();
  const card = main().locator("ol > li", { hasText: TITLE });
  await card.locator("h3").waitFor();
  expect((await main().locator("ol > li > div > h3").allTextContents()).map((t) => t.trim())).toEqual([expect.stringContaining(TITLE)]);

  await card.getByRole("button", { name: "Redigera" }).click();
  await card.getByText("Mappen har inga filer ännu. Ladda upp en fil.").waitFor();
  await card.getByLabel("Ladda upp bilaga").setInputFiles({ name: FILE, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await card.getByRole("link", { name: /^Bilaga \d+ – Förstudie e-arkiv$/ }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  const library = app.tenant!.state().sites[0]!.lists.find((l) => l.displayName === "Möteshandlingar")!;
  const uploaded = library.drive!.items.find((i) => i.name === FILE);
  expect(uploaded?.fields.ItemId).toBe(app.tenant!.state().sites[0]!.lists.find((l) => l.displayName === "Dagordning")!.items[0]!.id);
});

test("the Teams tab shows the item and its bilaga from the provisioned site", async () => {
  await page.goto(app.teamsUrl);
  const agenda = page.getByRole("region", { name: "Dagordning" });
  await agenda.getByRole("heading", { level: 3, name: new RegExp(TITLE) }).waitFor();
  await agenda.getByRole("link", { name: /^Bilaga \d+ – Förstudie e-arkiv/ }).waitFor();
});

test("a second run changes nothing, and --check exits 0", async () => {
  app.tenant!.clearRequests();
  const again = await provision([]);
  expect(again.out).toContain("Inga ändringar");
  expect(app.tenant!.requests().filter((r) => r.method !== "GET")).toEqual([]);
  expect((await provision(["--check"])).code).toBe(0);
});
