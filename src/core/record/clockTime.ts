/** Clock times of the record ("08.45"): now rounded to five minutes in Stockholm, and a typed time read leniently. */
import { formatTime, STOCKHOLM, toEpochMs } from "../format";

const FIVE_MINUTES_MS = 5 * 60 * 1000;

/** An instant rounded to the nearest five minutes (Stockholm's offset is whole hours, so local rounding is the same). */
export function roundToFiveMinutes(epochMs: number): number {
  return Math.round(epochMs / FIVE_MINUTES_MS) * FIVE_MINUTES_MS;
}

/** "08.45": the given instant rounded to five minutes, as the clock in Stockholm shows it. */
export function roundedClock(at: Date | string, timeZone: string = STOCKHOLM): string {
  const ms = typeof at === "string" ? toEpochMs(at) : at.getTime();
  return formatTime(new Date(roundToFiveMinutes(ms)).toISOString(), timeZone);
}

/** Why a typed time was refused: nothing typed, not a time at all, or hours/minutes out of range. */
export type ClockTimeError = "empty" | "format" | "range";

/** A typed time read: the canonical "08.45", or why not. */
export type ClockTimeResult = { ok: true; value: string } | { ok: false; error: ClockTimeError };

// "8.45", "08:45", "08,45", "0845", "845", "8", "kl 8.45", "kl. 08.45".
const WITH_SEPARATOR = /^(\d{1,2})[.:,](\d{2})$/;
const DIGITS_ONLY = /^\d{1,4}$/;

/** Reads a typed time ("8.45", "08:45", "0845" → "08.45"); "empty", "format" or "range" otherwise. */
export function parseClockTime(typed: string): ClockTimeResult {
  const text = typed.trim().replace(/^kl\.?\s*/i, "").replace(/\s+/g, "");
  if (text === "") return { ok: false, error: "empty" };
  let hours: number;
  let minutes: number;
  const separated = WITH_SEPARATOR.exec(text);
  if (separated !== null) {
    hours = Number(separated[1]);
    minutes = Number(separated[2]);
  } else if (DIGITS_ONLY.test(text)) {
    // Up to two digits are hours ("8" → 08.00); three or four are hours and minutes ("845", "0845").
    hours = text.length <= 2 ? Number(text) : Number(text.slice(0, -2));
    minutes = text.length <= 2 ? 0 : Number(text.slice(-2));
  } else {
    return { ok: false, error: "format" };
  }
  if (hours > 23 || minutes > 59) return { ok: false, error: "range" };
  return { ok: true, value: `${String(hours).padStart(2, "0")}.${String(minutes).padStart(2, "0")}` };
}

/** Minutes since midnight of a canonical "08.45". */
export function clockMinutes(clock: string): number {
  const [hours = "0", minutes = "0"] = clock.split(".");
  return Number(hours) * 60 + Number(minutes);
}
