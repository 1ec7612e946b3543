import { copyDates, dayWindow, occurrenceDateKey } from "../../../src/services/graph/meeting-copies";

const CLASS_ID = "040000008200E00074C5B7101A82E008";
const REST = "B0F3A5C1E25ADC01000000000000000010000000D939FD50B22BB30D89DECDF22CA58730";

describe("occurrenceDateKey", () => {
  it("reads the original date Exchange writes after the class id (YH YL M D)", () => {
    expect(occurrenceDateKey(`${CLASS_ID}07EA0C0B${REST}`)).toBe("2026-12-11");
    expect(occurrenceDateKey(`${CLASS_ID.toLowerCase()}07eb0101${REST}`)).toBe("2027-01-01");
  });

  it("gives null for a series master (zero date), a foreign key, a short key and an impossible date", () => {
    expect(occurrenceDateKey(`${CLASS_ID}00000000${REST}`)).toBeNull();
    expect(occurrenceDateKey("GENERATED-5-2-040000008200E00074C5B7101A82E008")).toBeNull();
    expect(occurrenceDateKey(`${CLASS_ID}07EA`)).toBeNull();
    expect(occurrenceDateKey(`${CLASS_ID}07EA021E${REST}`)).toBeNull();
    expect(occurrenceDateKey(`${CLASS_ID}07EAZZ0B${REST}`)).toBeNull();
  });
});

describe("dayWindow and copyDates", () => {
  it("spans the local day with a day's margin on each side", () => {
    expect(dayWindow("2026-12-11")).toEqual({ startDateTime: "2026-12-10T00:00:00.000Z", endDateTime: "2026-12-13T00:00:00.000Z" });
    expect(dayWindow("2027-01-01")).toEqual({ startDateTime: "2026-12-31T00:00:00.000Z", endDateTime: "2027-01-03T00:00:00.000Z" });
  });

  it("keeps distinct valid dates, at most two", () => {
    expect(copyDates(["2026-12-11", "2026-12-11", null, undefined])).toEqual(["2026-12-11"]);
    expect(copyDates(["2026-12-18", "2026-13-01", "2026-12-11", "2026-12-04"])).toEqual(["2026-12-18", "2026-12-11"]);
    expect(copyDates([])).toEqual([]);
  });
});
