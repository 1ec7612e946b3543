/** Graph collection pages ({value: [...], @odata.nextLink}). */
import { asObject, invalid, optString } from "./guards";

/** One page of a collection. */
export interface Page {
  value: unknown[];
  nextLink: string | null;
}

/** Reads a collection page, or invalidResponse. */
export function toPage(raw: unknown, what: string): Page {
  const o = asObject(raw, what);
  if (!Array.isArray(o.value)) throw invalid(`${what}.value is not an array`);
  return { value: o.value, nextLink: optString(o, "@odata.nextLink", what) };
}
