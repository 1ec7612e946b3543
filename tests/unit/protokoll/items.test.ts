import { buildAgenda } from "../../../src/core/agenda";
import { BLANK_CLAUSE, clauseText, decisionClauses, isProcedural, personEntry, protokollItem, underlagLine, UNKNOWN_ORGANISATION, withFullStop } from "../../../src/core/protokoll";
import { file, record } from "../core/fixtures";
import { agenda } from "./fixtures";

describe("protokoll items", () => {
  it("heads each item 'N Title' as the current protocols do, and keeps the description's paragraphs", () => {
    const [first] = agenda().items.map((i) => protokollItem(i));
    expect(first?.heading).toBe("1 Uppföljning av workshop med kommunutredningen");
    expect(first?.title).toBe("Uppföljning av workshop med kommunutredningen");
    expect(first?.paragraphs).toEqual(["Regeringens Kommunutredning besökte styrelsemötet.", "Utredningen har ställt nya frågor."]);
    expect(first?.presenterLine).toBe("Föredragande: Johan Lindberg, sekretariatet.");
    expect(first?.decisionLabel).toBe("Mötet beslutar");
  });

  it("numbers the Underlag lines exactly as buildAgenda numbers the bilagor (kallelse and tab)", () => {
    const built = agenda();
    const items = built.items.map((i) => protokollItem(i));
    for (const [index, item] of built.items.entries()) {
      expect(items[index]?.underlagLines).toEqual(item.attachments.map((a) => `Underlag: Bilaga ${a.number} – ${a.name.replace(/^\d+\s*[-_ ]\s*/, "").replace(/\.\w+$/, "")}.`));
    }
    expect(items.flatMap((i) => i.underlagLines)).toEqual([
      "Underlag: Bilaga 1 – Frågor från kommunutredningen.",
      "Underlag: Bilaga 2 – Förslag till svar.",
      "Underlag: Bilaga 3 – BRP+ urval.",
      "Underlag: Bilaga 4 – Modell för processen.",
    ]);
  });

  it("omits Föredragande when nobody is named, and marks a blank title", () => {
    const item = protokollItem(buildAgenda([record("x", 1, { title: "  ", presenter: " " })], []).items[0]!);
    expect(item.presenterLine).toBeNull();
    expect(item.heading).toBe("1 [Rubrik saknas]");
  });

  it("leads every clause 'att' in the current style, ends each with a full stop, and marks the last of several for 'samt att' templates", () => {
    expect(decisionClauses(["anta förslaget"])).toEqual([{ lead: "att", text: "anta förslaget.", last: false }]);
    expect(decisionClauses(["a", "b", "c"]).map((c) => [c.lead, c.last])).toEqual([["att", false], ["att", false], ["att", true]]);
    expect(decisionClauses(["tacka för informationen.", "fråga Bjuv?"]).map((c) => c.text)).toEqual(["tacka för informationen.", "fråga Bjuv?"]);
    expect(["", "Klart", "Klart:", "Klart…"].map(withFullStop)).toEqual(["", "Klart.", "Klart:", "Klart…"]);
  });

  it("gives one empty 'att' line to fill on a decision item with nothing proposed, and no block where nothing is to be decided", () => {
    expect(decisionClauses([])).toEqual([]);
    expect(decisionClauses(["  ", "att"])).toEqual([]);
    const item = (overrides: Parameters<typeof record>[2]) => protokollItem(buildAgenda([record("x", 1, overrides)], []).items[0]!);
    expect(item({ kind: "beslut" }).decisions).toEqual([BLANK_CLAUSE]);
    expect(item({ kind: "information" }).decisions).toEqual([]);
    expect(item({ kind: "diskussion", proposedDecisions: ["tacka för informationen"] }).decisions.map((c) => c.text)).toEqual(["tacka för informationen."]);
  });

  it("gives procedural items (Mötets öppnande, Mötet avslutas, Övriga frågor) no decision block unless one was recorded", () => {
    for (const title of ["Mötets öppnande", "Mötets öppnande samt incheckning", "mötet avslutas.", "Övriga frågor", "Incheckning"]) {
      expect({ title, procedural: isProcedural(title) }).toEqual({ title, procedural: true });
      expect(protokollItem(buildAgenda([record("x", 1, { title, kind: "beslut", proposedDecisions: ["godkänna"] })], []).items[0]!).decisions).toEqual([]);
    }
    expect(isProcedural("Öppnandet av ny skola")).toBe(false);
    expect(isProcedural("Budget 2027")).toBe(false);
    const recorded = protokollItem(buildAgenda([record("x", 1, { title: "Övriga frågor" })], []).items[0]!, { outcome: "decided", decisions: ["bjuda in Båstad"], minutes: "", carriedFrom: null });
    expect(recorded.decisions.map((c) => c.text)).toEqual(["bjuda in Båstad."]);
  });

  it("drops a typed lead so the protokoll never says 'att att'", () => {
    expect(clauseText("att anta förslaget")).toBe("anta förslaget");
    expect(clauseText("Samt att  tacka för informationen")).toBe("tacka för informationen");
    expect(clauseText("**att** lägga informationen till handlingarna")).toBe("lägga informationen till handlingarna");
    // A clause that merely starts with the letters "att" keeps them.
    expect(clauseText("attestera fakturan")).toBe("attestera fakturan");
  });

  it("names a bilaga without its number prefix and extension", () => {
    expect(underlagLine(7, "3 - Utkast till förfrågningsunderlag.pdf")).toBe("Underlag: Bilaga 7 – Utkast till förfrågningsunderlag.");
    expect(underlagLine(1, "2024 Budgetramar.pdf")).toBe("Underlag: Bilaga 1 – 2024 Budgetramar.");
    expect(protokollItem(buildAgenda([record("y", 2)], [file("z", "2 Tab\tnamn.pdf")]).items[0]!).underlagLines).toEqual(["Underlag: Bilaga 1 – Tab namn."]);
  });
});

describe("personEntry", () => {
  const entry = (organisation: string | null, role: "member" | "guest" | "organizer" = "member") => ({ name: "Eva Ny", email: "eva@example.org", status: "present" as const, role, organisation });

  it("writes the secretariat as the seeds do, whatever its case, and marks a blank organisation", () => {
    expect(personEntry(entry(" Sekretariatet "))).toBe("Eva Ny, sekretariatet");
    expect(personEntry(entry("Region Skåne", "guest"))).toBe("Eva Ny, Region Skåne");
    expect(personEntry(entry("  ", "organizer"))).toBe(`Eva Ny, ${UNKNOWN_ORGANISATION}`);
    expect(personEntry(entry(null, "guest"))).toBe("Eva Ny");
  });
});
