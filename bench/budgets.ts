/** Performance budgets (issue 7) and the pure check shared by the CI tests and the benchmark. */

/** Measured figures by name, e.g. { "teams.initialJsGzipBytes": 154321 }. */
export type Figures = Readonly<Record<string, number>>;

/** Inclusive bounds of one figure; a figure with a budget but no measurement fails. */
export interface Budget {
  min?: number;
  max?: number;
  /** Unit shown in messages: "B" for bytes, "st" for counts. */
  unit: string;
  /** What the figure measures, in words. */
  label: string;
}

/** Budgets by figure name. */
export type Budgets = Readonly<Record<string, Budget>>;

/** Outcome of one budget. */
export interface BudgetResult {
  name: string;
  actual: number | null;
  budget: Budget;
  ok: boolean;
  message: string;
}

/** Outcome of all budgets. */
export interface BudgetReport {
  ok: boolean;
  results: BudgetResult[];
}

/** Kilobytes are decimal (1 kB = 1000 B), as size-limit and browsers' devtools report them. */
export const KB = 1000;

/** Gated in `npm test`: the meeting tab shows its agenda after one Graph request, with at most 200 kB gzip of initial JS. */
export const CI_BUDGETS: Budgets = {
  "teams.graphRequests": { min: 1, max: 1, unit: "st", label: "Graph HTTP requests until the agenda is rendered" },
  "teams.initialJsGzipBytes": { max: 200 * KB, unit: "B", label: "initial JavaScript of the meeting tab, gzip" },
};

function describeBounds(budget: Budget): string {
  if (budget.min !== undefined && budget.max !== undefined) {
    return budget.min === budget.max ? `= ${budget.max} ${budget.unit}` : `${budget.min}–${budget.max} ${budget.unit}`;
  }
  if (budget.max !== undefined) return `≤ ${budget.max} ${budget.unit}`;
  if (budget.min !== undefined) return `≥ ${budget.min} ${budget.unit}`;
  return "no bound";
}

/** Checks each budget against its figure; missing or non-finite figures fail, since an unmeasured budget is not a met one. */
export function checkBudget(figures: Figures, budgets: Budgets): BudgetReport {
  const results = Object.entries(budgets).map(([name, budget]): BudgetResult => {
    const raw = Object.prototype.hasOwnProperty.call(figures, name) ? figures[name] : undefined;
    const bounds = describeBounds(budget);
    if (raw === undefined || !Number.isFinite(raw)) {
      return { name, actual: null, budget, ok: false, message: `${name} (${budget.label}): not measured, budget ${bounds}` };
    }
    const ok = (budget.min === undefined || raw >= budget.min) && (budget.max === undefined || raw <= budget.max);
    const verdict = ok ? "within" : "OUTSIDE";
    return { name, actual: raw, budget, ok, message: `${name} (${budget.label}): ${raw} ${budget.unit}, ${verdict} budget ${bounds}` };
  });
  return { ok: results.every((r) => r.ok), results };
}
