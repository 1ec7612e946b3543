/** The check as a plain-text Swedish table for a terminal, and the advice for what the provisioner leaves to a person. */
import type { CheckRow, SiteCheck } from "../../core";

const HEADINGS = ["Lista", "Kolumn", "Förväntad", "Hittad", "Status"] as const;

function cells(row: CheckRow): string[] {
  return [row.list, row.column ?? "(listan)", row.expected, row.found, row.status];
}

/** The table, columns padded to their widest cell. */
export function formatCheckTable(check: SiteCheck): string {
  const table = [[...HEADINGS], ...check.rows.map(cells)];
  const widths = HEADINGS.map((_, i) => Math.max(...table.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(table[0] ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...table.slice(1).map(line)].join("\n");
}

/** One line per problem that needs a person, and the verdict. */
export function formatVerdict(check: SiteCheck): string {
  const advice = check.rows.filter((r) => r.advice !== undefined).map((r) => `- ${r.advice ?? ""}`);
  const missing = check.rows.filter((r) => r.status === "saknas" && r.blocking).length;
  const verdict = check.usable
    ? "Webbplatsen har allt Sammanträde behöver."
    : `Sammanträde kan inte arbeta på webbplatsen ännu${missing > 0 ? ` (${missing} saknas: kör npm run provision)` : ""}.`;
  return [...advice, verdict].join("\n");
}
