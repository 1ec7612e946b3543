/** Small shape guards for Graph JSON: each failure is a GraphError('invalidResponse') naming what was wrong. */
import { GraphError } from "../errors";

/** A JSON object. */
export type JsonObject = Record<string, unknown>;

/** The error for malformed Graph data. */
export function invalid(what: string): GraphError {
  return new GraphError("invalidResponse", what);
}

/** The value as an object, or invalidResponse. */
export function asObject(raw: unknown, what: string): JsonObject {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw invalid(`${what} is not an object`);
  return raw as JsonObject;
}

/** A required string property. */
export function reqString(o: JsonObject, key: string, what: string): string {
  const value = o[key];
  if (typeof value !== "string") throw invalid(`${what}.${key} is not a string`);
  return value;
}

/** A required non-empty string property. */
export function reqNonEmpty(o: JsonObject, key: string, what: string): string {
  const value = reqString(o, key, what);
  if (value.trim() === "") throw invalid(`${what}.${key} is empty`);
  return value;
}

/** An optional string property: absent or null gives null, another type is invalid. */
export function optString(o: JsonObject, key: string, what: string): string | null {
  const value = o[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw invalid(`${what}.${key} is not a string`);
  return value;
}

/** An optional boolean property with a default. */
export function optBoolean(o: JsonObject, key: string, what: string, fallback: boolean): boolean {
  const value = o[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "boolean") throw invalid(`${what}.${key} is not a boolean`);
  return value;
}

/** An optional object property: absent or null gives null. */
export function optObject(o: JsonObject, key: string, what: string): JsonObject | null {
  const value = o[key];
  if (value === undefined || value === null) return null;
  return asObject(value, `${what}.${key}`);
}

/** A required finite number property. */
export function reqNumber(o: JsonObject, key: string, what: string): number {
  const value = o[key];
  if (typeof value !== "number" || !Number.isFinite(value)) throw invalid(`${what}.${key} is not a number`);
  return value;
}

/** A one-of-these-strings property. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) throw invalid(`${what} is not one of ${allowed.join(", ")}`);
  return value as T;
}

/** An e-mail address as the services compare them: trimmed, lower case. */
export function normalizeEmail(value: string, what: string): string {
  const email = value.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw invalid(`${what} is not an e-mail address`);
  return email;
}
