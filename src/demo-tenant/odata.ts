/** The OData query subset the demo tenant understands: $select, $expand, $filter (eq, ge, gt, le, lt; and), $top, $skiptoken, $orderby. */
import { errors } from "./graph-response";

/** Decodes one URL component without throwing on stray '%' (Graph is lenient too). */
export function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Splits "path?query" into the path and a map of decoded query parameters ('+' is a space, as form encoding and Graph read it). */
export function splitUrl(url: string): { path: string; query: Map<string, string> } {
  const hashless = url.split("#")[0] ?? "";
  const q = hashless.indexOf("?");
  const path = q < 0 ? hashless : hashless.slice(0, q);
  const query = new Map<string, string>();
  if (q >= 0) {
    for (const part of hashless.slice(q + 1).split("&")) {
      if (part === "") continue;
      const eq = part.indexOf("=");
      const key = safeDecode((eq < 0 ? part : part.slice(0, eq)).replace(/\+/g, " "));
      query.set(key, eq < 0 ? "" : safeDecode(part.slice(eq + 1).replace(/\+/g, " ")));
    }
  }
  return { path, query };
}

/** Reads a query option with or without its '$' (Graph accepts both). */
export function option(query: Map<string, string>, name: string): string | undefined {
  return query.get(`$${name}`) ?? query.get(name);
}

/** Splits on commas (or another separator) that are not inside parentheses or quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === "(") depth++;
    else if (!quoted && c === ")") depth--;
    else if (!quoted && depth === 0 && c === separator) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

/** $select as a list of property names, or undefined for "everything by default". */
export function parseSelect(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  return splitTopLevel(raw, ",");
}

/** One $expand entry with its nested options. */
export interface ExpandOption {
  select?: string[];
  expand: Map<string, ExpandOption>;
}

/** Parses "$expand=listItem($expand=fields($select=ItemNumber))" into a tree. */
export function parseExpand(raw: string | undefined): Map<string, ExpandOption> {
  const out = new Map<string, ExpandOption>();
  if (raw === undefined) return out;
  for (const entry of splitTopLevel(raw, ",")) {
    const open = entry.indexOf("(");
    const name = (open < 0 ? entry : entry.slice(0, open)).trim();
    const node: ExpandOption = { expand: new Map() };
    if (open >= 0) {
      if (!entry.endsWith(")")) throw errors.badRequest(`Invalid $expand: ${entry}`);
      for (const opt of splitTopLevel(entry.slice(open + 1, -1), ";")) {
        const eq = opt.indexOf("=");
        const key = opt.slice(0, eq).trim().replace(/^\$/, "");
        const value = opt.slice(eq + 1);
        if (key === "select") node.select = parseSelect(value);
        else if (key === "expand") node.expand = parseExpand(value);
        else throw errors.badRequest(`Query option '${key}' is not allowed inside $expand here.`);
      }
    }
    out.set(name, node);
  }
  return out;
}

/** One "path op literal" comparison. */
export interface FilterClause {
  path: string[];
  /** eq unless given: the range operators SharePoint answers on indexed number and date columns. */
  op?: "eq" | "ge" | "gt" | "le" | "lt";
  value: string | number | boolean | null;
}

const CLAUSE = /^([A-Za-z_][\w]*(?:\/[A-Za-z_][\w]*)*)\s+(eq|ge|gt|le|lt)\s+('(?:[^']|'')*'|-?\d+(?:\.\d+)?|true|false|null)$/;

/** Parses the $filter subset used by Sammanträde: clauses "a/b eq 'x'" joined with "and". */
export function parseFilter(raw: string | undefined): FilterClause[] {
  if (raw === undefined || raw.trim() === "") return [];
  const clauses: FilterClause[] = [];
  for (const part of raw.trim().split(/\s+and\s+/i)) {
    const m = CLAUSE.exec(part.trim());
    if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) throw errors.badRequest(`Invalid filter clause: ${part}`, "BadRequest");
    const op = m[2] as NonNullable<FilterClause["op"]>;
    const literal = m[3];
    let value: FilterClause["value"];
    if (literal.startsWith("'")) value = literal.slice(1, -1).replace(/''/g, "'");
    else if (literal === "true" || literal === "false") value = literal === "true";
    else if (literal === "null") value = null;
    else value = Number(literal);
    if (op !== "eq" && (typeof value === "boolean" || value === null)) throw errors.badRequest(`Invalid filter clause: ${part}`, "BadRequest");
    clauses.push(op === "eq" ? { path: m[1].split("/"), value } : { path: m[1].split("/"), op, value });
  }
  return clauses;
}

/** Reads a property path from a plain object; strings compare case-insensitively as Exchange and SharePoint do. */
export function matchesFilter(obj: Record<string, unknown>, clauses: FilterClause[]): boolean {
  return clauses.every((clause) => {
    let cur: unknown = obj;
    for (const key of clause.path) {
      cur = typeof cur === "object" && cur !== null ? (cur as Record<string, unknown>)[key] : undefined;
    }
    if (clause.op !== undefined && clause.op !== "eq") return compareRange(cur, clause.op, clause.value);
    if (clause.value === null) return cur === null || cur === undefined;
    if (typeof clause.value === "string" && typeof cur === "string") return cur.toLowerCase() === clause.value.toLowerCase();
    return cur === clause.value;
  });
}

/** A range comparison; a missing value, or one of another type, matches none (as SharePoint skips empty cells). */
function compareRange(cur: unknown, op: "ge" | "gt" | "le" | "lt", value: FilterClause["value"]): boolean {
  if (typeof cur !== typeof value || (typeof cur !== "string" && typeof cur !== "number")) return false;
  const order = typeof cur === "number" ? cur - (value as number) : cur < (value as string) ? -1 : cur > (value as string) ? 1 : 0;
  return op === "ge" ? order >= 0 : op === "gt" ? order > 0 : op === "le" ? order <= 0 : order < 0;
}

/** Keeps only the selected top-level properties (plus OData annotations and the always-returned ones). */
export function applySelect<T extends Record<string, unknown>>(obj: T, select: string[] | undefined, always: string[] = []): Record<string, unknown> {
  if (select === undefined || select.length === 0 || select.includes("*")) return obj;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (key.startsWith("@odata.") || select.includes(key) || always.includes(key)) out[key] = value;
  }
  return out;
}

/** $top as a positive integer within [1, max], or the default page size. */
export function readTop(query: Map<string, string>, defaultSize: number, max: number): number {
  const raw = option(query, "top");
  if (raw === undefined) return defaultSize;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw errors.badRequest(`Invalid value '${raw}' for $top.`);
  return Math.min(n, max);
}

/** One page of a collection with its @odata.nextLink (absolute, carrying the original query and a $skiptoken). */
export function page<T>(items: T[], query: Map<string, string>, nextBase: string, defaultSize: number, max = 999): { value: T[]; nextLink?: string } {
  const top = readTop(query, defaultSize, max);
  const skipRaw = option(query, "skiptoken");
  const skip = skipRaw === undefined ? 0 : Number(skipRaw.replace(/^skip-/, ""));
  if (!Number.isInteger(skip) || skip < 0) throw errors.badRequest(`Invalid $skiptoken '${skipRaw ?? ""}'.`);
  const value = items.slice(skip, skip + top);
  if (skip + top >= items.length) return { value };
  const params: string[] = [];
  for (const [key, val] of query) {
    if (key === "$skiptoken" || key === "skiptoken") continue;
    params.push(`${encodeURIComponent(key)}=${encodeURIComponent(val)}`);
  }
  if (option(query, "top") === undefined) params.push(`%24top=${top}`);
  params.push(`%24skiptoken=skip-${skip + top}`);
  return { value, nextLink: `${nextBase}?${params.join("&")}` };
}
