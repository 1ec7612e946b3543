/** Renders the benchmark's results as BENCHMARKS.md. Pure: the figures in, the Markdown out. */
import type { BudgetReport } from "./budgets";
import type { MachineDescription } from "./machine";
import type { PageScripts } from "./bundle-size";
import type { Summary } from "./stats";

/** Results for one meeting size. */
export interface SizeResult {
  items: number;
  bilagor: number;
  attendees: number;
  tab: Summary;
  /** Navigation -> first Graph request sent; its answer received; answer -> mark (medians of each run's phases). */
  phases: { /** navigation -> entry script downloaded */ scripts: Summary; beforeGraph: Summary; graph: Summary; afterGraph: Summary };
  /** Graph HTTP requests before the mark, per run (the same in every run when the product is right). */
  tabGraphRequests: number[];
  /** Inner requests of the tab's $batch (max over runs). */
  tabInnerRequests: number;
  /** Script paths the tab fetched before its mark, over all runs. */
  tabScripts: string[];
  productNode: Summary;
  productNodeRequests: number;
  baseline: Summary;
  baselineRequests: number;
}

/** Everything BENCHMARKS.md holds. */
export interface BenchResult {
  date: string;
  machine: MachineDescription;
  latencyMs: number;
  runs: number;
  sizes: SizeResult[];
  bundles: PageScripts[];
  /** The scripts the meeting tab actually fetched before its agenda was rendered (entry and async chunks). */
  firstViewJs: PageScripts | null;
  /** null when the protokoll writer is not part of the build. */
  protokoll: { items: number; bilagor: number; summary: Summary; docxBytes: number } | null;
  budgets: { ci: BudgetReport; reported: BudgetReport };
  durationSeconds: number;
  /** The machine's 1-minute load average when the run started and ended. */
  loadAverage: { before: number; after: number };
}

const ms = (value: number): string => `${Math.round(value)} ms`;
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;
const spread = (s: Summary): string => `${ms(s.median)} (p25–p75 ${Math.round(s.p25)}–${Math.round(s.p75)}, min–max ${Math.round(s.min)}–${Math.round(s.max)})`;

function distinct(values: number[]): string {
  const set = [...new Set(values)].sort((a, b) => a - b);
  return set.length === 1 ? String(set[0]) : `${set.join(", ")} (varied)`;
}

function budgetRows(report: BudgetReport, gated: string): string[] {
  return report.results.map((r) => `| ${r.budget.label} (\`${r.name}\`) | ${r.actual === null ? "not measured" : `${Math.round(r.actual * 10) / 10} ${r.budget.unit}`} | ${r.message.replace(/^.*budget /, "")} | ${r.ok ? "met" : "**not met**"} | ${gated} |`);
}

/** The Markdown of BENCHMARKS.md. */
export function renderReport(result: BenchResult): string {
  const m = result.machine;
  const lines: string[] = [
    "# Benchmarks",
    "",
    `Written by \`npm run bench\` (bench/run.ts) on ${result.date}; the run took ${Math.round(result.durationSeconds)} s. Do not edit by hand: run it again.`,
    "",
    "## Machine",
    "",
    "| OS | CPU | cores | memory | Node | Chromium | load average (1 min) before / after |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    `| ${m.os} | ${m.cpu} | ${m.cores} | ${m.memoryGiB} GiB | ${m.node} | ${m.chromium} | ${result.loadAverage.before.toFixed(2)} / ${result.loadAverage.after.toFixed(2)} |`,
    "",
    "A load average near or above the number of cores means other work shared the machine, and the browser timings are pessimistic.",
    "",
    "## Time to agenda",
    "",
    `Demo tenant with ${result.latencyMs} ms injected latency on every Graph HTTP request; generated meetings with 2 bilagor per item and the attendees shown; signed in as the organizer (the secretariat, who reads everyone's attendance). ${result.runs} runs per size (after one warm-up run), each in a fresh browser context (empty cache and storage).`,
    "",
    "- **Tab**: headless Chromium, from navigation start (`performance.timeOrigin`) to the tab's `performance.mark('agenda-rendered')`: page, scripts, the Graph round trip and rendering.",
    "- **Product (Node)**: the tab's own `loadMeetingView` run in Node against the same tenant: the data load alone, like for like with the baseline.",
    "- **Baseline**: bench/baseline-loader.ts, the pattern of Microsoft's samples: one awaited request at a time, one per agenda item and per folder, loading the same data (same process, same tenant, same latency).",
    "",
    "| items | bilagor | attendees | tab: time to agenda, median | Graph requests (tab) | $batch inner requests | product (Node) median | baseline median | baseline requests | baseline / tab | baseline / product (Node) |",
    "| ---: | ---: | ---: | --- | ---: | ---: | --- | --- | ---: | ---: | ---: |",
    ...result.sizes.map(
      (s) =>
        `| ${s.items} | ${s.bilagor} | ${s.attendees} | ${spread(s.tab)} | ${distinct(s.tabGraphRequests)} | ${s.tabInnerRequests} | ${spread(s.productNode)} | ${spread(s.baseline)} | ${s.baselineRequests} | ${ratio(s.baseline.median, s.tab.median)} | ${ratio(s.baseline.median, s.productNode.median)} |`,
    ),
    "",
    "Where the tab's time goes (medians over the runs; the phases come from the page's resource timing of its Graph requests):",
    "",
    "| items | navigation → entry script downloaded | navigation → first Graph request sent | Graph requests in flight | last answer → `agenda-rendered` |",
    "| ---: | ---: | ---: | ---: | ---: |",
    ...result.sizes.map((s) => `| ${s.items} | ${ms(s.phases.scripts.median)} | ${ms(s.phases.beforeGraph.median)} | ${ms(s.phases.graph.median)} | ${ms(s.phases.afterGraph.median)} |`),
    "",
    "## Initial JavaScript",
    "",
    "The scripts each page's HTML loads before its first view (async chunks excluded), gzip level 9.",
    "",
    "| page | scripts | raw | gzip |",
    "| --- | --- | ---: | ---: |",
    ...result.bundles.map((b) => `| ${b.page} | ${b.scripts.map((s) => `\`${s.file}\``).join(", ")} | ${kb(b.totalBytes)} | ${kb(b.totalGzipBytes)} |`),
    ...(result.firstViewJs === null
      ? []
      : [
          "",
          `For comparison, everything the meeting tab fetched before \`agenda-rendered\` (entry plus the async chunks the first view waits for): ${result.firstViewJs.scripts.length} script(s), ${kb(result.firstViewJs.totalBytes)} raw, ${kb(result.firstViewJs.totalGzipBytes)} gzip.`,
        ]),
    "",
    "## Protokoll draft",
    "",
    result.protokoll === null
      ? "Not available: the protokoll writer (src/services/documents) is not in this build."
      : [
          "Meeting view loaded by the product, then the .docx draft built in memory (`draftBytes`: model and Word file, no upload), after three warm-up builds.",
          "",
          "| items | bilagor | median | p25–p75 | min–max | .docx size |",
          "| ---: | ---: | ---: | --- | --- | ---: |",
          `| ${result.protokoll.items} | ${result.protokoll.bilagor} | ${ms(result.protokoll.summary.median)} | ${Math.round(result.protokoll.summary.p25)}–${Math.round(result.protokoll.summary.p75)} ms | ${Math.round(result.protokoll.summary.min)}–${Math.round(result.protokoll.summary.max)} ms | ${kb(result.protokoll.docxBytes)} |`,
        ].join("\n"),
    "",
    "## Budgets",
    "",
    "| budget | figure | limit | verdict | where |",
    "| --- | --- | --- | --- | --- |",
    ...budgetRows(result.budgets.ci, "gated in `npm test` (tests/budgets)"),
    ...budgetRows(result.budgets.reported, "reported here only"),
    "",
  ];
  return `${lines.join("\n")}\n`;
}
