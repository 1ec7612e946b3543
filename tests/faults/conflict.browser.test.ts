/**
 * Issue 8 part 2 in Chromium: two Outlook panes (two browsers of the secretariat) edit the same agenda item. The
 * second save meets the conflict, keeps its text, shows the saved version, and merges field by field; nothing is lost.
 */
import type { Browser, Locator, Page } from "playwright-core";
import type { DemoListItem } from "../../src/demo-tenant/data-types";
import type { RunningApp } from "../../src/server/app-server";
import { launchBrowser, startTestApp } from "../browser/harness";
import { agendaItems } from "./tenant-state";

jest.setTimeout(120_000);

let app: RunningApp;
let browser: Browser;
let paneA: Page;
let paneB: Page;
let key: string;

async function openPane(): Promise<Page> {
  // Separate contexts: each pane has its own simulated appointment (localStorage), like two computers.
  const page = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  await page.goto(app.outlookUrl);
  await page.locator("main").getByRole("button", { name: "Koppla till SharePoint" }).click();
  await page.locator("main").getByRole("button", { name: "Lägg till punkt" }).waitFor({ timeout: 30_000 });
  return page;
}

/** The form of agenda item `index` (0-based), opened for editing. */
async function editForm(page: Page, index: number): Promise<Locator> {
  const card = page.locator("main ol > li").nth(index);
  const form = card.getByRole("form");
  if ((await form.count()) === 0) await card.getByRole("button", { name: "Redigera" }).click();
  await form.waitFor();
  return form;
}

function stored(id: string): DemoListItem {
  return agendaItems(app.tenant!.state(), key).find((i) => i.id === id)!;
}

beforeAll(async () => {
  app = await startTestApp({ distDir: process.env.SAMMANTRADE_DIST ?? "dist", demo: { quiet: true } });
  key = app.tenant!.state().events.find((e) => e.startUtc.startsWith("2026-12-11"))!.iCalUId;
  browser = await launchBrowser();
  paneA = await openPane();
  paneB = await openPane();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test("different fields: the conflict keeps B's text, shows A's, and the default merge keeps both", async () => {
  const item = agendaItems(app.tenant!.state(), key).sort((a, b) => Number(a.fields.ItemNumber) - Number(b.fields.ItemNumber))[1]!;
  const formA = await editForm(paneA, 1);
  const formB = await editForm(paneB, 1);
  const titleA = `${String(item.fields.Title)} – ändrad i ruta A`;
  const presenterB = "Sara Dahl, utredare";
  const clauseB = "uppdra åt sekretariatet att återkomma i januari";

  await formA.getByRole("textbox", { name: "Rubrik" }).fill(titleA);
  await formA.getByRole("button", { name: "Spara" }).click();
  await formA.getByText("Sparat.").waitFor();

  await formB.getByRole("combobox", { name: "Föredragande" }).fill(presenterB);
  const decisionsB = formB.getByRole("textbox", { name: "Beslutsförslag" });
  await decisionsB.fill(`${await decisionsB.inputValue()}\n${clauseB}`);
  await formB.getByRole("button", { name: "Spara" }).click();

  const conflict = formB.getByRole("alert");
  await conflict.getByText("Någon annan har ändrat punkten samtidigt").waitFor();
  // B's text is still in the form, and A's title is shown as the saved version.
  await expect(formB.getByRole("combobox", { name: "Föredragande" }).inputValue()).resolves.toBe(presenterB);
  await expect(decisionsB.inputValue()).resolves.toContain(clauseB);
  await expect(conflict.getByRole("group", { name: /^Rubrik/ }).textContent()).resolves.toContain(titleA);
  // Defaults: A's title (only A changed it), B's presenter and clause (only B changed them).
  await expect(conflict.getByRole("radiogroup", { name: /Rubrik/ }).getByRole("radio", { name: "Deras" }).isChecked()).resolves.toBe(true);
  await expect(conflict.getByRole("radiogroup", { name: /Föredragande/ }).getByRole("radio", { name: "Min" }).isChecked()).resolves.toBe(true);
  await conflict.getByText("Sammanslagningen behåller både din och deras ändringar.").waitFor();
  // Nothing was written over A's edit while B decided.
  expect(stored(item.id).fields.Title).toBe(titleA);

  await conflict.getByRole("button", { name: "Spara sammanslagningen" }).click();
  await formB.getByText("Sparat.").waitFor();
  const saved = stored(item.id).fields;
  expect(saved.Title).toBe(titleA);
  expect(saved.Presenter).toBe(presenterB);
  expect(String(saved.ProposedDecisions)).toContain(clauseB);
  await expect(formB.getByRole("textbox", { name: "Rubrik" }).inputValue()).resolves.toBe(titleA);
});

test("the same field: nothing preselected, clauses united when chosen, and overwriting a title is a visible, deliberate choice", async () => {
  const item = agendaItems(app.tenant!.state(), key).sort((a, b) => Number(a.fields.ItemNumber) - Number(b.fields.ItemNumber))[2]!;
  // Fresh forms on both panes (reload so both start from the same saved version).
  for (const page of [paneA, paneB]) await page.reload();
  for (const page of [paneA, paneB]) await page.locator("main").getByRole("button", { name: "Lägg till punkt" }).waitFor({ timeout: 30_000 });
  const formA = await editForm(paneA, 2);
  const formB = await editForm(paneB, 2);

  const decisionsA = formA.getByRole("textbox", { name: "Beslutsförslag" });
  await decisionsA.fill(`${await decisionsA.inputValue()}\nfastställa tidplanen`);
  await formA.getByRole("textbox", { name: "Rubrik" }).fill("Rubrik från ruta A");
  await formA.getByRole("button", { name: "Spara" }).click();
  await formA.getByText("Sparat.").waitFor();

  const decisionsB = formB.getByRole("textbox", { name: "Beslutsförslag" });
  await decisionsB.fill(`${await decisionsB.inputValue()}\ngodkänna budgetramen`);
  await formB.getByRole("textbox", { name: "Rubrik" }).fill("Rubrik från ruta B");
  await formB.getByRole("button", { name: "Spara" }).click();
  const conflict = formB.getByRole("alert");
  await conflict.getByText("Någon annan har ändrat punkten samtidigt").waitFor();

  // Both changed the clauses and the title: nothing is decided for B (either choice, or "Båda", may contradict A),
  // and the merge is not saved until B has chosen.
  for (const field of [/Beslutsförslag/, /Rubrik/]) {
    for (const radio of await conflict.getByRole("radiogroup", { name: field }).getByRole("radio").all()) await expect(radio.isChecked()).resolves.toBe(false);
  }
  await conflict.getByRole("button", { name: "Spara sammanslagningen" }).click();
  await formB.getByText("Välj version för de 2 fält som båda har ändrat innan du sparar.").waitFor();
  expect(stored(item.id).fields.Title).toBe("Rubrik från ruta A");
  await conflict.getByRole("radiogroup", { name: /Beslutsförslag/ }).getByRole("radio", { name: "Båda" }).check();
  await conflict.getByRole("radiogroup", { name: /Rubrik/ }).getByRole("radio", { name: "Deras" }).check();
  await conflict.getByText("Sammanslagningen behåller både din och deras ändringar.").waitFor();
  await conflict.getByRole("radiogroup", { name: /Rubrik/ }).getByRole("radio", { name: "Min" }).check();
  await conflict.getByText(/Sparar du så ersätts deras ändring av Rubrik\./).waitFor();
  await conflict.getByRole("button", { name: "Spara sammanslagningen" }).click();
  await formB.getByText("Sparat.").waitFor();

  const saved = stored(item.id).fields;
  expect(saved.Title).toBe("Rubrik från ruta B");
  const clauses = String(saved.ProposedDecisions).split("\n");
  expect(clauses).toEqual(expect.arrayContaining(["fastställa tidplanen", "godkänna budgetramen"]));
  expect(new Set(clauses).size).toBe(clauses.length);
});
