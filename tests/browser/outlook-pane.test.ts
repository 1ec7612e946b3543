/**
 * The Outlook pane at a task pane's real size (350 × 900): nothing scrolls sideways (also in the conflict view and
 * after a move), the remove dialog gives the page and focus back, a conflict where both changed a field decides nothing.
 */
import type { Browser, Page } from "playwright-core";
import type { RunningApp } from "../../src/server/app-server";
import { axeViolations, startSwedishSession } from "./harness";

jest.setTimeout(180_000);

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser, page } = await startSwedishSession());
  await page.setViewportSize({ width: 350, height: 900 });
  await page.goto(app.outlookUrl);
  await main().getByRole("button", { name: "Koppla till SharePoint" }).click();
  await main().getByRole("button", { name: "Lägg till punkt" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const main = (): ReturnType<Page["locator"]> => page.locator("main");
const cards = (): ReturnType<Page["locator"]> => main().locator("ol > li");

async function titles(): Promise<string[]> {
  return (await main().locator("ol > li > div > h3").allTextContents()).map((t) => t.trim());
}

/** The page's own width against the viewport (anything wider scrolls sideways), and the pane's widest elements. */
async function sidewaysOverflow(): Promise<{ scrollWidth: number; innerWidth: number; widestInPane: string[] }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    widestInPane: [...document.querySelectorAll("main *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((e) => `${e.tagName} ${Math.round(e.getBoundingClientRect().right)} ${(e.textContent ?? "").slice(0, 40)}`),
  }));
}

/** Starts a test from a fresh load of the pane (the link is remembered), so each test stands on its own. */
async function reload(): Promise<void> {
  await page.reload();
  await main().getByRole("button", { name: "Lägg till punkt" }).waitFor();
}

async function expectNoSidewaysScroll(): Promise<void> {
  const overflow = await sidewaysOverflow();
  expect(overflow.widestInPane).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
}

/** What a screen reader and role queries cannot see: any aria-hidden ancestor of the pane. */
async function hiddenAncestorsOfPane(): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (let e: Element | null = document.querySelector("main"); e !== null; e = e.parentElement) {
      if (e.getAttribute("aria-hidden") === "true" || e.hasAttribute("inert")) out.push(e.id || e.tagName);
    }
    return out;
  });
}

/** Waits (a few seconds at most) until nothing hides the pane and focus is on a button; the checks follow. */
async function settleAfterDialog(): Promise<void> {
  await page
    .waitForFunction(
      () => {
        for (let e: Element | null = document.querySelector("main"); e !== null; e = e.parentElement) {
          if (e.getAttribute("aria-hidden") === "true" || e.hasAttribute("inert")) return false;
        }
        return document.activeElement?.tagName === "BUTTON" && document.querySelectorAll("i[data-tabster-dummy][tabindex='0']").length === 0;
      },
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
}

const focusedText = (): Promise<{ tag: string; text: string; item: string }> =>
  page.evaluate(() => {
    const active = document.activeElement;
    return { tag: active?.tagName ?? "", text: active?.textContent?.trim() ?? "", item: active?.closest("li")?.querySelector("h3")?.textContent?.trim() ?? "" };
  });

test("the linked pane fits 350 px", async () => {
  await expectNoSidewaysScroll();
});

test("Avbryt in the remove dialog gives the page back and focus to the item's Ta bort", async () => {
  const first = (await titles())[0] as string;
  await cards().first().getByRole("button", { name: "Ta bort" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Ta bort punkten?" });
  await dialog.waitFor();
  await dialog.getByRole("button", { name: "Avbryt" }).click();
  await dialog.waitFor({ state: "detached" });
  // Tabster un-hides the page a moment (250 ms) after the dialog closes: wait for that, then it must be visible.
  await settleAfterDialog();
  expect(await hiddenAncestorsOfPane()).toEqual([]);
  await expect(focusedText()).resolves.toEqual({ tag: "BUTTON", text: "Ta bort", item: first });
  // Role queries see the pane's buttons again.
  expect(await main().getByRole("button", { name: "Lägg till punkt" }).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
});

test("Escape closes the dialog the same way", async () => {
  await cards().nth(1).getByRole("button", { name: "Ta bort" }).click();
  await page.getByRole("alertdialog").waitFor();
  await page.keyboard.press("Escape");
  await page.getByRole("alertdialog").waitFor({ state: "detached" });
  await settleAfterDialog();
  expect(await hiddenAncestorsOfPane()).toEqual([]);
  await expect(focusedText()).resolves.toMatchObject({ text: "Ta bort", item: (await titles())[1] });
});

test("a confirmed removal puts focus on the item that took its place, never on the page", async () => {
  const before = await titles();
  await cards().nth(1).getByRole("button", { name: "Ta bort" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Ta bort punkten" }).click();
  await page.waitForFunction((n) => document.querySelectorAll("main ol > li").length === n, before.length - 1);
  await page.waitForFunction(() => document.activeElement?.tagName === "BUTTON" && document.activeElement.textContent === "Ta bort");
  const after = await titles();
  const focused = await focusedText();
  expect(focused.item).toBe(after[1]);
  expect(focused.item.replace(/^\d+\.\s*/, "")).toBe((before[2] as string).replace(/^\d+\.\s*/, ""));
  await settleAfterDialog();
  expect(await hiddenAncestorsOfPane()).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test("after a move the confirmation wraps inside 350 px", async () => {
  await reload();
  await cards().nth(2).getByRole("button", { name: "Flytta upp" }).click();
  await main().getByText(/är nu punkt 2\.$/).waitFor();
  await expectNoSidewaysScroll();
});

type ListItem = { id: string; fields: Record<string, unknown> };

function agendaRows(): ListItem[] {
  const state = app.tenant?.state() as unknown as { sites: { lists: { name: string; items: ListItem[] }[] }[] };
  return state.sites.flatMap((site) => site.lists).find((l) => l.name === "Dagordning")?.items ?? [];
}

async function meetingKey(): Promise<string> {
  const stored = await page.evaluate(() => window.localStorage.getItem("sammantrade.simulatedAppointment.v1"));
  return (JSON.parse(stored ?? "{}") as { properties: Record<string, string> }).properties.sammantradeMeetingKey as string;
}

/** Someone else saves the item through Graph: the secretariat in another pane (members may not write at all). */
async function theirEdit(id: string, fields: Record<string, string>): Promise<void> {
  const site = encodeURIComponent(app.config.siteId);
  const response = await page.request.patch(`${app.graphUrl}/v1.0/sites/${site}/lists/Dagordning/items/${id}/fields`, {
    headers: { Authorization: "Bearer demo:elin.sjoberg@familjenhelsingborg.se", "Content-Type": "application/json" },
    data: fields,
  });
  expect(response.status()).toBe(200);
}

test("a conflict where both changed the same fields: stacked at 350 px, nothing preselected, saving asks for a choice", async () => {
  await reload();
  const key = await meetingKey();
  const card = cards().nth(1);
  const heading = ((await card.locator("h3").first().textContent()) ?? "").trim();
  const row = agendaRows().find((i) => i.fields.MeetingKey === key && heading.includes(String(i.fields.Title))) as ListItem;
  await card.getByRole("button", { name: "Redigera" }).click();
  const form = card.getByRole("form");
  await form.getByRole("textbox", { name: "Rubrik" }).fill("Min rubrik");
  await form.getByRole("textbox", { name: "Beslutsförslag" }).fill("godkänna min version");
  await theirEdit(row.id, { Title: "Deras rubrik", ProposedDecisions: "godkänna deras version", Presenter: "Sara Dahl, utredare" });
  await form.getByRole("button", { name: "Spara", exact: true }).click();
  const conflict = form.getByRole("alert");
  await conflict.getByText("Någon annan har ändrat punkten samtidigt").waitFor();

  await expectNoSidewaysScroll();
  const title = conflict.getByRole("group", { name: /^Rubrik/ });
  const decisions = conflict.getByRole("group", { name: /^Beslutsförslag/ });
  const presenter = conflict.getByRole("group", { name: /^Föredragande/ });
  // Every choice is on screen, inside the pane.
  for (const radio of await conflict.getByRole("radio").all()) {
    const box = await radio.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(350);
  }
  // Both changed the title and the clauses: nothing decided for them. Only they changed the presenter: theirs.
  for (const group of [title, decisions]) for (const radio of await group.getByRole("radio").all()) expect(await radio.isChecked()).toBe(false);
  expect(await presenter.getByRole("radio", { name: "Deras" }).isChecked()).toBe(true);

  await conflict.getByRole("button", { name: "Spara sammanslagningen" }).click();
  await form.getByText("Välj version för de 2 fält som båda har ändrat innan du sparar.").waitFor();
  expect(await title.getByText("Båda har ändrat fältet. Välj vilken version som ska gälla.").count()).toBe(1);
  expect(agendaRows().find((i) => i.id === row.id)?.fields.Title).toBe("Deras rubrik");
  await expectNoSidewaysScroll();
  expect(await axeViolations(page)).toEqual([]);

  await title.getByRole("radio", { name: "Min" }).check();
  await decisions.getByRole("radio", { name: "Deras" }).check();
  await conflict.getByRole("button", { name: "Spara sammanslagningen" }).click();
  await form.getByRole("alert").waitFor({ state: "detached" });
  await main().locator("ol > li h3", { hasText: "Min rubrik" }).waitFor();
  expect(agendaRows().find((i) => i.id === row.id)?.fields.Title).toBe("Min rubrik");
  const stored = agendaRows().find((i) => i.id === row.id)?.fields as Record<string, unknown>;
  expect(stored.ProposedDecisions).toBe("godkänna deras version");
  expect(stored.Presenter).toBe("Sara Dahl, utredare");
});

type DriveFile = { id: string; name: string; kind: string; contentVersions?: number; contentBase64?: string; fields: Record<string, unknown> };

function driveFiles(): DriveFile[] {
  const state = app.tenant?.state() as unknown as { sites: { lists: { drive?: { items: DriveFile[] } }[] }[] };
  return state.sites.flatMap((site) => site.lists).flatMap((l) => l.drive?.items ?? []).filter((i) => i.kind === "file");
}

test("files of no item are listed, and the picker names each file's item and says bilagor are saved at once", async () => {
  await reload();
  const unassigned = main().getByRole("region", { name: "Filer i mappen utan punkt" });
  await expect(unassigned.getByRole("listitem").allTextContents()).resolves.toEqual(expect.arrayContaining(["Inbjudan nätverksträff kommunikatörer.pdf"]));
  const card = cards().first();
  await card.getByRole("button", { name: "Redigera" }).click();
  const picker = card.getByRole("group", { name: "Lägg till bilagor till punkt 1" });
  await picker.getByText("Bilagor du lägger till, kopplar bort eller laddar upp sparas direkt. Spara och Avbryt ovan gäller bara punktens text.").waitFor();
  const options = await picker.getByRole("combobox", { name: "Fil i mötets mapp" }).locator("option").allTextContents();
  expect(options).toContain("Inbjudan nätverksträff kommunikatörer.pdf (ingen punkt)");
  expect(options.some((o) => /^3 - Utkast till yttrande\.docx \(bilaga till punkt \d+\)$/.test(o))).toBe(true);
  await expectNoSidewaysScroll();
});

test("a file of another item moves only after a confirmation; Avbryt leaves it where it was", async () => {
  const card = cards().first();
  const picker = card.getByRole("group", { name: "Lägg till bilagor till punkt 1" });
  const select = picker.getByRole("combobox", { name: "Fil i mötets mapp" });
  const label = (await select.locator("option").allTextContents()).find((o) => o.startsWith("3 - Utkast till yttrande.docx")) as string;
  const owner = Number(/punkt (\d+)\)$/.exec(label)?.[1]);
  const file = driveFiles().find((f) => f.name === "3 - Utkast till yttrande.docx") as DriveFile;
  const before = { ...file.fields };
  await select.selectOption({ label });
  await picker.getByRole("button", { name: "Lägg till som bilaga" }).click();
  const question = picker.getByRole("group", { name: "Flytta bilagan?" });
  await question.getByText(new RegExp(`är bilaga till punkt ${owner} ”`)).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === "Flytta till punkt 1");
  await question.getByRole("button", { name: "Avbryt" }).click();
  await question.waitFor({ state: "detached" });
  expect(driveFiles().find((f) => f.id === file.id)?.fields).toEqual(before);
  await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("SELECT");

  await picker.getByRole("button", { name: "Lägg till som bilaga" }).click();
  await question.getByRole("button", { name: "Flytta till punkt 1" }).click();
  await picker.getByText("3 - Utkast till yttrande.docx är nu bilaga till punkt 1. Det är redan sparat.").waitFor();
  await card.getByRole("link", { name: /^Bilaga \d+ – Utkast till yttrande$/ }).waitFor();
  await expectNoSidewaysScroll();
});

test("a revised bilaga under the same name: Ny version replaces the content in place, Spara som ny fil adds a file", async () => {
  const card = cards().first();
  const picker = card.getByRole("group", { name: "Lägg till bilagor till punkt 1" });
  const name = "Protokoll nr 10 2026.pdf";
  const original = driveFiles().find((f) => f.name === name) as DriveFile;
  const count = driveFiles().length;
  const upload = async (text: string): Promise<void> =>
    picker.getByLabel("Ladda upp bilaga").setInputFiles({ name, mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`) });

  await upload("reviderad");
  const question = picker.getByRole("group", { name: "Filen finns redan i mappen" });
  await question.getByText(/Mappen har redan en fil som heter Protokoll nr 10 2026\.pdf/).waitFor();
  await expectNoSidewaysScroll();
  await question.getByRole("button", { name: "Ny version" }).click();
  await picker.getByText(`Ny version av ${name} är sparad. Den förra finns kvar i SharePoints versionshistorik.`).waitFor();
  const replaced = driveFiles().find((f) => f.id === original.id) as DriveFile;
  expect(replaced.contentVersions).toBe(2);
  expect(replaced.fields.ItemId).toBe(original.fields.ItemId);
  expect(driveFiles()).toHaveLength(count);
  expect(Buffer.from(replaced.contentBase64 ?? "", "base64").toString("utf8")).toContain("reviderad");

  await upload("en annan fil");
  await question.getByRole("button", { name: "Spara som ny fil" }).click();
  await picker.getByText(`Det fanns redan en fil som hette ${name}; den nya heter Protokoll nr 10 2026 (2).pdf.`).waitFor();
  expect(driveFiles()).toHaveLength(count + 1);
  expect(driveFiles().find((f) => f.id === original.id)?.contentVersions).toBe(2);
});

test("a new item lands before Övriga frågor, focus returns to Lägg till punkt, and a time out of order is said", async () => {
  await reload();
  const before = await titles();
  expect(before[before.length - 1]).toMatch(/Övriga frågor( Information)?$/);
  await main().getByRole("button", { name: "Lägg till punkt" }).click();
  const form = main().getByRole("form", { name: "Ny punkt" });
  await form.getByRole("textbox", { name: "Rubrik" }).fill("Regional kompetensförsörjning");
  await form.getByRole("textbox", { name: /^Tid/ }).fill("08.45");
  await form.getByRole("button", { name: "Spara" }).click();
  await main().getByText(/^”Regional kompetensförsörjning” är tillagd som punkt \d+, före de avslutande punkterna\.$/).waitFor();
  const after = await titles();
  expect(after).toHaveLength(before.length + 1);
  expect(after[after.length - 1]).toMatch(/Övriga frågor( Information)?$/);
  expect(after[after.length - 2]).toMatch(/^\d+\. 08\.45 Regional kompetensförsörjning/);
  const card = cards().nth(after.length - 2);
  await card.getByText(/^Tiden 08\.45 ligger före förra punktens \d\d\.\d\d\. Ändra tiden eller flytta punkten\.$/).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === "Lägg till punkt");
  await expectNoSidewaysScroll();
  expect(await axeViolations(page)).toEqual([]);
});
