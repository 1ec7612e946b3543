/** The Outlook task pane outside Outlook: the simulated appointment, the agenda editor, "Infoga kallelse", axe. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { RunningApp } from "../../src/server/app-server";
import { axeViolations, startSwedishSession } from "./harness";

jest.setTimeout(180_000);

const HOSTILE = "<img src=x onerror=alert(1)>";
const NEW_TITLE = "Gemensam upphandling av bredband";
const BILAGA_FILE = "Inbjudan nätverksträff kommunikatörer.pdf";
const FOLDER = "2026-12-11 Kommundirektörsmöte";

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  ({ app, browser, context, page } = await startSwedishSession());
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(app.outlookUrl);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const main = (): ReturnType<Page["locator"]> => page.locator("main");
const body = (): ReturnType<Page["locator"]> => page.getByTestId("simulated-body");
const itemGroups = (): ReturnType<Page["locator"]> => main().locator("ol > li");

async function itemTitles(): Promise<string[]> {
  return (await main().locator("ol > li > div > h3").allTextContents()).map((t) => t.trim());
}

async function addItem(title: string, presenter: string, decisions: string): Promise<void> {
  await main().getByRole("button", { name: "Lägg till punkt" }).click();
  const form = main().getByRole("form", { name: "Ny punkt" });
  await form.getByRole("textbox", { name: "Rubrik" }).fill(title);
  if (presenter) await form.getByRole("combobox", { name: "Föredragande" }).fill(presenter);
  if (decisions) await form.getByRole("textbox", { name: "Beslutsförslag" }).fill(decisions);
  await form.getByRole("button", { name: "Spara" }).click();
  await main().locator("ol > li h3", { hasText: title }).waitFor();
}

test("the page says it is a simulation and holds a Teams join block and organizer text", async () => {
  await page.getByText("Simulerad bokning – Demoläge").waitFor();
  await body().getByText("Delta i mötet nu").waitFor();
  await expect(body().textContent()).resolves.toContain("Välkommen till Kommundirektörsgruppens möte");
  await expect(page.getByTestId("simulated-body-text").textContent()).resolves.toContain("Microsoft Teams");
});

test("linking creates the folder and remembers the meeting key", async () => {
  await main().getByRole("button", { name: "Koppla till SharePoint" }).click();
  await main().getByText(`Kopplad till mappen ${FOLDER}`).waitFor();
  await main().getByRole("button", { name: "Lägg till punkt" }).waitFor();
  const stored = await page.evaluate(() => window.localStorage.getItem("sammantrade.simulatedAppointment.v1"));
  const properties = (JSON.parse(stored ?? "{}") as { properties: Record<string, string> }).properties;
  expect(properties.sammantradeFolderName).toBe(FOLDER);
  expect(properties.sammantradeMeetingKey).toMatch(/^040000008200E00074C5B7101A82E008/);
});

test("adds an item with presenter and decisions, and a hostile title appears as text", async () => {
  const before = await itemTitles();
  await addItem(NEW_TITLE, "Karin Lindqvist, stadsdirektör, Helsingborg", "godkänna inriktningen\natt uppdra åt sekretariatet att ta fram underlag");
  await addItem(HOSTILE, "", "");
  const after = await itemTitles();
  expect(after).toHaveLength(before.length + 2);
  // New items go before the closing "Övriga frågor", which stays last.
  expect(after[after.length - 3]).toContain(NEW_TITLE);
  expect(after[after.length - 2]).toContain(HOSTILE);
  expect(after[after.length - 1]).toMatch(/Övriga frågor( Information)?$/);
  expect(await main().locator("img").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("reorders with the button and with Alt+ArrowUp, keeping focus on the moved item", async () => {
  const start = await itemTitles();
  const index = start.findIndex((t) => t.includes(NEW_TITLE));
  const card = itemGroups().nth(index);
  await card.getByRole("button", { name: "Flytta upp" }).click();
  await page.getByText(`”${NEW_TITLE}” är nu punkt ${index}.`).waitFor();
  let titles = await itemTitles();
  expect(titles[index - 1]).toContain(NEW_TITLE);
  // The keyboard: focus stays on the moved item's button, so Alt+ArrowUp moves it again.
  await page.keyboard.press("Alt+ArrowUp");
  await page.getByText(`”${NEW_TITLE}” är nu punkt ${index - 1}.`).waitFor();
  titles = await itemTitles();
  expect(titles[index - 2]).toContain(NEW_TITLE);
  expect(titles[index - 2]).toMatch(new RegExp(`^${index - 1}\\. `));
});

test("attaches a bilaga from the meeting folder", async () => {
  const titles = await itemTitles();
  const index = titles.findIndex((t) => t.includes(NEW_TITLE));
  const card = itemGroups().nth(index);
  await card.getByRole("button", { name: "Redigera" }).click();
  await card.getByRole("combobox", { name: "Fil i mötets mapp" }).selectOption({ label: `${BILAGA_FILE} (ingen punkt)` });
  await card.getByRole("button", { name: "Lägg till som bilaga" }).click();
  await card.getByRole("link", { name: /^Bilaga \d+ – Inbjudan nätverksträff kommunikatörer$/ }).waitFor();
});

test("Infoga kallelse puts every item, föredragande and numbered bilaga link at the top of the body, once", async () => {
  const kallelse = page.getByRole("button", { name: "Infoga kallelse" });
  await expect(main().getByRole("radio", { name: "Överst i brödtexten (rekommenderas)" }).isChecked()).resolves.toBe(true);
  await kallelse.click();
  await main().getByText(/Kallelsen med \d+ punkter är infogad i bokningen\./).waitFor();
  await kallelse.click();
  await main().getByText(/Kallelsen är uppdaterad i bokningen/).waitFor();

  const html = await body().innerHTML();
  expect(html.match(/Kommundirektörsgruppen i Familjen Helsingborg<\/h2>/g)).toHaveLength(1);
  expect(html.match(/Delta i mötet nu/g)).toHaveLength(1);
  expect(await body().locator("img").count()).toBe(0);
  // The kallelse stands alone at the top: above the organizer's greeting and signature, and Teams' join block.
  expect(html.indexOf("Dagordning")).toBeLessThan(html.indexOf("Välkommen till Kommundirektörsgruppens möte"));
  expect(html.indexOf("Välkommen till Kommundirektörsgruppens möte")).toBeLessThan(html.indexOf("Delta i mötet nu"));

  const block = body().locator("#sammantrade-kallelse");
  const blockText = (await block.textContent()) ?? "";
  expect(blockText).toMatch(/^Helsingborg \d{1,2} [a-zåäö]+ 20\d\d/);
  expect(blockText).toContain("Kallelse till möte 11/2026");
  expect(blockText).toContain("Svara på inbjudan med Acceptera eller Avböj");

  const items = block.locator("p", { hasText: /^\d+\. / });
  const titles = await itemTitles();
  expect(await items.count()).toBe(titles.length);
  for (const [i, title] of titles.entries()) {
    const text = (await items.nth(i).textContent()) ?? "";
    expect(text.startsWith(`${i + 1}. `)).toBe(true);
    expect(text).toContain(title.replace(/^\d+\.\s*/, "").replace(/\s*(Information|Diskussion)$/, ""));
  }
  const mine = items.nth(titles.findIndex((t) => t.includes(NEW_TITLE)));
  await expect(mine.textContent()).resolves.toContain("Föredragande: Karin Lindqvist, stadsdirektör, Helsingborg");
  await expect(items.nth(titles.findIndex((t) => t.includes(HOSTILE))).textContent()).resolves.toContain(HOSTILE);

  const links = items.locator("a");
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThanOrEqual(6);
  for (const href of hrefs) {
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
  }
  // A click opens the file in a new tab.
  const [opened] = await Promise.all([context.waitForEvent("page"), mine.locator("a").last().click()]);
  await opened.waitForLoadState();
  expect(decodeURIComponent(opened.url())).toContain(BILAGA_FILE);
  await opened.close();
});

test("the plain text has a blank line between items, each bilaga's short link on its own line, no link over 100 characters", async () => {
  const plain = (await page.getByTestId("simulated-body-text").textContent()) ?? "";
  const lines = plain.split("\n");
  expect(plain.indexOf("Kallelse till möte 11/2026")).toBeLessThan(plain.indexOf("Välkommen till Kommundirektörsgruppens möte"));
  const itemLines = lines.map((line, i) => ({ line, i })).filter(({ line }) => /^\d+\. /.test(line));
  expect(itemLines.length).toBeGreaterThan(4);
  for (const { i } of itemLines) expect(lines[i - 1]).toBe("");
  const bilagor = lines.map((line, i) => ({ line, i })).filter(({ line }) => /^Bilaga \d+ – /.test(line));
  expect(bilagor.map(({ line }) => Number(/^Bilaga (\d+)/.exec(line)?.[1]))).toEqual(bilagor.map((_, i) => i + 1));
  for (const { i } of bilagor) expect(lines[i + 1]).toMatch(/^https?:\/\/\S+$/);
  expect(lines.findIndex((l) => /^Bilaga \d+ – Inbjudan nätverksträff kommunikatörer$/.test(l))).toBeGreaterThan(0);
  expect(plain).toContain("Föredragande: Karin Lindqvist, stadsdirektör, Helsingborg");
  // The kallelse's own links (Teams' join link below is Teams' business).
  const kallelseEnd = lines.findIndex((l) => l.startsWith("Anmäl förhinder genom att tacka nej"));
  expect(kallelseEnd).toBeGreaterThan(0);
  const urls = lines.slice(0, kallelseEnd).join("\n").match(/https?:\/\/[^\s<>]+/g) ?? [];
  expect(urls.length).toBeGreaterThan(bilagor.length);
  for (const url of urls) expect({ url, length: url.length <= 100 }).toEqual({ url, length: true });
});

test("Skapa handlingar som PDF puts one PDF in the folder, and the kallelse links it after the next insert", async () => {
  await main().getByRole("button", { name: "Skapa handlingar som PDF" }).click();
  await main().getByText("Kallelse med handlingar, möte 11-2026.pdf finns nu i mötets mapp.", { exact: false }).waitFor({ timeout: 150_000 });
  const state = app.tenant?.state() as unknown as { sites: { lists: { drive?: { items: { name: string; parentId: string | null; id: string }[] } }[] }[] };
  const items = state.sites.flatMap((site) => site.lists).flatMap((l) => l.drive?.items ?? []);
  const folder = items.find((i) => i.name === FOLDER);
  expect(items.filter((i) => i.parentId === folder?.id && i.name.startsWith("Kallelse med handlingar")).map((i) => i.name)).toEqual(["Kallelse med handlingar, möte 11-2026.pdf"]);

  await page.getByRole("button", { name: "Infoga kallelse" }).click();
  await main().getByText(/Kallelsen är uppdaterad i bokningen/).waitFor();
  const lines = ((await page.getByTestId("simulated-body-text").textContent()) ?? "").split("\n");
  const at = lines.findIndex((l) => l.startsWith("Kallelsen och alla bilagor i en PDF"));
  expect(at).toBeGreaterThan(0);
  const link = lines[at + 1] ?? "";
  expect(link.length).toBeLessThanOrEqual(100);
  const response = await page.request.get(link);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
});

test("the kallelse section fits a 350 px Outlook pane: its narrowest layout is narrower than the pane, nothing inside overflows", async () => {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 350, height: 900 });
  try {
    const section = main().locator("section", { has: page.getByRole("heading", { name: "Kallelse", exact: true }) });
    // Both notices (the insert's and the PDF's, with its long file name) are on screen from the steps before.
    await expect(section.getByText(/finns nu i mötets mapp/).count()).resolves.toBe(1);
    // The pane's own grid is the editor's business (it sizes to its widest content); this section must not be what
    // widens it: laid out at its min-content width it fits the pane's 350 px less the pane's padding.
    const measured = await section.evaluate((el) => {
      const box = el as HTMLElement;
      const previous = box.style.width;
      box.style.width = "min-content";
      const narrowest = box.getBoundingClientRect().width;
      const overflowing = [box, ...box.querySelectorAll<HTMLElement>("*")].filter((c) => c.scrollWidth > c.clientWidth + 0.5).map((c) => c.className.toString().slice(0, 30));
      box.style.width = previous;
      return { narrowest, overflowing };
    });
    expect(measured.overflowing).toEqual([]);
    expect(measured.narrowest).toBeLessThanOrEqual(310);
  } finally {
    if (before) await page.setViewportSize(before);
  }
});

test("a save over someone else's edit keeps the text, shows both versions, and 'Behåll min version' wins deliberately", async () => {
  const key = (JSON.parse((await page.evaluate(() => window.localStorage.getItem("sammantrade.simulatedAppointment.v1"))) ?? "{}") as { properties: Record<string, string> })
    .properties.sammantradeMeetingKey as string;
  const titles = await itemTitles();
  const index = titles.findIndex((t) => t.includes(NEW_TITLE));
  const card = itemGroups().nth(index);
  const form = card.getByRole("form");
  if ((await form.count()) === 0) await card.getByRole("button", { name: "Redigera" }).click();
  await form.getByRole("textbox", { name: "Rubrik" }).fill(`${NEW_TITLE} och fiber`);

  // Someone else saves the same item in the meantime (the secretariat in another pane, through Graph, as the Teams tab
  // or SharePoint would; members may not write at all).
  type Item = { id: string; fields: Record<string, unknown> };
  const list = (): Item[] => {
    const state = app.tenant?.state() as unknown as { sites: { lists: { name: string; items: Item[] }[] }[] };
    return state.sites.flatMap((site) => site.lists).find((l) => l.name === "Dagordning")?.items ?? [];
  };
  const target = list().find((i) => i.fields.MeetingKey === key && i.fields.Title === NEW_TITLE) as Item;
  const site = encodeURIComponent(app.config.siteId);
  const theirs = await page.request.patch(`${app.graphUrl}/v1.0/sites/${site}/lists/Dagordning/items/${target.id}/fields`, {
    headers: { Authorization: "Bearer demo:elin.sjoberg@familjenhelsingborg.se", "Content-Type": "application/json" },
    data: { Presenter: "Sara Dahl, utredare" },
  });
  expect(theirs.status()).toBe(200);

  await form.getByRole("button", { name: "Spara" }).click();
  const conflict = form.getByRole("alert");
  await conflict.getByText("Någon annan har ändrat punkten samtidigt").waitFor();
  await expect(form.getByRole("textbox", { name: "Rubrik" }).inputValue()).resolves.toBe(`${NEW_TITLE} och fiber`);
  const presenterRow = conflict.getByRole("group", { name: /^Föredragande/ });
  await expect(presenterRow.textContent()).resolves.toContain("Sara Dahl, utredare");
  await expect(presenterRow.textContent()).resolves.toContain("Ändrat");
  await conflict.getByRole("button", { name: "Behåll min version" }).click();
  await main().locator("ol > li > div > h3", { hasText: `${NEW_TITLE} och fiber` }).waitFor();
  expect(list().find((i) => i.id === target.id)?.fields.Title).toBe(`${NEW_TITLE} och fiber`);
  // Put the title back for the later steps, through the pane.
  await form.getByRole("textbox", { name: "Rubrik" }).fill(NEW_TITLE);
  await form.getByRole("button", { name: "Spara" }).click();
  await main().locator("ol > li > div > h3", { hasText: new RegExp(`${NEW_TITLE}\\s*$`) }).waitFor();
  await card.getByRole("button", { name: "Redigera" }).click();
});

test("axe-core finds no violations in the pane and the simulated appointment", async () => {
  expect(await axeViolations(page)).toEqual([]);
});

test("the edit is in SharePoint for the other host: one agenda, two hosts", async () => {
  const key = (JSON.parse((await page.evaluate(() => window.localStorage.getItem("sammantrade.simulatedAppointment.v1"))) ?? "{}") as { properties: Record<string, string> })
    .properties.sammantradeMeetingKey as string;
  const teams = await context.newPage();
  await teams.goto(`${app.teamsUrl}?meeting=${encodeURIComponent(key)}&folder=${encodeURIComponent(FOLDER)}`);
  await teams.getByText(NEW_TITLE).first().waitFor({ timeout: 30_000 });
  await teams.reload();
  await teams.getByText(NEW_TITLE).first().waitFor();
  await teams.getByText(HOSTILE).first().waitFor();
  const teamsText = (await teams.locator("main").textContent()) ?? "";
  // Same order in both hosts: the moved item stands before the items it passed.
  expect(teamsText.indexOf(NEW_TITLE)).toBeLessThan(teamsText.indexOf("Avstämningar från kommunerna"));
  expect(await teams.locator("img").count()).toBe(0);
  await teams.close();
  // The pane after a reload: the link is remembered and the same agenda comes back.
  await page.reload();
  await main().getByText(`Kopplad till mappen ${FOLDER}`).waitFor();
  await main().locator("ol > li h3", { hasText: NEW_TITLE }).waitFor();
});
