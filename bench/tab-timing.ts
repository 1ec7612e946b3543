/** Opens the built meeting tab in Chromium and measures navigation -> the tab's `agenda-rendered` mark, and the
 *  Graph requests it took. Shared by the benchmark and the CI budget test. */
import type { Browser } from "playwright-core";
import type { DemoTenant, RequestLogEntry } from "../src/demo-tenant/server";
import { AGENDA_RENDERED } from "../src/ui/meeting/agendaRendered";

/** The mark the Teams tab sets once the agenda is fully visible. */
export const AGENDA_MARK = AGENDA_RENDERED;

/** Where the demo user choice is remembered (src/hosts/shared/demoUser.ts): set before the page runs, so no switcher. */
const DEMO_USER_KEY = "sammantrade.demoUser";

/** What to open: the running app's Teams page, the meeting, and who is signed in. */
export interface TabTarget {
  teamsUrl: string;
  graphUrl: string;
  tenant: DemoTenant;
  meetingKey: string;
  folderName: string;
  userMail: string;
  /** How long to wait for the mark before failing; default 30 s. */
  timeoutMs?: number;
}

/** One opening of the tab. */
export interface TabRun {
  /** performance.timeOrigin (navigation start) -> the mark, in ms. */
  timeToAgendaMs: number;
  /** Graph HTTP requests in the tenant's log that arrived before the mark. */
  graphRequests: number;
  /** The same, counted by the page's own resource timing (a cross-check on the same clock as the mark). */
  graphRequestsSeenByPage: number;
  /** Every Graph request the tenant logged while the page was open, including after the mark. */
  graphRequestsTotal: number;
  /** Inner requests of the $batch(es) before the mark. */
  innerRequests: number;
  /** When the first Graph request before the mark started, and when the last one's answer ended (ms from navigation). */
  graphStartMs: number;
  graphEndMs: number;
  /** When the page's first script (the HTML's entry) had arrived (ms from navigation). */
  entryScriptEndMs: number;
  /** Paths (from the app's origin) of the scripts the page fetched before the mark: entry and async chunks. */
  scriptsBeforeMark: string[];
  log: RequestLogEntry[];
}

/** The tab's URL for a meeting (the configured tab's contentUrl carries the meeting and its folder). */
export function tabUrl(teamsUrl: string, meetingKey: string, folderName: string): string {
  const url = new URL(teamsUrl);
  url.searchParams.set("meeting", meetingKey);
  url.searchParams.set("folder", folderName);
  return url.toString();
}

function isGraph(entry: RequestLogEntry): boolean {
  return entry.path === "/v1.0" || entry.path.startsWith("/v1.0/");
}

/** Opens the tab once in a fresh browser context (empty cache, no storage but the demo user) and measures it. */
export async function measureTabOnce(browser: Browser, target: TabTarget): Promise<TabRun> {
  const context = await browser.newContext();
  const problems: string[] = [];
  try {
    await context.addInitScript(([key, mail]) => window.localStorage.setItem(key, mail), [DEMO_USER_KEY, target.userMail] as const);
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    target.tenant.clearRequests();
    const url = tabUrl(target.teamsUrl, target.meetingKey, target.folderName);
    const response = await page.goto(url, { waitUntil: "commit" });
    if (!response?.ok()) throw new Error(`${url} answered ${String(response?.status())}: is the app built?`);
    try {
      await page.waitForFunction((mark) => performance.getEntriesByName(mark, "mark").length > 0, AGENDA_MARK, { timeout: target.timeoutMs ?? 30_000, polling: 20 });
    } catch (error) {
      const text = (await page.locator("body").innerText().catch(() => "")).slice(0, 400);
      throw new Error(`the tab never set '${AGENDA_MARK}' (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); page shows: ${JSON.stringify(text)}; ${problems.join(" | ")}`);
    }
    const seen = await page.evaluate(
      ({ mark, graph }) => {
        const at = performance.getEntriesByName(mark, "mark")[0]?.startTime ?? Number.NaN;
        const graphEntries = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
          .filter((e) => e.name.startsWith(`${graph}/v1.0/`) || e.name === `${graph}/v1.0`)
          .filter((e) => e.startTime <= at);
        const graphFetches = graphEntries.length;
        const graphStart = Math.min(...graphEntries.map((e) => e.startTime));
        const graphEnd = Math.max(...graphEntries.map((e) => e.responseEnd));
        const scriptEntries = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
          (e) => e.initiatorType === "script" && e.startTime <= at && e.name.startsWith(location.origin),
        );
        const scripts = scriptEntries.map((e) => new URL(e.name).pathname);
        const entryScriptEnd = [...scriptEntries].sort((a, b) => a.startTime - b.startTime)[0]?.responseEnd ?? Number.NaN;
        return { at, origin: performance.timeOrigin, graphFetches, graphStart, graphEnd, scripts, entryScriptEnd };
      },
      { mark: AGENDA_MARK, graph: target.graphUrl.replace(/\/+$/, "") },
    );
    // Let requests already on the wire reach the log before counting.
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
    const markEpoch = seen.origin + seen.at;
    const log = target.tenant.requests().filter(isGraph);
    const before = log.filter((e) => Date.parse(e.at) <= markEpoch);
    return {
      timeToAgendaMs: seen.at,
      graphRequests: before.length,
      graphRequestsSeenByPage: seen.graphFetches,
      graphRequestsTotal: log.length,
      innerRequests: before.reduce((sum, e) => sum + (e.batch?.length ?? 0), 0),
      graphStartMs: seen.graphStart,
      graphEndMs: seen.graphEnd,
      entryScriptEndMs: seen.entryScriptEnd,
      scriptsBeforeMark: seen.scripts,
      log,
    };
  } finally {
    await context.close();
  }
}

/** One line per logged Graph request (inner requests of a $batch indented): for failure messages. */
export function describeLog(log: RequestLogEntry[]): string[] {
  return log.flatMap((e) => [`${e.at} ${e.method} ${e.path} -> ${e.status}`, ...(e.batch ?? []).map((inner) => `    ${inner.method} ${inner.url.slice(0, 140)} -> ${inner.status}`)]);
}
