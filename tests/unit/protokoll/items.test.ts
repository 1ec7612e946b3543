import { buildAgenda } from "../../../src/core/agenda";
import { clauseText, decisionClauses, personEntry, protokollItem, underlagLine, UNKNOWN_ORGANISATION } from "../../../src/core/protokoll";
import { file, record } from "../core/fixtures";
import { agenda } from "./fixtures";

describe("protokoll items", () => {
  it("heads each item 'N. Title' and keeps the description's paragraphs", () => {
    const [first] = agenda().items.map(protokollItem);
    expect(first?.heading).toBe("1. Uppföljning av workshop med kommunutredningen");
    expect(first?.paragraphs).toEqual(["Regeringens Kommunutredning besökte styrelsemötet.", "Utredningen har ställt nya frågor."]);
    expect(first?.presenterLine).toBe("Föredragande: Johan Lindberg, sekretariatet");
    expect(first?.decisionLabel).toBe("Mötet beslutar");
  });

  it("numbers the Underlag lines exactly as buildAgenda numbers the bilagor (kallelse and tab)", () => {
    const built = agenda();
    const items = built.items.map(protokollItem);
    for (const [index, item] of built.items.entries()) {
      expect(items[index]?.underlagLines).toEqual(item.attachments.map((a) => `Underlag: Bilaga ${a.number} – ${a.name.replace(/^\d+\s*[-_ ]\s*/, "").replace(/\.\w+$/, "")}`));
    }
    expect(items.flatMap((i) => i.underlagLines)).toEqual([
      "Underlag: Bilaga 1 – Frågor från kommunutredningen",
      "Underlag: Bilaga 2 – Förslag till svar",
      "Underlag: Bilaga 3 – BRP+ urval",
      "Underlag: Bilaga 4 – Modell för processen",
    ]);
  });

  it("omits Föredragande when nobody is named, and marks a blank title", () => {
    const item = protokollItem(buildAgenda([record("x", 1, { title: "  ", presenter: " " })], []).items[0]!);
    expect(item.presenterLine).toBeNull();
    expect(item.heading).toBe("1. [Rubrik saknas]");
  });

  it("writes 'att' clauses, the last of several 'samt att', as the seeds do", () => {
    expect(decisionClauses(["anta förslaget"])).toEqual([{ lead: "att", text: "anta förslaget" }]);
    expect(decisionClauses(["a", "b", "c"]).map((c) => c.lead)).toEqual(["att", "att", "samt att"]);
    expect(decisionClauses(["a", "b"]).map((c) => c.lead)).toEqual(["att", "samt att"]);
  });

  it("gives one empty 'att' line to fill when nothing is proposed", () => {
    expect(decisionClauses([])).toEqual([{ lead: "att", text: "" }]);
    expect(decisionClauses(["  ", "att"])).toEqual([{ lead: "att", text: "" }]);
  });

  it("drops a typed lead so the protokoll never says 'att att'", () => {
    expect(clauseText("att anta förslaget")).toBe("anta förslaget");
    expect(clauseText("Samt att  tacka för informationen")).toBe("tacka för informationen");
    expect(clauseText("**att** lägga informationen till handlingarna")).toBe("lägga informationen till handlingarna");
    // A clause that merely starts with the letters "att" keeps them.
    expect(clauseText("attestera fakturan")).toBe("attestera fakturan");
  });

  it("names a bilaga without its number prefix and extension", () => {
    expect(underlagLine(7, "3 - Utkast till förfrågningsunderlag.pdf")).toBe("Underlag: Bilaga 7 – Utkast till förfrågningsunderlag");
    expect(underlagLine(1, "2024 Budgetramar.pdf")).toBe("Underlag: Bilaga 1 – 2024 Budgetramar");
    expect(protokollItem(buildAgenda([record("y", 2)], [file("z", "2 Tab\tnamn.pdf")]).items[0]!).underlagLines).toEqual(["Underlag: Bilaga 1 – Tab namn"]);
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
