/** Initial JS of the meeting tab, measured on the real build (npm test builds dist/ before jest runs). */
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readFileSync } from "node:fs";
import { CI_BUDGETS, KB, checkBudget } from "../../bench/budgets";
import { gzipBytes, initialScriptUrls, measurePageScripts } from "../../bench/bundle-size";

const DIST = path.resolve(process.env.SAMMANTRADE_DIST ?? "dist");

describe("initialScriptUrls", () => {
  it("lists script src and preloaded scripts in document order, not stylesheets or async chunks", () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/assets/a.css">
      <link rel="modulepreload" href="/assets/vendor.js">
      <link rel="preload" as="font" href="/assets/f.woff2">
      <script defer="defer" src="/assets/teams.1234.js"></script>
      <script src='/assets/teams.1234.js'></script>
      <script>var inline = "<script src=x>";</script>
    </head><body><div id="root"></div></body></html>`;
    expect(initialScriptUrls(html)).toEqual(["/assets/vendor.js", "/assets/teams.1234.js"]);
  });
});

describe("measurePageScripts", () => {
  it("sums the gzip sizes of the page's initial scripts and leaves other chunks out", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "budget-"));
    await mkdir(path.join(dir, "assets"));
    const entry = "const x = 1;\n".repeat(5000);
    await writeFile(path.join(dir, "assets", "entry.js"), entry);
    await writeFile(path.join(dir, "assets", "lazy.js"), "y".repeat(10 ** 6));
    await writeFile(path.join(dir, "page.html"), `<script defer src="/assets/entry.js"></script>`);
    const measured = await measurePageScripts(dir, "page.html");
    expect(measured.scripts.map((s) => s.file)).toEqual([path.join("assets", "entry.js")]);
    expect(measured.totalBytes).toBe(Buffer.byteLength(entry));
    expect(measured.totalGzipBytes).toBe(gzipBytes(entry));
    expect(measured.totalGzipBytes).toBeLessThan(measured.totalBytes / 10);
  });

  it("refuses a page without scripts and a script outside the build", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "budget-"));
    await writeFile(path.join(dir, "empty.html"), "<p>ingen kod</p>");
    await writeFile(path.join(dir, "escape.html"), `<script src="../../etc/passwd"></script>`);
    await expect(measurePageScripts(dir, "empty.html")).rejects.toThrow(/no script/);
    await expect(measurePageScripts(dir, "escape.html")).rejects.toThrow(/outside/);
  });
});

describe("budget: initial JS of the built meeting tab", () => {
  it(`is at most ${CI_BUDGETS["teams.initialJsGzipBytes"]?.max} bytes gzip (dist: ${DIST})`, async () => {
    // The build must exist: npm test runs webpack before jest, and a missing build must fail, not skip.
    expect(readFileSync(path.join(DIST, "teams.html"), "utf8")).toMatch(/<script/);
    const teams = await measurePageScripts(DIST, "teams.html");
    expect(teams.totalGzipBytes).toBeGreaterThan(1 * KB);
    const report = checkBudget({ "teams.initialJsGzipBytes": teams.totalGzipBytes }, { "teams.initialJsGzipBytes": CI_BUDGETS["teams.initialJsGzipBytes"]! });
    expect(report.results.map((r) => r.message)).toEqual([expect.stringMatching(/within budget/)]);
  });
});
