/** `npm run bench`: time to agenda, Graph round trips, the naive baseline, bundle sizes and the protokoll draft,
 *  written to BENCHMARKS.md. Environment: DEMO_LATENCY_MS (150), BENCH_RUNS (7, at least 7), SAMMANTRADE_DIST
 *  (a built dist/ to use instead of building one), CHROMIUM_PATH. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os, { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { DEMO_CONFIG } from "../src/config";
import { startDemoTenant } from "../src/demo-tenant/server";
import { DEFAULT_DATA_PATH } from "../src/demo-tenant/store";
import { startApp } from "../src/server/app-server";
import type { RunningApp } from "../src/server/app-server";
import { launchBrowser } from "../tests/browser/harness";
import { loadMeetingViewNaively } from "./baseline-loader";
import type { BaselineTarget } from "./baseline-loader";
import { CI_BUDGETS, checkBudget } from "./budgets";
import type { Budgets } from "./budgets";
import { measurePageScripts, measureScriptUrls } from "./bundle-size";
import { describeMachine } from "./machine";
import { writeGeneratedMeeting } from "./meeting-data";
import type { GeneratedMeeting, MeetingSize } from "./meeting-data";
import { productContext, timeProductLoad } from "./product-loader";
import { timeProtokoll } from "./protokoll-timing";
import { renderReport } from "./report";
import type { BenchResult, SizeResult } from "./report";
import { summarize } from "./stats";
import { measureTabOnce } from "./tab-timing";

const ROOT = path.resolve(__dirname, "..");
const SIZES = [5, 20, 50];
const BILAGOR_PER_ITEM = 2;
const ATTENDEES = 12;
const PROTOKOLL_ITEMS = 30;
const MIN_RUNS = 7;

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, not '${raw}'`);
  return value;
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The build to measure: SAMMANTRADE_DIST when given, else a fresh production build in a temporary folder
 *  (never dist/, which `npm start` and the tests own). */
function buildDist(workDir: string): string {
  const given = process.env.SAMMANTRADE_DIST;
  if (given) {
    const dir = path.resolve(given);
    if (!existsSync(path.join(dir, "teams.html"))) throw new Error(`SAMMANTRADE_DIST=${given} holds no teams.html`);
    log(`Using the build in ${dir}`);
    return dir;
  }
  const dir = path.join(workDir, "dist");
  log(`Building the pages (webpack --mode production) into ${dir} …`);
  const webpack = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "webpack.cmd" : "webpack");
  const result = spawnSync(webpack, ["--mode", "production", "--output-path", dir], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`webpack failed (exit ${String(result.status)})`);
  return dir;
}

function baselineTarget(app: RunningApp, meeting: GeneratedMeeting): BaselineTarget {
  // The same window the product reads for the meeting number: the year so far, up to the meeting's day.
  const day = meeting.folderName.slice(0, 10);
  const year = Number(day.slice(0, 4));
  return {
    graphRoot: `${app.graphUrl}/v1.0`,
    token: `demo:${meeting.organizerMail}`,
    meetingKey: meeting.key,
    folderName: meeting.folderName,
    siteId: app.config.siteId,
    agendaListName: app.config.agendaListName,
    libraryName: app.config.libraryName,
    groupId: app.config.groupId,
    organizerMailbox: app.config.organizerMailbox,
    calendarWindow: { startUtc: `${year - 1}-12-31T00:00:00Z`, endUtc: new Date(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000).toISOString() },
  };
}

async function benchSize(browser: Browser, distDir: string, workDir: string, size: MeetingSize, latencyMs: number, runs: number): Promise<SizeResult> {
  const meeting = await writeGeneratedMeeting(DEFAULT_DATA_PATH, size, path.join(workDir, "data"));
  const app = await startApp({ port: 0, graphPort: 0, distDir, env: { ...process.env, GRAPH_BASE_URL: "" }, demo: { dataPath: meeting.dataPath, latencyMs, quiet: true } });
  const tenant = app.tenant;
  if (!tenant) throw new Error("the app started without its demo tenant");
  try {
    const target = { teamsUrl: app.teamsUrl, graphUrl: app.graphUrl, tenant, meetingKey: meeting.key, folderName: meeting.folderName, userMail: meeting.organizerMail };
    const tabTimes: number[] = [];
    const tabRequests: number[] = [];
    const phases = { scripts: [] as number[], beforeGraph: [] as number[], graph: [] as number[], afterGraph: [] as number[] };
    let inner = 0;
    const scripts = new Set<string>();
    for (let i = 0; i <= runs; i++) {
      const run = await measureTabOnce(browser, target);
      if (i === 0) continue; // warm-up: the server's first answers and the OS file cache
      tabTimes.push(run.timeToAgendaMs);
      tabRequests.push(run.graphRequests);
      phases.scripts.push(run.entryScriptEndMs);
      phases.beforeGraph.push(run.graphStartMs);
      phases.graph.push(run.graphEndMs - run.graphStartMs);
      phases.afterGraph.push(run.timeToAgendaMs - run.graphEndMs);
      inner = Math.max(inner, run.innerRequests);
      run.scriptsBeforeMark.forEach((script) => scripts.add(script));
      if (run.graphRequestsSeenByPage !== run.graphRequests) log(`  note: the page saw ${run.graphRequestsSeenByPage} Graph fetches before the mark, the tenant logged ${run.graphRequests}`);
    }
    log(`  tab: median ${Math.round(summarize(tabTimes).median)} ms, Graph requests ${[...new Set(tabRequests)].join("/")}`);

    const ctx = productContext(DEMO_CONFIG, app.graphUrl, meeting.organizerMail);
    const ref = { key: meeting.key, folderName: meeting.folderName };
    const baselineTimes: number[] = [];
    const productTimes: number[] = [];
    let baselineRequests = 0;
    let productRequests = 0;
    const bt = baselineTarget(app, meeting);
    for (let i = 0; i <= runs; i++) {
      // Interleaved, so that any drift of the machine affects both alike.
      tenant.clearRequests();
      const product = await timeProductLoad(ctx, ref);
      productRequests = tenant.requests().length;
      if (product.view.agenda.state !== "ready" || product.view.agenda.value.items.length !== size.items) throw new Error(`the product loaded ${product.view.agenda.state === "ready" ? product.view.agenda.value.items.length : product.view.agenda.state} items, expected ${size.items}`);
      const baseline = await loadMeetingViewNaively(bt);
      if (baseline.agendaItems !== size.items || baseline.files !== size.items * size.bilagorPerItem) throw new Error(`the baseline loaded ${baseline.agendaItems} items and ${baseline.files} files, expected ${size.items} and ${size.items * size.bilagorPerItem}`);
      if (i === 0) continue;
      productTimes.push(product.elapsedMs);
      baselineTimes.push(baseline.elapsedMs);
      baselineRequests = baseline.requests;
    }
    const result: SizeResult = {
      items: size.items,
      bilagor: size.items * size.bilagorPerItem,
      attendees: size.attendees,
      tab: summarize(tabTimes),
      phases: { scripts: summarize(phases.scripts), beforeGraph: summarize(phases.beforeGraph), graph: summarize(phases.graph), afterGraph: summarize(phases.afterGraph) },
      tabGraphRequests: tabRequests,
      tabInnerRequests: inner,
      tabScripts: [...scripts],
      productNode: summarize(productTimes),
      productNodeRequests: productRequests,
      baseline: summarize(baselineTimes),
      baselineRequests,
    };
    log(`  product (Node): median ${Math.round(result.productNode.median)} ms, ${productRequests} request(s); baseline: median ${Math.round(result.baseline.median)} ms, ${baselineRequests} requests`);
    return result;
  } finally {
    await app.close();
  }
}

async function benchProtokoll(workDir: string, runs: number): Promise<NonNullable<BenchResult["protokoll"]>> {
  const size = { items: PROTOKOLL_ITEMS, bilagorPerItem: BILAGOR_PER_ITEM, attendees: ATTENDEES };
  const meeting = await writeGeneratedMeeting(DEFAULT_DATA_PATH, size, path.join(workDir, "protokoll"));
  const tenant = await startDemoTenant({ port: 0, dataPath: meeting.dataPath, latencyMs: 0, quiet: true });
  try {
    const { view } = await timeProductLoad(productContext(DEMO_CONFIG, tenant.url, meeting.organizerMail), { key: meeting.key, folderName: meeting.folderName });
    const bilagor = view.agenda.state === "ready" ? view.agenda.value.items.reduce((sum, item) => sum + item.attachments.length, 0) : 0;
    if (bilagor !== PROTOKOLL_ITEMS * BILAGOR_PER_ITEM) throw new Error(`the protokoll meeting has ${bilagor} bilagor, expected ${PROTOKOLL_ITEMS * BILAGOR_PER_ITEM}`);
    const timing = await timeProtokoll(view, Math.max(runs, 15));
    return { items: PROTOKOLL_ITEMS, bilagor, ...timing };
  } finally {
    await tenant.close();
  }
}

function reportedBudgets(latencyMs: number, sizes: SizeResult[]): { figures: Record<string, number>; budgets: Budgets } {
  const figures: Record<string, number> = {};
  const budgets: Record<string, Budgets[string]> = {};
  for (const s of sizes) {
    figures[`tab.timeToAgenda.${s.items}`] = Math.round(s.tab.median);
    budgets[`tab.timeToAgenda.${s.items}`] = { max: latencyMs + 150, unit: "ms", label: `time to agenda at ${s.items} items, median (one round trip + 150 ms)` };
  }
  const at20 = sizes.find((s) => s.items === 20);
  if (at20) {
    figures["speedup.20"] = Math.round((at20.baseline.median / at20.tab.median) * 10) / 10;
    budgets["speedup.20"] = { min: 5, unit: "×", label: "baseline / tab at 20 items" };
  }
  return { figures, budgets };
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = os.loadavg()[0] ?? 0;
  const latencyMs = numberFromEnv("DEMO_LATENCY_MS", 150);
  const runs = Math.max(MIN_RUNS, Math.floor(numberFromEnv("BENCH_RUNS", MIN_RUNS)));
  const workDir = await mkdtemp(path.join(tmpdir(), "sammantrade-bench-"));
  let browser: Browser | null = null;
  try {
    const distDir = buildDist(workDir);
    const bundles = await Promise.all(["teams.html", "outlook.html"].map((page) => measurePageScripts(distDir, page)));
    for (const b of bundles) log(`${b.page}: initial JS ${(b.totalGzipBytes / 1000).toFixed(1)} kB gzip`);

    browser = await launchBrowser();
    const machine = describeMachine(browser.version());
    const sizes: SizeResult[] = [];
    for (const items of SIZES) {
      log(`Meeting with ${items} items (${latencyMs} ms latency, ${runs} runs):`);
      sizes.push(await benchSize(browser, distDir, workDir, { items, bilagorPerItem: BILAGOR_PER_ITEM, attendees: ATTENDEES }, latencyMs, runs));
    }
    await browser.close();
    browser = null;

    log(`Protokoll draft, ${PROTOKOLL_ITEMS} items:`);
    const protokoll = await benchProtokoll(workDir, runs);
    log(`  median ${Math.round(protokoll.summary.median)} ms`);

    const teams = bundles.find((b) => b.page === "teams.html");
    const ci = checkBudget(
      { "teams.graphRequests": Math.max(...sizes.flatMap((s) => s.tabGraphRequests)), "teams.initialJsGzipBytes": teams?.totalGzipBytes ?? Number.NaN },
      CI_BUDGETS,
    );
    const extra = reportedBudgets(latencyMs, sizes);
    const result: BenchResult = {
      date: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
      machine,
      latencyMs,
      runs,
      sizes,
      bundles,
      firstViewJs: await measureScriptUrls(distDir, "teams.html", sizes.flatMap((s) => s.tabScripts)),
      protokoll,
      budgets: { ci, reported: checkBudget(extra.figures, extra.budgets) },
      durationSeconds: (Date.now() - started) / 1000,
      loadAverage: { before: loadBefore, after: os.loadavg()[0] ?? 0 },
    };
    const markdown = renderReport(result);
    await writeFile(path.join(ROOT, "BENCHMARKS.md"), markdown);
    log("");
    log(markdown);
    for (const r of [...ci.results, ...result.budgets.reported.results]) log(`${r.ok ? "ok  " : "MISS"} ${r.message}`);
    log(`Wrote ${path.join(ROOT, "BENCHMARKS.md")}`);
  } finally {
    if (browser) await browser.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
