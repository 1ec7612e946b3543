/** The meeting's number within its year: "Protokoll nr N" (DESIGN §5). */
import { localYear, STOCKHOLM, toEpochMs } from "./format";

/** 1-based position of this meeting among the series' meetings in the same local calendar year (duplicates counted once; this meeting always counts). */
export function meetingNumber(seriesStartsUtc: string[], thisStartUtc: string, timeZone: string = STOCKHOLM): number {
  const year = localYear(thisStartUtc, timeZone);
  const thisMs = toEpochMs(thisStartUtc);
  // Compare instants, not strings: "…T06:30:00Z" and "…T06:30:00.0000000" are the same occurrence.
  const sameYear = new Set([thisMs]);
  for (const start of seriesStartsUtc) if (localYear(start, timeZone) === year) sameYear.add(toEpochMs(start));
  return [...sameYear].filter((ms) => ms < thisMs).length + 1;
}
