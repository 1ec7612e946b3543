/** Swedish date and time formatting in the meeting's time zone (DESIGN §5: "19 april 2024", "08.30", "08.30–11.30"). */

/** The time zone every Sammanträde document is written in. */
export const STOCKHOLM = "Europe/Stockholm";

/** The local calendar date and clock time of an instant in a time zone. */
export interface LocalDateTime {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

// Month and weekday names are spelled here rather than taken from Intl: a runtime with reduced ICU data
// would silently fall back to English, and the documents must read the same everywhere.
const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const WEEKDAYS = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"];

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // en-CA with h23 gives plain numeric parts and never "24" for midnight.
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// Graph writes "2024-04-19T06:30:00.0000000" with the zone in a separate field; without a designator
// Date would read it as the runtime's local time, so a missing designator means UTC here.
const ZONE_DESIGNATOR = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses an ISO instant (UTC when it carries no zone designator) to epoch milliseconds; throws RangeError when invalid. */
export function toEpochMs(isoUtc: string): number {
  const text = isoUtc.trim();
  const normalised = DATE_ONLY.test(text) || ZONE_DESIGNATOR.test(text) ? text : `${text}Z`;
  const ms = Date.parse(normalised);
  if (Number.isNaN(ms)) throw new RangeError(`Ogiltig tidpunkt: "${isoUtc}"`);
  return ms;
}

/** The local date and time of an ISO instant in the given time zone. */
export function toLocal(isoUtc: string, timeZone: string = STOCKHOLM): LocalDateTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(toEpochMs(isoUtc)));
  const pick = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: pick("year"), month: pick("month"), day: pick("day"), hour: pick("hour"), minute: pick("minute") };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "19 april 2024" */
export function formatDate(isoUtc: string, timeZone: string = STOCKHOLM): string {
  const { year, month, day } = toLocal(isoUtc, timeZone);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "fredag 19 april 2024" */
export function formatWeekdayDate(isoUtc: string, timeZone: string = STOCKHOLM): string {
  return formatWeekdayDay(toLocal(isoUtc, timeZone));
}

/** "fredag 19 april 2024" for a calendar day. */
export function formatWeekdayDay({ year, month, day }: CalendarDay): string {
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** "08.30" (24-hour clock, period as separator, as in the group's protokoll). */
export function formatTime(isoUtc: string, timeZone: string = STOCKHOLM): string {
  const { hour, minute } = toLocal(isoUtc, timeZone);
  return `${pad2(hour)}.${pad2(minute)}`;
}

/** "08.30–11.30" with an en dash. */
export function formatTimeRange(startUtc: string, endUtc: string, timeZone: string = STOCKHOLM): string {
  return `${formatTime(startUtc, timeZone)}–${formatTime(endUtc, timeZone)}`;
}

/** When a meeting takes place: Graph's isAllDay when known (absent means a timed meeting unless midnight to midnight). */
export interface MeetingSpan {
  startUtc: string;
  endUtc: string;
  isAllDay?: boolean;
}

/** A calendar day. */
export interface CalendarDay {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

/** The days a meeting covers and whether it runs all day. */
export interface MeetingDays {
  first: CalendarDay;
  last: CalendarDay;
  allDay: boolean;
}

const utcDay = (ms: number): CalendarDay => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
const localDay = (ms: number, timeZone: string): CalendarDay => toLocal(new Date(ms).toISOString(), timeZone);
const atMidnight = (t: LocalDateTime): boolean => t.hour === 0 && t.minute === 0;

/** The first and last day of a meeting: an end at midnight belongs to the day before; an all-day event is a date. */
export function meetingDays(span: MeetingSpan, timeZone: string = STOCKHOLM): MeetingDays {
  const start = toEpochMs(span.startUtc);
  const end = Math.max(start, toEpochMs(span.endUtc));
  // Graph gives an all-day event as floating dates at midnight UTC (we never ask for another zone): read them as
  // dates, not as instants, or Stockholm would see 01.00–01.00.
  if (span.isAllDay === true && new Date(start).getUTCHours() === 0 && new Date(start).getUTCMinutes() === 0) {
    return { first: utcDay(start), last: utcDay(Math.max(start, end - 1)), allDay: true };
  }
  const localStart = toLocal(span.startUtc, timeZone);
  const localEnd = toLocal(new Date(end).toISOString(), timeZone);
  // Outlook's own all-day appointments reach us as local midnight to midnight.
  const allDay = span.isAllDay === true || (end > start && atMidnight(localStart) && atMidnight(localEnd));
  const last = end > start && atMidnight(localEnd) ? localDay(end - 1, timeZone) : localDay(end, timeZone);
  return { first: localDay(start, timeZone), last, allDay };
}

/** True when two calendar days are the same day. */
export const sameDay = (a: CalendarDay, b: CalendarDay): boolean => a.year === b.year && a.month === b.month && a.day === b.day;

/** "25 augusti 2026", "25–26 augusti 2026", "31 augusti – 1 september 2026", "31 december 2026 – 1 januari 2027", in the given month names. */
export function formatDayRange(first: CalendarDay, last: CalendarDay, months: readonly string[] = MONTHS): string {
  const month = (d: CalendarDay): string => months[d.month - 1] ?? "";
  if (sameDay(first, last)) return `${first.day} ${month(first)} ${first.year}`;
  if (first.year !== last.year) return `${first.day} ${month(first)} ${first.year} – ${last.day} ${month(last)} ${last.year}`;
  if (first.month !== last.month) return `${first.day} ${month(first)} – ${last.day} ${month(last)} ${last.year}`;
  return `${first.day}–${last.day} ${month(first)} ${first.year}`;
}

/** Swedish for a meeting that runs all day. */
export const ALL_DAY_SV = "hela dagen";

/**
 * The kallelse's time line: "fredag 11 december 2026 kl. 08.30–11.30", "fredag 11 december 2026, hela dagen",
 * "25–26 augusti 2026, hela dagen", "25–26 augusti 2026 kl. 09.00–15.00".
 */
export function formatMeetingWhen(span: MeetingSpan, timeZone: string = STOCKHOLM): string {
  const days = meetingDays(span, timeZone);
  const date = sameDay(days.first, days.last) ? formatWeekdayDay(days.first) : formatDayRange(days.first, days.last);
  return days.allDay ? `${date}, ${ALL_DAY_SV}` : `${date} kl. ${formatTimeRange(span.startUtc, span.endUtc, timeZone)}`;
}

/** "2024-04-19": the local calendar date, as used in folder names. */
export function formatDateKey(isoUtc: string, timeZone: string = STOCKHOLM): string {
  const { year, month, day } = toLocal(isoUtc, timeZone);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** "240419": the compact date of the protokoll's place-and-date line ("Helsingborg 240419"). */
export function formatCompactDate(isoUtc: string, timeZone: string = STOCKHOLM): string {
  return formatDateKey(isoUtc, timeZone).slice(2).replace(/-/g, "");
}

/** The local calendar year of an instant (a meeting at 23.30 UTC on 31 December belongs to the next year). */
export function localYear(isoUtc: string, timeZone: string = STOCKHOLM): number {
  return toLocal(isoUtc, timeZone).year;
}

/** "Protokoll nr 4 2024" */
export function formatProtocolTitle(meetingNumber: number, year: number): string {
  return `Protokoll nr ${meetingNumber} ${year}`;
}

// People type "9.40", "09:40", "0940", "940", "9" or "kl. 9.40" into the list's StartTime column.
const START_TIME = /^(?:kl\.?\s*)?(?:(\d{1,2})[.:](\d{2})|(\d{1,2})(\d{2})|(\d{1,2}))$/i;

/** Normalises a typed start time to "09.40", or null when it is not a valid clock time. */
export function parseStartTime(text: string): string | null {
  const match = START_TIME.exec(text.trim());
  if (match === null) return null;
  const hour = Number(match[1] ?? match[3] ?? match[5]);
  const minute = Number(match[2] ?? match[4] ?? "0");
  if (hour > 23 || minute > 59) return null;
  return `${pad2(hour)}.${pad2(minute)}`;
}
