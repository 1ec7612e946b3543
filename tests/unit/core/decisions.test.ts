import fc from "fast-check";
import { joinDecisions, splitDecisions } from "../../../src/core/decisions";

describe("splitDecisions", () => {
  it("gives one clause per line without the leading 'att'", () => {
    const text = "att lägga informationen till handlingarna\nsamt att tacka för presentationen";
    expect(splitDecisions(text)).toEqual(["lägga informationen till handlingarna", "tacka för presentationen"]);
  });

  it("trims, drops empty lines and lone 'att' lines, and accepts any line ending", () => {
    expect(splitDecisions("  Att godkänna budgeten  \r\n\r\n att \n\rSAMT ATT återkomma\r")).toEqual(["godkänna budgeten", "återkomma"]);
  });

  it("strips bullets and the seed's bold **att**", () => {
    expect(splitDecisions("- att tacka för idéer\n• **att** projekten går vidare\n**att**")).toEqual(["tacka för idéer", "projekten går vidare"]);
  });

  it("keeps words that merely start with 'att' and clauses without it", () => {
    expect(splitDecisions("attestera fakturan\nuppdra åt sekretariatet")).toEqual(["attestera fakturan", "uppdra åt sekretariatet"]);
  });

  it("gives no clauses for blank text", () => {
    expect(splitDecisions("")).toEqual([]);
    expect(splitDecisions(" \n ")).toEqual([]);
  });
});

describe("joinDecisions", () => {
  it("writes one clause per line, trimmed, empty ones dropped, inner line breaks folded", () => {
    expect(joinDecisions([" godkänna budgeten ", "", "uppdra åt\nsekretariatet"])).toBe("godkänna budgeten\nuppdra åt sekretariatet");
  });

  it("round-trips through splitDecisions", () => {
    const clause = fc
      .string({ minLength: 1, maxLength: 40 })
      .map((s) => s.replace(/\s+/g, " ").trim())
      .filter((s) => s !== "" && splitDecisions(s).length === 1 && splitDecisions(s)[0] === s);
    fc.assert(
      fc.property(fc.array(clause, { maxLength: 8 }), (clauses) => {
        expect(splitDecisions(joinDecisions(clauses))).toEqual(clauses);
      }),
    );
  });
});
