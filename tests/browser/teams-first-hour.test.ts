/** What a new user meets in the first hour on the Teams surfaces (issue #16): 320 px, loading and Graph down, English,
 *  beslutsförslag on stage and side panel, print, small wording, a mistyped ?user=. Real Chromium, the demo tenant. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { splitDecisions } from "../../src/core";
import { sv } from "../../src/core/i18n/sv";
import { en } from "../../src/core/i18n/en";
import { errorMessage } from "../../src/core/i18n/errors";
import type { RunningApp } from "../../src/server/app-server";
import { axeViolations, launchBrowser, startTestApp } from "./harness";
import { chosenMeeting } from "./teams.support";

jest.setTimeout(180_000);

let app: RunningApp;
let browser: Browser;
let meeting: { key: string; folder: string };
let secretariat: string;
let member: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startTestApp({ distDir: process.env.SAMMANTRADE_DIST ?? "dist" });
  browser = await launchBrowser();
  const page = await newPage();
  await page.goto(app.teamsUrl);
  meeting = await chosenMeeting(page);
  secretariat = app.tenant!.state().users.find((u) => u.role === "secretariat")!.mail;
  member = app.tenant!.state().users.find((u) => u.role === "member")!.mail;
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
  app.tenant!.setLatency(0);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A page in a fresh context (no remembered demo user), Swedish locale unless told. */
async function newPage(options: { width?: number; height?: number; locale?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: options.locale ?? "sv-SE", viewport: { width: options.width ?? 1280, height: options.height ?? 900 } });
  contexts.push(context);
  return context.newPage();
}

function query(extra: Record<string, string>, user = secretariat): string {
  const params = new URLSearchParams({ meeting: meeting.key, folder: meeting.folder, user, ...extra });
  return `${app.teamsUrl}?${params.toString()}`;
}

/** What shows that a surface has finished loading, in either language. */
const READY: Record<string, (p: Page) => Promise<void>> = {
  content: (p) => p.getByRole("heading", { level: 2, name: /^(Dagordning|Agenda)$/ }).waitFor(),
  sidePanel: (p) => p.getByRole("button", { name: /^(Nästa punkt|Next item)$/ }).waitFor(),
  stage: (p) => p.getByRole("button", { name: /^(Nästa punkt|Next item)$/ }).waitFor(),
  config: (p) => p.getByRole("combobox", { name: /^(Välj möte|Choose meeting)/ }).waitFor(),
  personal: (p) => p.getByRole("button", { name: /^(Öppna|Open) / }).first().waitFor(),
};
const VIEWS = Object.keys(READY);

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector("[role=progressbar]") === null && document.querySelector("[aria-busy=true]") === null);
}

async function sideways(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

/** The default meeting's agenda rows in the tenant, in order (by the order key the app writes, else ItemNumber), numbered by position. */
function agendaRows(): { number: number; title: string; decisions: string[] }[] {
  const list = app.tenant!.state().sites.flatMap((s) => s.lists).find((l) => l.name === "Dagordning" || l.displayName === "Dagordning")!;
  const order = (fields: Record<string, unknown>): number => Number(fields.SortKey ?? fields.ItemNumber);
  return list.items
    .filter((item) => item.fields.MeetingKey === meeting.key)
    .sort((a, b) => order(a.fields) - order(b.fields))
    .map((item, index) => ({ number: index + 1, title: String(item.fields.Title ?? ""), decisions: splitDecisions(String(item.fields.ProposedDecisions ?? "")) }));
}

const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The highest of an "rgb(r, g, b)" colour's channels: low is dark. */
const brightest = (rgb: string): number => Math.max(...rgb.match(/\d+/g)!.slice(0, 3).map(Number));

describe("320 × 700: nothing scrolls sideways, and axe finds nothing", () => {
  for (const theme of ["light", "dark"] as const) {
    for (const view of VIEWS) {
      test(`${view} in ${theme}`, async () => {
        const page = await newPage({ width: 320, height: 700 });
        await page.goto(query({ view, theme }));
        await READY[view]!(page);
        await settled(page);
        const { scrollWidth, innerWidth } = await sideways(page);
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  test("in English, and the personal tab with a meeting opened, and the configuration page with one chosen", async () => {
    const page = await newPage({ width: 320, height: 700, locale: "en-GB" });
    for (const view of VIEWS) {
      await page.goto(query({ view, lang: "en" }));
      await READY[view]!(page);
      await settled(page);
      expect({ view, ...(await sideways(page)) }).toEqual({ view, scrollWidth: 320, innerWidth: 320 });
    }
    await page.goto(query({ view: "personal", lang: "en" }));
    await page.getByRole("button", { name: /^Open / }).first().click();
    await READY.content!(page);
    await settled(page);
    expect((await sideways(page)).scrollWidth).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("loading and Graph down", () => {
  test("while the meeting list and the meeting load, the tab shows the skeleton and never 'Inget möte är valt'", async () => {
    app.tenant!.setLatency(700);
    const page = await newPage();
    // Record every text the main area shows, from the first paint until the agenda is there.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenTexts: string[] }).seenTexts = seen;
      new MutationObserver(() => {
        const main = document.querySelector("main");
        if (main) seen.push(`${main.querySelector("[role=progressbar]") ? "[skeleton]" : ""}${main.textContent ?? ""}`);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${app.teamsUrl}?user=${encodeURIComponent(member)}`);
    await READY.content!(page);
    const seen = await page.evaluate(() => (window as unknown as { seenTexts: string[] }).seenTexts);
    expect(seen.some((t) => t.includes(sv.teams.noMeetingChosen))).toBe(false);
    expect(seen.some((t) => t.startsWith("[skeleton]"))).toBe(true);
  });

  test("with Graph unreachable the main area says so and offers a retry that brings the meeting", async () => {
    const page = await newPage();
    const graph = `${app.graphUrl.replace(/\/+$/, "")}/**`;
    await page.route(graph, (route) => route.abort("connectionrefused"));
    await page.goto(`${app.teamsUrl}?user=${encodeURIComponent(member)}`);
    const main = page.locator("main");
    await main.getByRole("heading", { level: 1, name: sv.teams.viewErrorTitle }).waitFor();
    await expect(main.getByRole("alert").textContent()).resolves.toContain(errorMessage("offline", "sv"));
    expect(await main.textContent()).not.toContain(sv.teams.noMeetingChosen);
    expect(await axeViolations(page)).toEqual([]);
    await page.unroute(graph);
    await main.getByRole("button", { name: sv.common.retry }).click();
    await READY.content!(page);
    await page.waitForURL(/[?&]meeting=/);
  });
});

/** Every string literal of a catalogue, with each function's fixed text split out around its arguments. */
function catalogueTexts(node: unknown): string[] {
  const MARK = "\u0000";
  if (typeof node === "string") return [node];
  if (typeof node === "function") {
    const fn = node as (...args: unknown[]) => unknown;
    const out = fn(...Array.from({ length: Math.max(fn.length, 1) }, () => MARK));
    return typeof out === "string" ? out.split(MARK) : [];
  }
  if (node !== null && typeof node === "object") return Object.values(node).flatMap(catalogueTexts);
  return [];
}

describe("English", () => {
  /** Rendered text of a page: what it shows and what it names for assistive technology. */
  async function renderedText(page: Page): Promise<string> {
    return page.evaluate(() => {
      const named = Array.from(document.querySelectorAll("[aria-label], [title], [placeholder]")).flatMap((el) => ["aria-label", "title", "placeholder"].map((a) => el.getAttribute(a) ?? ""));
      const options = Array.from(document.querySelectorAll("option")).map((o) => o.textContent ?? "");
      return [document.body.innerText, ...named, ...options].join("\n");
    });
  }

  test("no Swedish UI string from the sv catalogue on any Teams surface with ?lang=en; data excepted", async () => {
    const state = app.tenant!.state();
    // Words that come from the data (names, titles, decision clauses, places, organisations) are allowed in English.
    const data = JSON.stringify(state);
    const english = new Set(catalogueTexts(en).map((t) => t.trim()));
    const swedish = [...new Set(catalogueTexts({ common: sv.common, teams: sv.teams }).map((t) => t.trim()))].filter(
      // "att" opens every decision clause in both languages (the clauses are Swedish); short fragments are noise.
      (t) => t.length >= 4 && /\p{L}{3}/u.test(t) && !english.has(t) && !data.includes(t),
    );
    expect(swedish.length).toBeGreaterThan(80);
    const page = await newPage({ locale: "en-GB" });
    const found: string[] = [];
    const check = async (where: string): Promise<void> => {
      const text = await renderedText(page);
      for (const s of swedish) if (text.includes(s)) found.push(`${where}: ${s}`);
    };
    for (const view of VIEWS) {
      await page.goto(query({ view, lang: "en" }));
      await READY[view]!(page);
      await settled(page);
      await check(view);
    }
    // The meeting tab with every beslutsförslag open, and a member's view with the answer form.
    await page.goto(query({ view: "content", lang: "en" }, member));
    await READY.content!(page);
    for (const toggle of await page.getByRole("button", { name: /^Proposed decisions/ }).all()) await toggle.click();
    await check("content, member, decisions open");
    await page.goto(query({ view: "personal", lang: "en" }));
    await page.getByRole("button", { name: /^Open / }).first().click();
    await READY.content!(page);
    await check("personal, meeting open");
    expect(found).toEqual([]);
    // The same check finds the Swedish strings on the Swedish page: it can fail.
    await page.goto(query({ view: "content", lang: "sv" }));
    await READY.content!(page);
    const before = found.length;
    await check("content in Swedish");
    expect(found.length - before).toBeGreaterThan(10);
  });

  test("no Swedish UI string from the sv catalogue in the Outlook pane with ?lang=en, linked and with the editor open", async () => {
    const data = JSON.stringify(app.tenant!.state());
    const english = new Set(catalogueTexts(en).map((t) => t.trim()));
    const swedish = [...new Set(catalogueTexts({ common: sv.common, outlook: sv.outlook }).map((t) => t.trim()))].filter(
      (t) => t.length >= 4 && /\p{L}{3}/u.test(t) && !english.has(t) && !data.includes(t),
    );
    expect(swedish.length).toBeGreaterThan(80);
    const page = await newPage({ width: 350, height: 900, locale: "en-GB" });
    const main = page.locator("main");
    const found = async (): Promise<string[]> => {
      const text = await renderedText(page);
      return swedish.filter((s) => text.includes(s));
    };
    await page.goto(`${app.outlookUrl}?lang=en`);
    await main.getByRole("button", { name: "Link to SharePoint" }).click();
    await main.getByRole("button", { name: "Add item" }).waitFor();
    await settled(page);
    expect(await found()).toEqual([]);
    await main.getByRole("button", { name: "Add item" }).click();
    await settled(page);
    expect(await found()).toEqual([]);
    // The same check finds the Swedish strings in the Swedish pane: it can fail.
    await page.goto(`${app.outlookUrl}?lang=sv`);
    await main.getByRole("button", { name: "Lägg till punkt" }).waitFor();
    expect((await found()).length).toBeGreaterThan(10);
  });

  test("keeps 'att' before the Swedish clauses and writes dates in English", async () => {
    const page = await newPage({ locale: "en-GB" });
    await page.goto(query({ view: "content", lang: "en" }));
    await READY.content!(page);
    await page.getByRole("button", { name: /^Proposed decisions/ }).first().click();
    const clauses = await page.locator("article ul[id]:not([hidden]) li").allInnerTexts();
    expect(clauses.length).toBeGreaterThan(0);
    for (const clause of clauses) expect(clause).toMatch(/^att /);
    expect(await page.locator("main").innerText()).not.toMatch(/\bthat (godkänna|uppdra|ställa|anta|notera)/);
    const header = await page.locator("main header").first().innerText();
    expect(header).toMatch(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    expect(header).not.toMatch(/(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)/);
  });
});

describe("stage and side panel show the current item's beslutsförslag", () => {
  for (const view of ["stage", "sidePanel"] as const) {
    test(view, async () => {
      const rows = agendaRows().filter((r) => r.decisions.length > 0);
      expect(rows.length).toBeGreaterThan(1);
      const page = await newPage({ width: view === "stage" ? 1280 : 320 });
      const [first, second] = rows as [(typeof rows)[0], (typeof rows)[0]];
      await page.goto(query({ view, item: String(first.number) }));
      await READY[view]!(page);
      const current = page.locator("[aria-current=step]");
      const shown = async (): Promise<string[]> => (await current.getByRole("region", { name: "Beslutsförslag" }).getByRole("listitem").allInnerTexts()).map(squash);
      expect(await shown()).toEqual(first.decisions.map((d) => squash(`att ${d}`)));
      // Only the current item's: the rest of the agenda stays a list of headings.
      expect(await page.getByRole("region", { name: "Beslutsförslag" }).count()).toBe(1);
      for (let n = first.number; n < second.number; n++) await page.getByRole("button", { name: "Nästa punkt" }).click();
      await expect(current.getByRole("heading", { level: 2 }).innerText()).resolves.toContain(second.title);
      expect(await shown()).toEqual(second.decisions.map((d) => squash(`att ${d}`)));
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe("print", () => {
  test("the printed meeting tab reads like a kallelse: every beslutsförslag, no button, no demo bar", async () => {
    const page = await newPage();
    await page.goto(query({ view: "content" }, member));
    await READY.content!(page);
    // The side column (the answer buttons among them) renders after the agenda.
    await page.getByRole("region", { name: sv.teams.attendanceHeading }).waitFor();
    const buttonTexts = (await page.locator("button, option").allTextContents()).map((t) => squash(t.replace(/^[▸▾←]/, ""))).filter((t) => t.length > 0);
    expect(buttonTexts.filter((t) => t.startsWith("Beslutsförslag (")).length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), "sammantrade-print-"));
    try {
      writeFileSync(join(dir, "agenda.pdf"), await page.pdf({ format: "A4" }));
      const text = squash(execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "agenda.pdf"), "-"], { encoding: "utf8" }));
      const rows = agendaRows();
      expect(rows.some((r) => r.decisions.length > 0)).toBe(true);
      for (const row of rows) {
        expect(text).toContain(squash(`${row.number}. ${row.title}`));
        for (const decision of row.decisions) expect(text).toContain(squash(`att ${decision}`));
      }
      expect(text).toContain("Dagordning");
      for (const button of buttonTexts) expect(text).not.toContain(button);
      for (const screenOnly of [sv.common.demoMode, sv.common.demoUserLabel, sv.teams.viewPicker, sv.teams.myAnswerHeading, sv.teams.attendanceHeading]) expect(text).not.toContain(screenOnly);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a dark screen prints dark text on white", async () => {
    const page = await newPage();
    await page.goto(query({ view: "content", theme: "dark" }));
    await READY.content!(page);
    // The kind badge's muted text has a colour of its own (not inherited): only a light theme makes it dark on paper.
    const badge = page.locator("article").first().getByText(sv.teams.kinds.beslut, { exact: true }).first();
    const colours = async (): Promise<{ heading: number; badge: number; background: string }> => ({
      heading: brightest(await page.locator("main h1").first().evaluate((el) => getComputedStyle(el).color)),
      badge: brightest(await badge.evaluate((el) => getComputedStyle(el).color)),
      background: await page.locator(".fui-FluentProvider").first().evaluate((el) => getComputedStyle(el).backgroundColor),
    });
    const screen = await colours();
    expect(screen.heading).toBeGreaterThan(200);
    expect(screen.badge).toBeGreaterThan(150);
    await page.emulateMedia({ media: "print" });
    // The theme follows the print media on the next render: give it up to two seconds.
    let paper = await colours();
    for (let tries = 0; paper.badge >= 120 && tries < 20; tries++) {
      await page.waitForTimeout(100);
      paper = await colours();
    }
    expect(paper.badge).toBeLessThan(120);
    expect(paper.heading).toBeLessThan(80);
    expect(paper.background).toMatch(/^rgba?\((255, 255, 255|0, 0, 0, 0)/);
  });
});

describe("small things", () => {
  test("before the meeting the accepted are 'Kommer', not 'Närvarande'", async () => {
    const page = await newPage();
    await page.goto(query({ view: "content" }));
    const attendance = page.getByRole("region", { name: sv.teams.attendanceHeading });
    await attendance.waitFor();
    await attendance.getByRole("region", { name: /^Kommer \(\d+\)$/ }).waitFor();
    expect(await attendance.getByRole("region", { name: /^Närvarande/ }).count()).toBe(0);
  });

  test("the personal tab's way back reads '← Tillbaka …' with a space", async () => {
    const page = await newPage();
    await page.goto(query({ view: "personal" }));
    await page.getByRole("button", { name: /^Öppna / }).first().click();
    const back = page.getByRole("button", { name: sv.teams.backToList });
    await expect(back.innerText()).resolves.toBe(`← ${sv.teams.backToList}`);
  });

  test("the configuration page drops its 'not in a meeting' warning once a meeting is chosen", async () => {
    const page = await newPage();
    await page.goto(query({ view: "config" }));
    const picker = page.getByRole("combobox", { name: /^Välj möte/ });
    await picker.waitFor();
    await page.getByText(sv.teams.configNoChat).waitFor();
    const option = await picker.locator("option").nth(1).getAttribute("value");
    await picker.selectOption(option!);
    await page.getByText(/^Fliken visar /).waitFor();
    expect(await page.getByText(sv.teams.configNoChat).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("a ?user= that names no demo user", () => {
  for (const [wanted, words] of [
    ["not-a-mail", "inte är en e-postadress"],
    ["nobody@example.com", "finns inte i demotenanten"],
  ] as const) {
    test(`${wanted}: the page loads as another user and says why`, async () => {
      const page = await newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${app.teamsUrl}?user=${encodeURIComponent(wanted)}`);
      await READY.content!(page);
      await page.getByText(words, { exact: false }).waitFor();
      await expect(page.getByText(words, { exact: false }).innerText()).resolves.toContain(wanted);
      expect(errors).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      // Choosing a user answers the notice.
      await page.getByRole("combobox", { name: sv.common.demoUserLabel }).selectOption(secretariat);
      await expect(page.getByText(words, { exact: false }).count()).resolves.toBe(0);
    });
  }
});
