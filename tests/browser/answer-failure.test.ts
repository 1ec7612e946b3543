/**
 * The answer under a failing network, in Chromium against the demo tenant's faults: a refused apology keeps its form,
 * message and a Försök igen; an apology whose reply is lost is never called sent; focus lands on the confirmation.
 */
import type { Browser, Page } from "playwright-core";
import type { RunningApp } from "../../src/server/app-server";
import { GRAPH_RETRY_BUDGET } from "../../src/core/retry-budget";
import { axeViolations, launchBrowser, startTestApp } from "./harness";
import { chosenMeeting, storedResponse } from "./teams.support";

jest.setTimeout(90_000);

const MESSAGE = "Jag är på KS-konferens i Malmö; ersättare Per Ek.";
/** A 503 on every attempt of the retry budget: the apology is refused, definitely, and no fault is left over. */
const REFUSED = Array.from({ length: GRAPH_RETRY_BUDGET.maxAttempts }, () => "503" as const);

let app: RunningApp;
let browser: Browser;
let page: Page;
let meeting: { key: string; folder: string };
let member: { mail: string };

beforeAll(async () => {
  app = await startTestApp({ distDir: process.env.SAMMANTRADE_DIST ?? "dist", demo: { timeoutMs: 300, faultRetryAfter: 0 } });
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  await page.goto(app.teamsUrl);
  meeting = await chosenMeeting(page);
  const state = app.tenant!.state();
  const found = state.users.find((u) => u.role === "member" && storedResponse(state, meeting.key, u.mail) === "accepted");
  if (!found) throw new Error("demo data lacks a member who accepted");
  member = found;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function openAsMember(): Promise<ReturnType<Page["getByRole"]>> {
  await page.goto(`${app.teamsUrl}?meeting=${encodeURIComponent(meeting.key)}&folder=${encodeURIComponent(meeting.folder)}&user=${encodeURIComponent(member.mail)}`);
  const answer = page.getByRole("region", { name: "Ditt svar" });
  await answer.getByRole("button", { name: "Anmäl förhinder" }).click();
  await answer.getByRole("textbox", { name: "Meddelande till sekretariatet (valfritt)" }).fill(MESSAGE);
  return answer;
}

const focusedRole = (): Promise<string | null> => page.evaluate(() => (document.activeElement === document.body ? "body" : (document.activeElement?.getAttribute("role") ?? document.activeElement?.tagName ?? null)));

test("a refused apology keeps the form and the message, says what happened, and Försök igen sends it; focus lands on the confirmation", async () => {
  const answer = await openAsMember();
  app.tenant!.injectFaults(REFUSED);
  await answer.getByRole("button", { name: "Skicka anmälan" }).click();
  const alert = answer.getByRole("alert");
  await alert.getByText(/^Anmälan kunde inte skickas\. Microsoft 365 är inte tillgängligt just nu\./).waitFor();
  expect(await alert.textContent()).toMatch(/Ditt meddelande finns kvar\.$/);
  expect(await answer.getByRole("textbox").inputValue()).toBe(MESSAGE);
  expect(await answer.getByText("Ditt svar är skickat till sekretariatet.").count()).toBe(0);
  expect(storedResponse(app.tenant!.state(), meeting.key, member.mail)).toBe("accepted");
  expect(await axeViolations(page)).toEqual([]);

  await answer.getByRole("button", { name: "Försök igen" }).click();
  await answer.getByRole("status").getByText("Ditt svar är skickat till sekretariatet.").waitFor();
  expect(storedResponse(app.tenant!.state(), meeting.key, member.mail)).toBe("declined");
  expect(await focusedRole()).toBe("status");
  expect(await axeViolations(page)).toEqual([]);
});

test("a member who already declined declines again and the POST times out: unclear, never 'sent'; Skicka igen sends it", async () => {
  expect(storedResponse(app.tenant!.state(), meeting.key, member.mail)).toBe("declined");
  const answer = await openAsMember();
  app.tenant!.injectFaults(["timeout"]);
  await answer.getByRole("button", { name: "Skicka anmälan" }).click();
  await answer.getByRole("alert").getByText(/^Det är oklart om ditt svar kom fram: Microsoft 365 svarade inte i tid\./).waitFor();
  expect(await answer.getByText("Ditt svar är skickat till sekretariatet.").count()).toBe(0);
  expect(await answer.getByRole("textbox").inputValue()).toBe(MESSAGE);
  expect(await axeViolations(page)).toEqual([]);

  await answer.getByRole("button", { name: "Skicka igen" }).click();
  await answer.getByRole("status").getByText("Ditt svar är skickat till sekretariatet.").waitFor();
  expect(await focusedRole()).toBe("status");
});
