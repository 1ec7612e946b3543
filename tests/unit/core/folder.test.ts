import { defaultSubject, folderName, parseFolderName, sanitizeSubject } from "../../../src/core/folder";

describe("folderName", () => {
  it("is the local date and the subject", () => {
    expect(folderName("2024-04-19T06:30:00Z", "Kommundirektörsmöte")).toBe("2024-04-19 Kommundirektörsmöte");
  });

  it("uses the Stockholm date, not the UTC date", () => {
    expect(folderName("2024-10-26T22:30:00Z", "Internat")).toBe("2024-10-27 Internat");
    expect(folderName("2024-10-26T22:30:00Z", "Internat", "UTC")).toBe("2024-10-26 Internat");
  });

  it("falls back to the default subject when blank or nothing usable remains", () => {
    expect(folderName("2024-04-19T06:30:00Z", "  ")).toBe("2024-04-19 Kommundirektörsmöte 19 april 2024");
    expect(folderName("2024-04-19T06:30:00Z", "...")).toBe("2024-04-19 Kommundirektörsmöte 19 april 2024");
  });

  it("never contains a character SharePoint forbids", () => {
    const name = folderName("2024-04-19T06:30:00Z", 'Möte: "budget" <2025>? 50% #1 a/b\\c|d*e');
    expect(name).not.toMatch(/["*:<>?/\\|#%]/);
    expect(name).toBe("2024-04-19 Möte - -budget- -2025-- 50- -1 a-b-c-d-e");
  });
});

describe("sanitizeSubject", () => {
  it.each([
    ["Budget: förslag", "Budget - förslag"],
    ["Plan 2024/2025", "Plan 2024-2025"],
    [" .Internat. ", "Internat"],
    ["Rad ett\nrad\ttvå", "Rad ett rad två"],
    ["Mappen _vti_ test", "Mappen -vti- test"],
    ["Version..2", "Version.2"],
    ["\u0000Noll\u0007", "Noll"],
    ["Kommundirektörsmöte i Familjen Helsingborg", "Kommundirektörsmöte i Familjen Helsingborg"],
  ])("%j -> %j", (subject, expected) => {
    expect(sanitizeSubject(subject)).toBe(expected);
  });

  it("caps the length and never ends with a space or dot after cutting", () => {
    const long = `${"a".repeat(119)} b`;
    const result = sanitizeSubject(long);
    expect(result.length).toBeLessThanOrEqual(120);
    expect(result).toBe("a".repeat(119));
    expect(sanitizeSubject(`${"x".repeat(119)}.yyy`)).toBe("x".repeat(119));
  });
});

describe("defaultSubject", () => {
  it("names the meeting after its Stockholm date", () => {
    expect(defaultSubject("2024-04-19T06:30:00Z")).toBe("Kommundirektörsmöte 19 april 2024");
    expect(defaultSubject("2024-12-31T23:30:00Z")).toBe("Kommundirektörsmöte 1 januari 2025");
  });
});

describe("parseFolderName", () => {
  it("reads back what folderName writes", () => {
    expect(parseFolderName(folderName("2024-04-19T06:30:00Z", "Kommundirektörsmöte"))).toEqual({
      dateKey: "2024-04-19",
      subject: "Kommundirektörsmöte",
    });
  });

  it("gives null for other names", () => {
    expect(parseFolderName("Arkiv")).toBeNull();
    expect(parseFolderName("2024-04-19")).toBeNull();
  });
});
