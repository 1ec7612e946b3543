/** Where a new item goes (before "Övriga frågor" / "Mötet avslutas") and when an item's time is out of order. */
import { earlierThanPrevious, isClosingTitle, newItemIndex } from "../../../src/app/closingItems";

const t = (...titles: string[]) => titles.map((title) => ({ title }));

describe("newItemIndex", () => {
  it("is before the run of closing items at the end, else last", () => {
    expect(newItemIndex(t("Öppnande", "Budget", "Övriga frågor", "Mötet avslutas."))).toBe(2);
    expect(newItemIndex(t("Öppnande", "Budget", "  övriga   FRÅGOR "))).toBe(2);
    expect(newItemIndex(t("Öppnande", "Övriga frågor", "Budget"))).toBe(3);
    expect(newItemIndex(t())).toBe(0);
    expect(newItemIndex(t("Övriga frågor"))).toBe(0);
  });

  it("does not take an item that merely mentions the words for a closing item", () => {
    expect(isClosingTitle("Övriga frågor om budgeten")).toBe(false);
    expect(isClosingTitle("Mötet avslutas")).toBe(true);
  });
});

describe("earlierThanPrevious", () => {
  const s = (...times: (string | null)[]) => times.map((startTime) => ({ startTime }));
  it("names the previous timed item's time when it is later", () => {
    expect(earlierThanPrevious("08.45", s("08.30", "11.15", null))).toBe("11.15");
    expect(earlierThanPrevious("11.30", s("08.30", "11.15"))).toBeNull();
    expect(earlierThanPrevious(null, s("11.15"))).toBeNull();
    expect(earlierThanPrevious("08.45", s(null))).toBeNull();
  });
});
