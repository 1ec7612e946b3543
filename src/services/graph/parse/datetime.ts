/** Graph's date-time shapes to ISO UTC strings. */
import { asObject, invalid, reqString } from "./guards";

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/;
const UTC_NAMES = new Set(["utc", "etc/utc", "coordinated universal time"]);

/** Converts a Graph dateTimeTimeZone ({dateTime, timeZone: "UTC"}) to "2026-12-11T07:30:00.000Z". */
export function toUtcIso(raw: unknown, what: string): string {
  const o = asObject(raw, what);
  const timeZone = reqString(o, "timeZone", what);
  // We never send Prefer: outlook.timezone, so Graph answers in UTC; anything else is not what we asked for.
  if (!UTC_NAMES.has(timeZone.trim().toLowerCase())) throw invalid(`${what}.timeZone is ${timeZone}, expected UTC`);
  const match = LOCAL_DATE_TIME.exec(reqString(o, "dateTime", what));
  if (!match) throw invalid(`${what}.dateTime is not a date-time`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const millis = Number((match[7] ?? "0").padEnd(3, "0").slice(0, 3));
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  // Date.UTC rolls 2026-02-30 over into March: a round trip catches impossible dates.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw invalid(`${what}.dateTime is not a valid date`);
  }
  return date.toISOString();
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Converts an ISO instant with an offset ("2026-11-30T09:00:00Z") to ISO UTC with milliseconds. */
export function instantToUtcIso(value: string, what: string): string {
  const time = INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw invalid(`${what} is not an ISO instant with offset`);
  return new Date(time).toISOString();
}
