/**
 * The simulated appointment's preview in Chromium: the body is contained, so a `position: fixed` element in it cannot
 * cover the pane, and a malformed construct in the organizer's text cannot drop the kallelse or Teams' join block.
 */
import type { Browser, Page } from "playwright-core";
import { wrapKallelseBlock } from "../../src/core/kallelse";
import { teamsJoinBlock } from "../../src/hosts/outlook/simulation/teamsBlock";
import type { RunningApp } from "../../src/server/app-server";
import { axeViolations, startSwedishSession } from "./harness";

jest.setTimeout(180_000);

const STORAGE_KEY = "sammantrade.simulatedAppointment.v1";
const OVERLAY = '<div style="position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:2147483647;background:rgb(200,0,0)">Täcker allt</div>';
const KALLELSE = wrapKallelseBlock("<h2>Kallelse till sammanträde</h2><ol><li>Punkt om bredband</li></ol>");
const TEAMS = teamsJoinBlock("https://teams.microsoft.com/l/meetup-join/test");
// Each swallows the rest of a document when the body is parsed in one go.
const MALFORMED = ["<plaintext>", "<iframe>", "<title>Rubrik utan slut", "<select><option>Välj", "<textarea>Anteckning", "<xmp>", "<noembed>", "<style>p{color:red}"];

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser, page } = await startSwedishSession());
  await page.goto(app.outlookUrl);
  // Linking stores the simulated appointment, whose body the tests then replace.
  await page.locator("main").getByRole("button", { name: "Koppla till SharePoint" }).click();
  await page.locator("main").getByRole("button", { name: "Infoga kallelse" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function showBody(bodyHtml: string): Promise<void> {
  await page.evaluate(
    ({ key, html }) => {
      const state = JSON.parse(window.localStorage.getItem(key) ?? "{}") as { bodyHtml: string };
      state.bodyHtml = html;
      window.localStorage.setItem(key, JSON.stringify(state));
    },
    { key: STORAGE_KEY, html: bodyHtml },
  );
  await page.reload();
  await page.locator("main").getByRole("button", { name: "Infoga kallelse" }).waitFor();
}

/** True when the element at the centre of the locator's box is the locator's element or inside it. */
async function isOnTop(locator: ReturnType<Page["locator"]>): Promise<boolean> {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

test("a position: fixed element in the body stays inside the preview and cannot cover the pane", async () => {
  await showBody(`${OVERLAY}<div><p>Hej!</p></div>${KALLELSE}${TEAMS}`);
  const preview = page.getByTestId("simulated-body");
  await preview.getByText("Täcker allt").waitFor();
  const button = page.locator("main").getByRole("button", { name: "Infoga kallelse" });
  expect(await isOnTop(button)).toBe(true);
  expect(await isOnTop(page.locator("main").getByRole("heading", { level: 1 }))).toBe(true);
  expect(await isOnTop(page.getByText("Simulerad bokning – Demoläge"))).toBe(true);
  // The overlay is placed in the preview's box (its containing block), not at the viewport's corner.
  const frame = await page.getByTestId("simulated-body-frame").boundingBox();
  const overlay = await preview.getByText("Täcker allt").boundingBox();
  expect(overlay?.x).toBeGreaterThanOrEqual(frame?.x ?? Infinity);
  expect(overlay?.y).toBeGreaterThanOrEqual(frame?.y ?? Infinity);
  await button.click();
  await page.locator("main").getByText(/Kallelsen är uppdaterad i bokningen/).waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

test.each(MALFORMED)("organizer text with %j before the kallelse keeps the kallelse and the join link in the preview", async (construct) => {
  await showBody(`<html><head><meta charset="utf-8"></head><body><div><p>Hej!</p>${construct}</div>${KALLELSE}${TEAMS}</body></html>`);
  const preview = page.getByTestId("simulated-body");
  await preview.getByText("Punkt om bredband").waitFor();
  await preview.getByRole("link", { name: "Delta i mötet nu" }).waitFor();
  expect(await preview.getByText("Punkt om bredband").isVisible()).toBe(true);
  const plain = (await page.getByTestId("simulated-body-text").textContent()) ?? "";
  expect(plain).toContain("Punkt om bredband");
  expect(plain).toContain("Microsoft Teams");
});
