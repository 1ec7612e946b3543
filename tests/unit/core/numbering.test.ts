import { meetingNumber } from "../../../src/core/numbering";

describe("meetingNumber", () => {
  const series2024 = ["2024-02-09T07:30:00Z", "2024-03-15T07:30:00Z", "2024-04-19T06:30:00Z", "2024-05-24T06:30:00Z"];

  it("is the 1-based position among the year's meetings, whatever the list order", () => {
    expect(meetingNumber(series2024, "2024-04-19T06:30:00Z")).toBe(3);
    expect(meetingNumber([...series2024].reverse(), "2024-02-09T07:30:00Z")).toBe(1);
    expect(meetingNumber(series2024, "2024-05-24T06:30:00Z")).toBe(4);
  });

  it("ignores meetings of other years", () => {
    const withOtherYears = ["2023-11-17T07:30:00Z", "2023-12-15T07:30:00Z", ...series2024, "2025-01-17T07:30:00Z"];
    expect(meetingNumber(withOtherYears, "2024-04-19T06:30:00Z")).toBe(3);
  });

  it("counts duplicates once, also when written differently (Graph's zone-less form)", () => {
    const duplicated = [...series2024, "2024-02-09T07:30:00Z", "2024-03-15T07:30:00.0000000"];
    expect(meetingNumber(duplicated, "2024-04-19T06:30:00Z")).toBe(3);
  });

  it("includes this meeting even when absent from the list", () => {
    expect(meetingNumber(["2024-02-09T07:30:00Z", "2024-05-24T06:30:00Z"], "2024-04-19T06:30:00Z")).toBe(2);
    expect(meetingNumber([], "2024-04-19T06:30:00Z")).toBe(1);
  });

  it("uses the Stockholm calendar year: 23.30Z on 31 December is the first meeting of the next year", () => {
    const series = ["2024-06-14T06:30:00Z", "2024-12-31T23:30:00Z", "2025-01-17T07:30:00Z"];
    expect(meetingNumber(series, "2024-12-31T23:30:00Z")).toBe(1);
    expect(meetingNumber(series, "2025-01-17T07:30:00Z")).toBe(2);
    // In UTC the same instant still belongs to 2024.
    expect(meetingNumber(series, "2024-12-31T23:30:00Z", "UTC")).toBe(2);
  });

  it("rejects an invalid start", () => {
    expect(() => meetingNumber(series2024, "okänt")).toThrow(RangeError);
  });
});
