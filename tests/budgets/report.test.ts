/** BENCHMARKS.md is rendered from the figures: ratios, spreads and verdicts must be the figures', not prose. */
import { CI_BUDGETS, checkBudget } from "../../bench/budgets";
import { renderReport } from "../../bench/report";
import type { BenchResult, SizeResult } from "../../bench/report";
import { summarize } from "../../bench/stats";

function size(items: number, tab: number[], baseline: number[]): SizeResult {
  const s = summarize(tab);
  return {
    items,
    bilagor: 2 * items,
    attendees: 12,
    tab: s,
    phases: { scripts: s, beforeGraph: s, graph: s, afterGraph: s },
    tabGraphRequests: tab.map(() => 1),
    tabInnerRequests: 10,
    tabScripts: ["/assets/teams.js"],
    productNode: summarize([100, 110, 120]),
    productNodeRequests: 1,
    baseline: summarize(baseline),
    baselineRequests: 8 + items,
  };
}

function result(overrides: Partial<BenchResult> = {}): BenchResult {
  return {
    date: "2026-11-30T10:00:00Z",
    machine: { os: "Linux", cpu: "Testprocessor", cores: 2, memoryGiB: 8, node: "v20.19.0", chromium: "156.0" },
    latencyMs: 150,
    runs: 7,
    sizes: [size(20, [400, 500, 600], [4000, 5000, 6000])],
    bundles: [{ page: "teams.html", scripts: [{ file: "assets/teams.js", bytes: 500_000, gzipBytes: 150_000 }], totalBytes: 500_000, totalGzipBytes: 150_000 }],
    firstViewJs: null,
    protokoll: null,
    budgets: { ci: checkBudget({ "teams.graphRequests": 1, "teams.initialJsGzipBytes": 150_000 }, CI_BUDGETS), reported: checkBudget({ "speedup.20": 3 }, { "speedup.20": { min: 5, unit: "×", label: "baseline / tab at 20 items" } }) },
    durationSeconds: 200,
    loadAverage: { before: 0.5, after: 1.5 },
    ...overrides,
  };
}

describe("renderReport", () => {
  it("prints medians, spreads and the baseline/product ratios computed from the medians", () => {
    const md = renderReport(result());
    expect(md).toContain("| 20 | 40 | 12 | 500 ms (p25–p75 450–550, min–max 400–600) | 1 | 10 | 110 ms");
    expect(md).toContain("| 28 | 10.0× | 45.5× |");
    expect(md).toContain("| teams.html | `assets/teams.js` | 500.0 kB | 150.0 kB |");
    expect(md).toContain("Testprocessor | 2 | 8 GiB | v20.19.0 | 156.0 | 0.50 / 1.50 |");
  });

  it("marks unmet budgets and says honestly when the protokoll writer is missing", () => {
    const md = renderReport(result());
    expect(md).toMatch(/baseline \/ tab at 20 items \(`speedup.20`\) \| 3 × \| ≥ 5 × \| \*\*not met\*\* \| reported here only \|/);
    expect(md).toMatch(/initial JavaScript of the meeting tab, gzip .*\| 150000 B \| ≤ 200000 B \| met \| gated in `npm test`/);
    expect(md).toContain("Not available: the protokoll writer");
  });

  it("shows a varying request count instead of hiding it", () => {
    const varied = size(5, [300, 310], [2000, 2100]);
    varied.tabGraphRequests = [1, 2];
    expect(renderReport(result({ sizes: [varied] }))).toContain("| 1, 2 (varied) |");
  });
});
