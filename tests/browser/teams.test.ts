/** The meeting tab in Chromium against the demo tenant: agenda, bilagor, Anmäl förhinder as the secretariat sees it. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { RunningApp } from "../../src/server/app-server";
import { launchBrowser, startTestApp } from "./harness";
import { bilagaLabel, chosenMeeting, expectedAgenda, storedResponse } from "./teams.support";

jest.setTimeout(60_000);

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let meeting: { key: string; folder: string };

beforeAll(async () => {
  app = await startTestApp({ distDir: process.env.SAMMANTRADE_DIST ?? "dist" });
  browser = await launchBrowser();
  context = await browser.newContext({ locale: "sv-SE" });
  page = await context.newPage();
  await page.goto(app.teamsUrl);
  meeting = await chosenMeeting(page);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test("the page says it runs in demo mode outside Teams and picks the first upcoming meeting", async () => {
  await page.getByText("Demoläge").waitFor();
  expect(meeting.key).not.toBe("");
  const options = await page.getByRole("combobox", { name: "Möte" }).locator("option").allTextContents();
  expect(options.length).toBeGreaterThan(0);
});

test("every agenda item, föredragande and bilaga of the demo meeting is shown", async () => {
  const expected = expectedAgenda(app.tenant!.state(), meeting.key, meeting.folder);
  expect(expected.items.length).toBeGreaterThan(0);
  const agenda = page.getByRole("region", { name: "Dagordning" });
  await agenda.getByRole("heading", { level: 3 }).first().waitFor();
  const headings = (await agenda.getByRole("heading", { level: 3 }).allTextContents()).map((t) => t.trim());
  expect(headings).toEqual(expected.items.map((item) => `${item.number}. ${item.title}`));
  const text = await agenda.innerText();
  for (const item of expected.items) if (item.presenter.trim() !== "") expect(text).toContain(item.presenter);
  const links = (await agenda.getByRole("link").allTextContents()).map((t) => t.trim());
  const bilagor = expected.items.flatMap((item) => item.attachments.map((a) => bilagaLabel(a.number, a.name)));
  expect(bilagor.length).toBeGreaterThan(0);
  expect(links).toEqual(bilagor);
  expect(await page.evaluate(() => performance.getEntriesByName("agenda-rendered").length)).toBe(1);
});

test("clicking a bilaga opens the file from the demo tenant in a new tab", async () => {
  const first = expectedAgenda(app.tenant!.state(), meeting.key, meeting.folder).items.flatMap((i) => i.attachments)[0]!;
  const link = page.getByRole("link", { name: bilagaLabel(first.number, first.name) });
  const href = (await link.getAttribute("href"))!;
  expect(new URL(href).origin).toBe(new URL(app.graphUrl).origin);
  const [popup] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await popup.waitForURL((url) => url.href !== "about:blank");
  expect(popup.url()).toBe(href);
  expect(await popup.evaluate(() => window.opener)).toBeNull();
  await popup.close();
  const file = await fetch(href);
  expect(file.status).toBe(200);
  const bytes = Buffer.from(await file.arrayBuffer());
  if (first.name.endsWith(".pdf")) {
    expect(file.headers.get("content-type")).toMatch(/application\/pdf/);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
  } else {
    expect(file.headers.get("content-type")).toMatch(/officedocument|octet-stream/);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  }
});

test("Anmäl förhinder with a message declines on the organizer's copy; after reload the secretariat lists the person", async () => {
  const state = app.tenant!.state();
  const users = state.users;
  const member = users.find((u) => u.role === "member" && ["none", "accepted", "tentativelyAccepted"].includes(storedResponse(state, meeting.key, u.mail) ?? ""));
  const secretariat = users.find((u) => u.role === "secretariat");
  if (!member || !secretariat) throw new Error("demo data lacks an undeclined member or the secretariat");

  await page.goto(`${app.teamsUrl}?meeting=${encodeURIComponent(meeting.key)}&folder=${encodeURIComponent(meeting.folder)}&user=${encodeURIComponent(member.mail)}`);
  const answer = page.getByRole("region", { name: "Ditt svar" });
  await answer.getByRole("button", { name: "Anmäl förhinder" }).click();
  await answer.getByRole("textbox", { name: "Meddelande till sekretariatet (valfritt)" }).fill("Jag är på KS-konferens i Malmö.");
  await answer.getByRole("button", { name: "Skicka anmälan" }).click();
  await answer.getByText("Ditt svar är skickat till sekretariatet.").waitFor();
  expect(storedResponse(app.tenant!.state(), meeting.key, member.mail)).toBe("declined");

  await page.reload();
  await page.getByRole("region", { name: "Ditt svar" }).getByText("Ditt svar: Anmält förhinder").waitFor();

  await page.getByRole("combobox", { name: "Logga in som" }).selectOption(secretariat.mail);
  const apologies = page.getByRole("region", { name: /^Anmält förhinder \(\d+\)$/ });
  await apologies.getByText(`${member.displayName}, ${member.organisation}`).waitFor();
  await page.reload();
  await page.getByRole("region", { name: /^Anmält förhinder \(\d+\)$/ }).getByText(`${member.displayName}, ${member.organisation}`).waitFor();
});
