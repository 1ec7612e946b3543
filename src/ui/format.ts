/** Dates and times as the UI shows them, per language (Swedish from core, so tab and documents agree). */
import { formatTimeRange, formatWeekdayDate, toLocal } from "../core";
import type { Language } from "../core/i18n/errors";

// Spelled out rather than taken from Intl, as core does for Swedish: ICU versions differ in commas and casing.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function englishWeekdayDate(isoUtc: string): string {
  const { year, month, day } = toLocal(isoUtc);
  return `${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** "fredag 19 april 2024" / "Friday 19 April 2024", in Stockholm time. */
export function meetingDate(isoUtc: string, language: Language): string {
  return language === "sv" ? formatWeekdayDate(isoUtc) : englishWeekdayDate(isoUtc);
}

/** "08.30–11.30" in Stockholm time (the group writes times this way in both languages). */
export function meetingTime(startUtc: string, endUtc: string): string {
  return formatTimeRange(startUtc, endUtc);
}
