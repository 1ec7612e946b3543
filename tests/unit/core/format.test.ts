import {
  formatCompactDate,
  formatDate,
  formatDateKey,
  formatProtocolTitle,
  formatTime,
  formatTimeRange,
  formatWeekdayDate,
  localYear,
  parseStartTime,
  toEpochMs,
  toLocal,
} from "../../../src/core/format";

describe("Swedish formatting in Europe/Stockholm (seed conventions)", () => {
  // 19 April 2024 is summer time (UTC+2): 06.30Z is 08.30 in Helsingborg.
  const start = "2024-04-19T06:30:00Z";
  const end = "2024-04-19T09:30:00Z";

  it("writes dates as '19 april 2024', without leading zero and with lower-case month", () => {
    expect(formatDate(start)).toBe("19 april 2024");
    expect(formatDate("2024-01-05T10:00:00Z")).toBe("5 januari 2024");
    expect(formatDate("2024-12-10T10:00:00Z")).toBe("10 december 2024");
  });

  it("writes times with a period and 24-hour clock", () => {
    expect(formatTime(start)).toBe("08.30");
    expect(formatTime("2024-04-19T12:05:00Z")).toBe("14.05");
  });

  it("writes a time range with an en dash", () => {
    expect(formatTimeRange(start, end)).toBe("08.30–11.30");
    expect(formatTimeRange(start, end)).not.toContain("-");
  });

  it("prefixes the weekday", () => {
    expect(formatWeekdayDate(start)).toBe("fredag 19 april 2024");
    expect(formatWeekdayDate("2024-04-21T10:00:00Z")).toBe("söndag 21 april 2024");
    expect(formatWeekdayDate("2024-04-22T10:00:00Z")).toBe("måndag 22 april 2024");
  });

  it("titles the protokoll", () => {
    expect(formatProtocolTitle(4, 2024)).toBe("Protokoll nr 4 2024");
  });

  it("gives the local date key and compact date", () => {
    expect(formatDateKey(start)).toBe("2024-04-19");
    expect(formatDateKey("2022-06-17T07:00:00Z")).toBe("2022-06-17");
    expect(formatCompactDate("2022-06-17T07:00:00Z")).toBe("220617");
  });

  describe("midnight and daylight-saving edges", () => {
    it("spring forward: 00.30Z on 31 March 2024 is 01.30 CET, the last hour before the switch", () => {
      expect(formatDate("2024-03-31T00:30:00Z")).toBe("31 mars 2024");
      expect(formatTime("2024-03-31T00:30:00Z")).toBe("01.30");
      expect(formatTime("2024-03-31T01:30:00Z")).toBe("03.30");
    });

    it("fall back: 22.30Z on 26 October 2024 is already 27 oktober 00.30 (CEST)", () => {
      expect(formatDate("2024-10-26T22:30:00Z")).toBe("27 oktober 2024");
      expect(formatTime("2024-10-26T22:30:00Z")).toBe("00.30");
      expect(formatDateKey("2024-10-26T22:30:00Z")).toBe("2024-10-27");
      // After the switch the offset is one hour.
      expect(formatTime("2024-10-27T01:30:00Z")).toBe("02.30");
    });

    it("midnight is 00.00, never 24.00", () => {
      expect(formatTime("2024-01-14T23:00:00Z")).toBe("00.00");
      expect(formatDate("2024-01-14T23:00:00Z")).toBe("15 januari 2024");
    });

    it("23.30Z on 31 December is the next year locally", () => {
      expect(localYear("2024-12-31T23:30:00Z")).toBe(2025);
      expect(formatDate("2024-12-31T23:30:00Z")).toBe("1 januari 2025");
      expect(localYear("2024-12-31T22:59:00Z")).toBe(2024);
    });
  });

  it("uses a given time zone instead of Stockholm", () => {
    expect(formatTime(start, "UTC")).toBe("06.30");
    expect(formatDate("2024-12-31T23:30:00Z", "UTC")).toBe("31 december 2024");
    expect(localYear("2024-12-31T23:30:00Z", "UTC")).toBe(2024);
  });

  it("reads Graph's zone-less dateTime as UTC and accepts offsets", () => {
    expect(formatTime("2024-04-19T06:30:00.0000000")).toBe("08.30");
    expect(formatTime("2024-04-19T08:30:00+02:00")).toBe("08.30");
    expect(toEpochMs("2024-04-19")).toBe(Date.UTC(2024, 3, 19));
    expect(toLocal("2024-04-19T06:30:00Z")).toEqual({ year: 2024, month: 4, day: 19, hour: 8, minute: 30 });
  });

  it("rejects an invalid instant with a RangeError naming it", () => {
    expect(() => formatDate("inte ett datum")).toThrow(RangeError);
    expect(() => formatTime("")).toThrow(/Ogiltig tidpunkt/);
  });

  describe("parseStartTime (the StartTime column)", () => {
    it.each([
      ["9.40", "09.40"],
      ["09:40", "09.40"],
      ["0940", "09.40"],
      ["940", "09.40"],
      ["09.40", "09.40"],
      [" 10.05 ", "10.05"],
      ["kl. 9.40", "09.40"],
      ["Kl 13:00", "13.00"],
      ["9", "09.00"],
      ["23.59", "23.59"],
      ["0.00", "00.00"],
    ])("%s -> %s", (input, expected) => {
      expect(parseStartTime(input)).toBe(expected);
    });

    it.each(["", "24.00", "9.60", "9.4", "12345", "nio", "9.40.00", "-9.40", "09,40"])("rejects %j", (input) => {
      expect(parseStartTime(input)).toBeNull();
    });
  });
});
