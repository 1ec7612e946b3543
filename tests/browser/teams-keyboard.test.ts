/** The whole RSVP flow by keyboard alone (Tab, Shift+Tab, Enter, Space and typing), checked on the organizer's copy. */
import type { Browser, Page } from "playwright-core";
import type { RunningApp } from "../../src/server/app-server";
import { launchBrowser, startTestApp } from "./harness";
import { chosenMeeting, storedResponse } from "./teams.support";

jest.setTimeout(60_000);

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startTestApp({ distDir: process.env.SAMMANTRADE_DIST ?? "dist" });
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "sv-SE" });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The accessible name of the focused element (its label for form fields). */
function focusedName(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    const labelled = el.getAttribute("aria-labelledby");
    if (labelled) return labelled.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ").trim();
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").trim();
  });
}

async function tabTo(name: string, key: "Tab" | "Shift+Tab" = "Tab", limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    if ((await focusedName()) === name) return;
  }
  throw new Error(`"${name}" was not reached with ${key}`);
}

test("a member sends apologies with a message, then accepts, using only the keyboard", async () => {
  await page.goto(app.teamsUrl);
  const meeting = await chosenMeeting(page);
  const state = app.tenant!.state();
  const member = state.users.filter((u) => u.role === "member").find((u) => ["none", "accepted", "tentativelyAccepted"].includes(storedResponse(state, meeting.key, u.mail) ?? ""))!;
  await page.goto(`${app.teamsUrl}?meeting=${encodeURIComponent(meeting.key)}&folder=${encodeURIComponent(meeting.folder)}&user=${encodeURIComponent(member.mail)}`);
  await page.getByRole("region", { name: "Ditt svar" }).waitFor();

  await tabTo("Anmäl förhinder");
  await page.keyboard.press("Enter");
  expect(await focusedName()).toBe("Meddelande till sekretariatet (valfritt)");
  await page.keyboard.type("Förhindrad på grund av budgetberedning.");
  await tabTo("Skicka anmälan");
  await page.keyboard.press("Enter");
  await page.getByText("Ditt svar är skickat till sekretariatet.").waitFor();
  const answer = page.getByRole("region", { name: "Ditt svar" });
  await answer.getByText("Ditt svar: Anmält förhinder").waitFor();
  expect(storedResponse(app.tenant!.state(), meeting.key, member.mail)).toBe("declined");

  await tabTo("Jag kommer", "Shift+Tab");
  await page.keyboard.press("Space");
  await answer.getByText("Ditt svar: Jag kommer").waitFor();
  await page.getByText("Ditt svar är skickat till sekretariatet.").waitFor();
  await page.waitForFunction(() => !document.querySelector("[role=status] .fui-Spinner"));
  expect(storedResponse(app.tenant!.state(), meeting.key, member.mail)).toBe("accepted");
});
