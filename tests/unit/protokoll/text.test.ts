import fc from "fast-check";
import { record } from "../core/fixtures";
import { documentText, draftFileName, joinSv, nextDraftFileName, paragraphs, protokollItem, singleLine, stripInvalidXml } from "../../../src/core/protokoll";

// What XML 1.0 allows (Char production), checked code point by code point.
function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff && cp !== 0x7f) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

describe("text hygiene for the .docx", () => {
  it("removes every character XML 1.0 cannot carry, and only those", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = stripInvalidXml(s);
        for (const ch of out) expect(isXmlChar(ch.codePointAt(0)!)).toBe(true);
        const kept = [...s].filter((ch) => isXmlChar(ch.codePointAt(0)!)).join("");
        expect(out).toBe(kept);
      }),
    );
  });

  it("keeps Swedish letters, emoji and the XML specials (escaped later by the writer)", () => {
    expect(stripInvalidXml("Å ä ö – 😀 <&>\"'")).toBe("Å ä ö – 😀 <&>\"'");
    expect(stripInvalidXml("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g\uDC00")).toBe("abcdefg");
  });

  it("gives documents only XML characters and no C1 controls, keeping the Latin-1 letters just above them", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const kept = [...s].filter((ch) => isXmlChar(ch.codePointAt(0)!) && !(ch.codePointAt(0)! >= 0x80 && ch.codePointAt(0)! <= 0x9f)).join("");
        expect(documentText(s)).toBe(kept);
      }),
    );
    expect(documentText("Anna\u0080 Ek\u0085\u009F \u00A0é\u0000")).toBe("Anna Ek \u00A0é");
  });

  it("normalises the model's text, so the plain-text protokoll carries no C1 controls either", () => {
    expect(singleLine("Budget\u0085 2025\u0080")).toBe("Budget 2025");
    expect(paragraphs("Första\u0085 stycket.\n\u0085\u009F\nAndra.")).toEqual(["Första stycket.", "Andra."]);
    const fields = { title: "Budget\u0085 2025", presenter: "\u0085", description: "Bakgrund\u009F.", proposedDecisions: ["att godkänna\u0085 budgeten"] };
    const item = protokollItem({ ...record("1", 1, fields), number: 1, attachments: [] });
    expect(item).toMatchObject({ heading: "1 Budget 2025", presenterLine: null, paragraphs: ["Bakgrund."], decisions: [{ lead: "att", text: "godkänna budgeten." }] });
  });

  it("lays out by paragraphs, never by spaces or tabs", () => {
    expect(singleLine("  Budget\t 2025\r\n del 2 ")).toBe("Budget 2025 del 2");
    expect(paragraphs("Första stycket.\r\n\r\n  Andra\tstycket. \rTredje\u2028Fjärde\n\u0007")).toEqual(["Första stycket.", "Andra stycket.", "Tredje", "Fjärde"]);
  });

  it("joins lists the seeds' way", () => {
    expect(joinSv([])).toBe("");
    expect(joinSv(["a"])).toBe("a");
    expect(joinSv(["a", "b"])).toBe("a och b");
    expect(joinSv(["a", "b", "c"])).toBe("a, b och c");
  });
});

describe("draft file names", () => {
  const start = "2026-12-11T07:30:00Z";

  it("names the draft 'Protokoll nr N YYYY (utkast).docx', later ones '(utkast 2)', '(utkast 3)'", () => {
    expect(draftFileName(11, start, 1)).toBe("Protokoll nr 11 2026 (utkast).docx");
    expect(draftFileName(11, start, 2)).toBe("Protokoll nr 11 2026 (utkast 2).docx");
    expect(draftFileName(null, start, 1)).toBe("Protokoll 2026-12-11 (utkast).docx");
  });

  it("picks the first free name, comparing as SharePoint does (case, Unicode form)", () => {
    expect(nextDraftFileName(11, start, [])).toEqual({ name: "Protokoll nr 11 2026 (utkast).docx", attempt: 1 });
    expect(nextDraftFileName(11, start, ["protokoll NR 11 2026 (UTKAST).docx", "Bilaga.pdf"])).toEqual({ name: "Protokoll nr 11 2026 (utkast 2).docx", attempt: 2 });
    expect(nextDraftFileName(11, start, ["Protokoll nr 11 2026 (utkast).docx", "Protokoll nr 11 2026 (utkast 2).docx"]).name).toBe("Protokoll nr 11 2026 (utkast 3).docx");
    // A gap is reused: never overwriting is the rule, not counting.
    expect(nextDraftFileName(11, start, ["Protokoll nr 11 2026 (utkast).docx", "Protokoll nr 11 2026 (utkast 3).docx"]).name).toBe("Protokoll nr 11 2026 (utkast 2).docx");
  });
});
