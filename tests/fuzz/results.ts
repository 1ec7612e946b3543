/** Runs fuzz properties with the fixed seed, counts cases and escapes, and writes tests/fuzz/RESULTS.md from the run. */
import { mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { FUZZ_RUNS, FUZZ_SEED } from "./hostile";

const RESULTS_DIR = path.join(__dirname, "results");
const RESULTS_MD = path.join(__dirname, "RESULTS.md");
const LOCK = path.join(RESULTS_DIR, ".lock");

/** One property's outcome. */
export interface PropertyResult {
  suite: string;
  property: string;
  runs: number;
  /** Failing cases found (fast-check stops at the first and shrinks it); must be 0. */
  escapes: number;
  /** Individual field checks made across all runs (each hostile field of each case). */
  fieldChecks: number;
  seed: number;
  ms: number;
  counterexample: string | null;
}

/** Counts field checks inside a property. */
export interface Tally {
  fieldChecks: number;
}

/** Collects the results of one test file and writes them when it ends. */
export class FuzzRecorder {
  private readonly results: PropertyResult[] = [];

  constructor(private readonly suite: string) {}

  /** Runs `make(tally)` as a property with the suite's seed; records it; throws fast-check's report (seed, path, counterexample) on failure. */
  async check<T extends [unknown, ...unknown[]]>(
    property: string,
    make: (tally: Tally) => fc.IAsyncProperty<T> | fc.IProperty<T>,
    numRuns: number = FUZZ_RUNS,
  ): Promise<PropertyResult> {
    const tally: Tally = { fieldChecks: 0 };
    const started = Date.now();
    const details = await fc.check(make(tally) as fc.IAsyncProperty<T>, { seed: FUZZ_SEED, numRuns });
    const result: PropertyResult = {
      suite: this.suite,
      property,
      runs: details.numRuns,
      escapes: details.failed ? 1 : 0,
      fieldChecks: tally.fieldChecks,
      seed: FUZZ_SEED,
      ms: Date.now() - started,
      counterexample: details.failed ? readable(details.counterexample) : null,
    };
    this.results.push(result);
    if (details.failed) {
      this.flush();
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(
        `${property} failed after ${details.numRuns} cases (seed ${FUZZ_SEED}, path "${details.counterexamplePath ?? ""}"; ` +
          `FUZZ_SEED=${FUZZ_SEED} reproduces it)\n${short(escapeInvisible(cause))}\nCounterexample: ${result.counterexample ?? ""}`,
      );
    }
    return result;
  }

  /** Writes this suite's results and regenerates RESULTS.md from every suite's latest results. */
  flush(): void {
    if (this.results.length === 0) return;
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(path.join(RESULTS_DIR, `${this.suite}.json`), `${JSON.stringify({ at: new Date().toISOString(), results: this.results }, null, 2)}\n`);
    withLock(() => writeFileSync(RESULTS_MD, renderResults(readAll())));
  }
}

function short(text: string, max = 600): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The counterexample as JSON with long strings cut (a 10k-character field would drown the report), code units escaped. */
function readable(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "string" && v.length > 80 ? `${v.slice(0, 40)}…[${v.length} chars]…${v.slice(-20)}` : v,
  );
  return short(escapeInvisible(json ?? fc.stringify(value)), 2000);
}

/** Non-ASCII and control code units as \\uXXXX, so an invisible character in a report is seen. */
export function escapeInvisible(text: string): string {
  return text.replace(/[^\x20-\x7E]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function withLock(action: () => void): void {
  // Jest runs suites in parallel workers: mkdir is atomic, so only one worker rewrites RESULTS.md at a time.
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) break;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  try {
    action();
  } finally {
    try {
      rmdirSync(LOCK);
    } catch {
      // Already gone: a stale lock was broken by the deadline above.
    }
  }
}

function readAll(): { at: string; results: PropertyResult[] }[] {
  return readdirSync(RESULTS_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(RESULTS_DIR, f), "utf8")) as { at: string; results: PropertyResult[] });
}

/** What earlier runs of this suite found and the source now prevents; the regression tests prove each stays fixed. */
const FIXED_FINDINGS = [
  "kallelse: two lone low surrogates crashed parse5 (jsdom, many mail pipelines); `escapeHtml`/`renderKallelseText` now write U+FFFD (`wellFormed`).",
  "protokoll .docx: C1 controls (U+0085 NEL) split or vanished in readers; the writer now drops U+0080–U+009F (`documentText`).",
  "tab links: `https://tenant.sharepoint.com\\@evil.example` and `https://evil@tenant…` passed `isTrustedFileUrl` and went raw to `openLink`; backslashes, white space, controls and credentials are now refused.",
  "event body (DOMPurify): inline `style` with `url(javascript:…)` survived; such styles are now dropped. Lone surrogates made the parser throw and DOMPurify return null; the body is made well-formed first.",
  "kallelse links: the checker itself accepted any `https:` href, so a punycode look-alike (`https://xn--fh-sharepint-xyz.com/…`, case 3), `…sharepoint.com.evil.example` or any foreign host was linked and written out. The checker now asserts the origin (`tests/fuzz/origin.ts`, its own rule) in kallelse HTML and text, the tab's DOM and the .docx; the product has one policy (`src/core/links.ts`). The tab also took `https:tenant…` (no slashes), which other parsers read as a path.",
];

/** RESULTS.md from the recorded suites. */
export function renderResults(suites: { at: string; results: PropertyResult[] }[]): string {
  const all = suites.flatMap((s) => s.results);
  const runs = all.reduce((n, r) => n + r.runs, 0);
  const escapes = all.reduce((n, r) => n + r.escapes, 0);
  const checks = all.reduce((n, r) => n + r.fieldChecks, 0);
  const rows = all.map(
    (r) => `| ${r.suite} | ${r.property} | ${r.runs} | ${r.fieldChecks} | ${r.escapes} | ${r.seed} | ${(r.ms / 1000).toFixed(1)} s |`,
  );
  const failures = all.filter((r) => r.counterexample !== null).map((r) => `- ${r.suite} / ${r.property}: \`${r.counterexample ?? ""}\``);
  return [
    "# Fuzz results",
    "",
    "Written by the fuzz suite itself (`npx jest --selectProjects fuzz`, part of `npm test`); do not edit by hand.",
    `Last written ${suites.map((s) => s.at).sort().at(-1) ?? "never"}.`,
    "",
    `**${runs} cases run, ${checks} hostile field checks, ${escapes} escapes.**`,
    "",
    "| suite | property | cases | field checks | escapes | seed | time |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
    ...(failures.length > 0 ? ["Counterexamples:", "", ...failures, ""] : []),
    "Found and fixed while the suite was written (each kept as an example in `tests/fuzz/regressions*.test.ts`):",
    "",
    ...FIXED_FINDINGS.map((f) => `- ${f}`),
    "",
  ].join("\n");
}
