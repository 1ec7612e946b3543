/** All-day events and meetings over several days: dates, not 01.00–01.00, in every place that writes the time. */
import { ALL_DAY_SV, formatDayRange, formatMeetingWhen, formatWeekdayDay, meetingDays, sameDay } from "../../../src/core/format";
import { buildKallelse } from "../../../src/core/kallelse";
import { buildProtokoll } from "../../../src/core/protokoll";
import { input as kallelseInput } from "../kallelse/fixtures";
import { agenda, meeting, report } from "../protokoll/fixtures";

// Graph without a Prefer header: an all-day event is midnight to midnight UTC, isAllDay true.
const ALL_DAY = { startUtc: "2026-12-11T00:00:00Z", endUtc: "2026-12-12T00:00:00Z", isAllDay: true };
const INTERNAT = { startUtc: "2026-08-25T00:00:00Z", endUtc: "2026-08-27T00:00:00Z", isAllDay: true };
const ACROSS_MONTHS = { startUtc: "2026-08-31T00:00:00Z", endUtc: "2026-09-02T00:00:00Z", isAllDay: true };
const TIMED_TWO_DAYS = { startUtc: "2026-08-25T07:00:00Z", endUtc: "2026-08-26T13:00:00Z" };

describe("meetingDays", () => {
  it("reads an all-day event's dates as dates, not as Stockholm instants", () => {
    expect(meetingDays(ALL_DAY)).toEqual({ first: { year: 2026, month: 12, day: 11 }, last: { year: 2026, month: 12, day: 11 }, allDay: true });
    expect(meetingDays(INTERNAT)).toMatchObject({ first: { day: 25 }, last: { day: 26 }, allDay: true });
  });

  it("recognises Outlook's all-day appointment as local midnight to midnight, without the flag", () => {
    expect(meetingDays({ startUtc: "2026-08-24T22:00:00Z", endUtc: "2026-08-26T22:00:00Z" })).toMatchObject({ first: { month: 8, day: 25 }, last: { month: 8, day: 26 }, allDay: true });
    // Flagged all-day, but given in local midnight (a zone was asked for): read locally.
    expect(meetingDays({ startUtc: "2026-08-24T22:00:00Z", endUtc: "2026-08-25T22:00:00Z", isAllDay: true })).toMatchObject({ first: { day: 25 }, last: { day: 25 }, allDay: true });
  });

  it("keeps a timed meeting timed; one ending at midnight belongs to its day; an end before the start is its start", () => {
    expect(meetingDays(TIMED_TWO_DAYS)).toMatchObject({ first: { day: 25 }, last: { day: 26 }, allDay: false });
    expect(meetingDays({ startUtc: "2026-12-11T20:00:00Z", endUtc: "2026-12-11T23:00:00Z" })).toMatchObject({ first: { day: 11 }, last: { day: 11 }, allDay: false });
    expect(meetingDays({ startUtc: "2026-12-11T07:30:00Z", endUtc: "2026-12-11T06:00:00Z" })).toMatchObject({ first: { day: 11 }, last: { day: 11 }, allDay: false });
    expect(meetingDays({ startUtc: "2026-12-10T23:00:00Z", endUtc: "2026-12-10T23:00:00Z" })).toMatchObject({ first: { day: 11 }, last: { day: 11 }, allDay: false });
  });
});

describe("formatDayRange", () => {
  const day = (year: number, month: number, d: number) => ({ year, month, day: d });
  it("writes one day, a range in a month, across months and across years", () => {
    expect(formatDayRange(day(2026, 8, 25), day(2026, 8, 25))).toBe("25 augusti 2026");
    expect(formatDayRange(day(2026, 8, 25), day(2026, 8, 26))).toBe("25–26 augusti 2026");
    expect(formatDayRange(day(2026, 8, 31), day(2026, 9, 1))).toBe("31 augusti – 1 september 2026");
    expect(formatDayRange(day(2026, 12, 31), day(2027, 1, 1))).toBe("31 december 2026 – 1 januari 2027");
    expect(formatDayRange(day(2026, 8, 31), day(2026, 9, 1), ["", "", "", "", "", "", "", "August", "September"])).toBe("31 August – 1 September 2026");
    expect(formatDayRange(day(2026, 13, 1), day(2026, 13, 1), [])).toBe("1  2026");
  });

  it("names the weekday of a day and compares days", () => {
    expect(formatWeekdayDay(day(2026, 8, 25))).toBe("tisdag 25 augusti 2026");
    expect(sameDay(day(2026, 8, 25), day(2026, 8, 25))).toBe(true);
    expect(sameDay(day(2026, 8, 25), day(2027, 8, 25))).toBe(false);
  });
});

describe("formatMeetingWhen (the kallelse's time line)", () => {
  it("says hela dagen and date ranges; a timed meeting keeps kl.", () => {
    expect(formatMeetingWhen(ALL_DAY)).toBe(`fredag 11 december 2026, ${ALL_DAY_SV}`);
    expect(formatMeetingWhen(INTERNAT)).toBe("25–26 augusti 2026, hela dagen");
    expect(formatMeetingWhen(ACROSS_MONTHS)).toBe("31 augusti – 1 september 2026, hela dagen");
    expect(formatMeetingWhen(TIMED_TWO_DAYS)).toBe("25–26 augusti 2026 kl. 09.00–15.00");
    expect(formatMeetingWhen({ startUtc: "2024-04-19T06:30:00Z", endUtc: "2024-04-19T09:30:00Z" })).toBe("fredag 19 april 2024 kl. 08.30–11.30");
  });

  it("is the kallelse's Tid line", () => {
    expect(buildKallelse(kallelseInput({ ...ALL_DAY })).when).toBe("Tid: fredag 11 december 2026, hela dagen");
    expect(buildKallelse(kallelseInput({ ...INTERNAT })).when).toBe("Tid: 25–26 augusti 2026, hela dagen");
  });

  it("is the protokoll's Plats och tid", () => {
    const protokoll = (m: Partial<ReturnType<typeof meeting>>) =>
      buildProtokoll({ meeting: meeting({ ...m, location: "Hotell Kullaberg" }), meetingNumber: 7, groupName: "Kommundirektörsgruppen", agenda: agenda(), attendance: report() }).placeAndTime.text;
    expect(protokoll(INTERNAT)).toBe("Den 25–26 augusti 2026 hela dagen på Hotell Kullaberg.");
    expect(protokoll({ ...ALL_DAY })).toBe("Den 11 december 2026 hela dagen på Hotell Kullaberg.");
    expect(protokoll({ ...TIMED_TWO_DAYS, isAllDay: false })).toBe("Den 25–26 augusti 2026 09.00–15.00 på Hotell Kullaberg.");
  });
});
