/** Issue #15 in Chromium: "Dela handlingarna" (offered after "Infoga kallelse") and "Påminn de som inte svarat" on the simulated appointment. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { DemoData } from "../../src/demo-tenant/data-types";
import type { RunningApp } from "../../src/server/app-server";
import { axeViolations, startSwedishSession } from "./harness";

jest.setTimeout(180_000);

let app: RunningApp;
let browser: Browser;
let page: Page;

const data = JSON.parse(readFileSync(resolve(__dirname, "../../src/demo-tenant/data/default.json"), "utf8")) as DemoData;
const december = data.events.find((e) => e.startUtc.startsWith("2026-12-11"));
/** The non-responders per the demo data (not hard-coded): answer "none", never the organizer. */
const UNANSWERED = (december?.attendees ?? []).filter((a) => a.response === "none" && a.mail !== december?.organizer).map((a) => a.mail.toLowerCase()).sort();

beforeAll(async () => {
  ({ app, browser, page } = await startSwedishSession());
  await page.goto(app.outlookUrl);
  await page.locator("main").getByRole("button", { name: "Koppla till SharePoint" }).click();
  await page.locator("main").getByText("Kopplad till mappen 2026-12-11 Kommundirektörsmöte").waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const main = (): ReturnType<Page["locator"]> => page.locator("main");

test("after Infoga kallelse the pane offers to share; sharing reports per person and keeps the hand-made permission", async () => {
  await main().getByRole("button", { name: "Infoga kallelse" }).click();
  await main().getByText("Dela handlingarna med deltagarna så att alla kan öppna bilagorna.").waitFor();
  await main().getByRole("button", { name: "Dela handlingarna med deltagarna" }).click();
  const report = page.getByTestId("share-report");
  await report.waitFor();
  const outcome = (mail: string) => report.locator(`li[data-email="${mail}"]`).getAttribute("data-outcome");
  expect(await outcome("camilla.nystrom@orkelljunga.se")).toBe("shared");
  expect(await outcome("oskar.lind@nsva.se")).toBe("hadAccess");
  await main().getByText(/^Klart: \d+ personer fick åtkomst nu\.$/).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // A rerun changes nothing and says so per person.
  await main().getByRole("button", { name: "Dela handlingarna med deltagarna" }).click();
  await main().getByText("Klart: 0 personer fick åtkomst nu.").waitFor();
  expect(await outcome("camilla.nystrom@orkelljunga.se")).toBe("sharedBefore");
});

test("Påminn opens a message form addressed to exactly the non-responders, with time, place and how to answer", async () => {
  expect(UNANSWERED.length).toBeGreaterThan(1);
  await main().getByRole("button", { name: "Påminn de som inte svarat" }).click();
  const form = page.getByTestId("simulated-message");
  await form.waitFor();
  expect(await form.getAttribute("data-count")).toBe("1");
  const to = await page.getByTestId("simulated-message-to").locator("li").evaluateAll((lis) => lis.map((li) => (li.getAttribute("data-email") ?? "").toLowerCase()).sort());
  expect(to).toEqual(UNANSWERED);
  const text = (await page.getByTestId("simulated-message-body").textContent()) ?? "";
  expect(text).toContain("Tid: fredag 11 december 2026 08.30–11.30.");
  expect(text).toContain("Plats: ");
  expect(text).toContain("Acceptera eller Avböj");
  await main().getByText(`Ett nytt meddelande till ${UNANSWERED.length} personer är öppnat.`).waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

test("the pane (with the share report) does not scroll sideways at 350 px", async () => {
  await page.setViewportSize({ width: 350, height: 800 });
  // The pane is <main>; the simulated appointment beside it is not part of Outlook's pane.
  const overflow = await main().evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
