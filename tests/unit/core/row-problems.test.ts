/** What was wrong with a row read from SharePoint (#11 item 5): kept, placed, and named for the secretariat. */
import { agendaItemProblems, quotedValue } from "../../../src/core";

describe("agendaItemProblems", () => {
  it("names a row without any order key first, before what was repaired when it was read", () => {
    expect(agendaItemProblems({ sortKey: null, itemNumber: null, problems: [{ code: "unknownKind", value: "Beslutsärende" }] })).toEqual([
      { code: "missingOrder" },
      { code: "unknownKind", value: "Beslutsärende" },
    ]);
  });

  it("has nothing to say of a row with an order key and nothing repaired, and keeps what was repaired", () => {
    expect(agendaItemProblems({ sortKey: 3, itemNumber: null })).toEqual([]);
    expect(agendaItemProblems({ sortKey: null, itemNumber: 2, problems: [{ code: "missingTitle" }] })).toEqual([{ code: "missingTitle" }]);
  });
});

describe("quotedValue", () => {
  it("quotes any raw value on one short line", () => {
    expect(quotedValue("Besluts\närende")).toBe("Besluts ärende");
    expect(quotedValue(42)).toBe("42");
    expect(quotedValue(undefined)).toBe("undefined");
    expect(quotedValue("x".repeat(80))).toBe(`${"x".repeat(59)}…`);
  });
});
