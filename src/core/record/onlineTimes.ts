/** Arrival and departure from Graph's online attendance report, kept only where they say something (DESIGN §7a). */
import { toEpochMs } from "../format";
import { roundedClock, roundToFiveMinutes } from "./clockTime";
import type { OnlineAttendance } from "./types";

/** "Kom kl" / "Gick kl" of one person; null where they were there from the start / to the end. */
export interface PresenceTimes {
  arrived: string | null;
  left: string | null;
}

/**
 * Rounded to five minutes, a join counts as an arrival only when later than the start, a leave as a departure only
 * when earlier than the end; a join in the lobby before the start or a leave after the end says nothing.
 */
export function onlineTimes(online: OnlineAttendance, startUtc: string, endUtc: string): PresenceTimes {
  const start = toEpochMs(startUtc);
  const end = toEpochMs(endUtc);
  const joined = roundToFiveMinutes(toEpochMs(online.joinedUtc));
  const left = roundToFiveMinutes(toEpochMs(online.leftUtc));
  const within = (ms: number): boolean => ms > start && ms < end;
  return {
    arrived: within(joined) ? roundedClock(new Date(joined)) : null,
    left: within(left) ? roundedClock(new Date(left)) : null,
  };
}
