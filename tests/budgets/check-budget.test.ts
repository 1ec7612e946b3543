/** The budget check itself: it must fail on oversize or missing figures, or the CI gate means nothing. */
import { CI_BUDGETS, KB, checkBudget } from "../../bench/budgets";

describe("checkBudget", () => {
  it("fails when the meeting tab's initial JS is over 200 kB gzip", () => {
    const report = checkBudget({ "teams.graphRequests": 1, "teams.initialJsGzipBytes": 200 * KB + 1 }, CI_BUDGETS);
    expect(report.ok).toBe(false);
    const failed = report.results.filter((r) => !r.ok).map((r) => r.name);
    expect(failed).toEqual(["teams.initialJsGzipBytes"]);
    expect(report.results.find((r) => r.name === "teams.initialJsGzipBytes")?.message).toMatch(/200001 B, OUTSIDE budget ≤ 200000 B/);
  });

  it("fails when the tab needs more than one Graph request, and when it made none", () => {
    for (const requests of [2, 7, 0]) {
      const report = checkBudget({ "teams.graphRequests": requests, "teams.initialJsGzipBytes": 10 * KB }, CI_BUDGETS);
      expect(report.ok).toBe(false);
      expect(report.results.filter((r) => !r.ok).map((r) => r.name)).toEqual(["teams.graphRequests"]);
    }
  });

  it("passes at exactly the limits", () => {
    const report = checkBudget({ "teams.graphRequests": 1, "teams.initialJsGzipBytes": 200 * KB }, CI_BUDGETS);
    expect(report.ok).toBe(true);
    expect(report.results.every((r) => /within budget/.test(r.message))).toBe(true);
  });

  it("fails a budget whose figure was not measured or is not a number", () => {
    expect(checkBudget({ "teams.graphRequests": 1 }, CI_BUDGETS).ok).toBe(false);
    const report = checkBudget({ "teams.graphRequests": 1, "teams.initialJsGzipBytes": Number.NaN }, CI_BUDGETS);
    expect(report.results.find((r) => !r.ok)?.message).toMatch(/not measured/);
  });

  it("does not read figures from the object prototype", () => {
    const report = checkBudget({}, { toString: { max: 1, unit: "st", label: "inherited" } });
    expect(report.ok).toBe(false);
  });

  it("ignores figures without a budget", () => {
    expect(checkBudget({ "outlook.initialJsGzipBytes": 10 ** 9 }, {}).ok).toBe(true);
  });
});
