/** Dates and times as the UI shows them, per language (Swedish from core, so tab and documents agree). */
import { formatDayRange, formatTimeRange, formatWeekdayDay, formatWeekdayDate, meetingDays, sameDay, toLocal } from "../core";
import type { CalendarDay, MeetingSpan, Language } from "../core";

// Spelled out rather than taken from Intl, as core does for Swedish: ICU versions differ in commas and casing.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function englishWeekdayDay({ year, month, day }: CalendarDay): string {
  return `${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** "fredag 19 april 2024" / "Friday 19 April 2024", in Stockholm time. */
export function meetingDate(isoUtc: string, language: Language): string {
  return language === "sv" ? formatWeekdayDate(isoUtc) : englishWeekdayDay(toLocal(isoUtc));
}

/** "08.30–11.30" in Stockholm time (the group writes times this way in both languages). */
export function meetingTime(startUtc: string, endUtc: string): string {
  return formatTimeRange(startUtc, endUtc);
}

/**
 * The meeting's date and time on one line: "fredag 19 april 2024, 08.30–11.30", "fredag 19 april 2024, hela dagen",
 * "25–26 augusti 2026, hela dagen" (English alike); `allDay` is the language's word for an all-day meeting.
 */
export function meetingWhen(span: MeetingSpan, language: Language, allDay: string): string {
  const days = meetingDays(span);
  const date = !sameDay(days.first, days.last)
    ? formatDayRange(days.first, days.last, language === "sv" ? undefined : MONTHS)
    : language === "sv"
      ? formatWeekdayDay(days.first)
      : englishWeekdayDay(days.first);
  return `${date}, ${days.allDay ? allDay : meetingTime(span.startUtc, span.endUtc)}`;
}
