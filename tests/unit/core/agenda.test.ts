import fc from "fast-check";
import { attachmentTitle, buildAgenda, compareFiles, compareRecords, fileItemNumber, fileNamePrefixNumber } from "../../../src/core/agenda";
import { file, record } from "./fixtures";

const numbersOf = (agenda: ReturnType<typeof buildAgenda>) =>
  agenda.items.map((item) => ({ id: item.id, number: item.number, bilagor: item.attachments.map((a) => [a.number, a.name]) }));

describe("buildAgenda", () => {
  it("orders items by ItemNumber and numbers them 1..n even with gaps", () => {
    const agenda = buildAgenda([record("c", 7), record("a", 2), record("b", 4)], []);
    expect(agenda.items.map((i) => [i.id, i.itemNumber, i.number])).toEqual([
      ["a", 2, 1],
      ["b", 4, 2],
      ["c", 7, 3],
    ]);
  });

  it("breaks ItemNumber ties by title (Swedish order), then id, independent of input order", () => {
    const items = [record("3", 1, { title: "Övrigt" }), record("2", 1, { title: "Avstämningar" }), record("1", 1, { title: "Avstämningar" })];
    const forward = buildAgenda(items, []).items.map((i) => i.id);
    const backward = buildAgenda([...items].reverse(), []).items.map((i) => i.id);
    expect(forward).toEqual(["1", "2", "3"]);
    expect(backward).toEqual(forward);
  });

  it("keeps an item without bilagor, with an empty list", () => {
    const agenda = buildAgenda([record("a", 1), record("b", 2)], [file("f1", "2 Budget.pdf")]);
    expect(agenda.items[0]?.attachments).toEqual([]);
    expect(agenda.items[1]?.attachments).toHaveLength(1);
  });

  it("matches files by the ItemNumber column and by name prefix", () => {
    const agenda = buildAgenda(
      [record("a", 1), record("b", 2)],
      [file("col", "Förfrågningsunderlag.pdf", 2), file("pre", "1 - Dagordning.docx")],
    );
    expect(numbersOf(agenda)).toEqual([
      { id: "a", number: 1, bilagor: [[1, "1 - Dagordning.docx"]] },
      { id: "b", number: 2, bilagor: [[2, "Förfrågningsunderlag.pdf"]] },
    ]);
    expect(agenda.unassignedFiles).toEqual([]);
  });

  it("lets the ItemNumber column win over a contradicting prefix", () => {
    const agenda = buildAgenda([record("a", 1), record("b", 2)], [file("f", "1 Gammalt namn.pdf", 2)]);
    expect(agenda.items[0]?.attachments).toEqual([]);
    expect(agenda.items[1]?.attachments.map((a) => a.fileId)).toEqual(["f"]);
  });

  it("matches by the stored ItemNumber, not the display position", () => {
    const agenda = buildAgenda([record("a", 1), record("c", 5)], [file("f", "5_Rapport.pdf")]);
    expect(agenda.items[1]?.number).toBe(2);
    expect(agenda.items[1]?.attachments.map((a) => a.fileId)).toEqual(["f"]);
  });

  it("numbers bilagor 1..N across the meeting in agenda order, then file name order", () => {
    const agenda = buildAgenda(
      [record("b", 2), record("a", 1), record("c", 3)],
      [
        file("f5", "3 Öppet brev.pdf"),
        file("f4", "3 Ärendelista.pdf"),
        file("f3", "2 Bilaga 10.pdf"),
        file("f2", "2 Bilaga 2.pdf"),
        file("f1", "Zonplan.pdf", 1),
        file("f0", "Avtal.pdf", 1),
      ],
    );
    expect(numbersOf(agenda)).toEqual([
      { id: "a", number: 1, bilagor: [[1, "Avtal.pdf"], [2, "Zonplan.pdf"]] },
      { id: "b", number: 2, bilagor: [[3, "2 Bilaga 2.pdf"], [4, "2 Bilaga 10.pdf"]] },
      // Swedish collation: Ä before Ö, both after Z.
      { id: "c", number: 3, bilagor: [[5, "3 Ärendelista.pdf"], [6, "3 Öppet brev.pdf"]] },
    ]);
  });

  it("carries the file's id and link into the bilaga", () => {
    const f = file("f1", "1 Underlag.pdf");
    const [attachment] = buildAgenda([record("a", 1)], [f]).items[0]?.attachments ?? [];
    expect(attachment).toEqual({ number: 1, fileId: "f1", name: "1 Underlag.pdf", webUrl: f.webUrl });
  });

  it.each([
    ["1 Budget.pdf"],
    ["1-Budget.pdf"],
    ["1_Budget.pdf"],
    ["1 - Budget.pdf"],
    ["01 Budget.pdf"],
  ])("accepts the prefix variant %j for item 1", (name) => {
    const agenda = buildAgenda([record("a", 1)], [file("f", name)]);
    expect(agenda.items[0]?.attachments.map((a) => a.fileId)).toEqual(["f"]);
  });

  it.each([["12 Budget.pdf"], ["1Budget.pdf"], ["1.Budget.pdf"], ["Budget 1.pdf"], ["11-Budget.pdf"]])(
    "does not match %j to item 1",
    (name) => {
      const agenda = buildAgenda([record("a", 1)], [file("f", name)]);
      expect(agenda.items[0]?.attachments).toEqual([]);
      expect(agenda.unassignedFiles.map((f) => f.name)).toEqual([name]);
    },
  );

  it("matches '12 ' to item 12 when it exists", () => {
    const items = Array.from({ length: 12 }, (_, i) => record(`i${i + 1}`, i + 1));
    const agenda = buildAgenda(items, [file("f", "12 Budget.pdf")]);
    expect(agenda.items[0]?.attachments).toEqual([]);
    expect(agenda.items[11]?.attachments.map((a) => a.number)).toEqual([1]);
  });

  it("puts files that match no item in unassignedFiles, sorted by name, never numbered", () => {
    const agenda = buildAgenda(
      [record("a", 1)],
      [file("x", "Protokoll nr 3 2024 (utkast).docx"), file("y", "9 Gammal bilaga.pdf"), file("z", "Anteckningar.docx", 4), file("w", "1 Ok.pdf")],
    );
    expect(agenda.unassignedFiles.map((f) => f.id)).toEqual(["y", "z", "x"]);
    expect(agenda.items[0]?.attachments.map((a) => a.number)).toEqual([1]);
  });

  it("gives files of a duplicated ItemNumber to the first item only, never listing a file twice", () => {
    const agenda = buildAgenda([record("b", 2, { title: "B" }), record("a", 2, { title: "A" })], [file("f", "2 X.pdf")]);
    expect(agenda.items.map((i) => i.attachments.length)).toEqual([1, 0]);
    expect(agenda.items[0]?.id).toBe("a");
  });

  it("leaves the presenter text untouched, also when the föredragande is not an attendee", () => {
    const presenter = "Henriikka Airaskorpi, arbetsmarknadsförvaltningen Helsingborgs stad";
    const agenda = buildAgenda([record("a", 1, { presenter })], []);
    expect(agenda.items[0]?.presenter).toBe(presenter);
  });

  it("does not mutate its inputs", () => {
    const items = [record("b", 2), record("a", 1)];
    const files = [file("f2", "2 B.pdf"), file("f1", "1 A.pdf")];
    const snapshot = JSON.stringify({ items, files });
    buildAgenda(items, files);
    expect(JSON.stringify({ items, files })).toBe(snapshot);
  });

  it("builds an empty agenda from nothing", () => {
    expect(buildAgenda([], [])).toEqual({ items: [], unassignedFiles: [] });
  });
});

describe("orderings", () => {
  it("compares records by ItemNumber, then title, then id", () => {
    expect(compareRecords(record("a", 1), record("b", 2))).toBeLessThan(0);
    expect(compareRecords(record("a", 1, { title: "Ö" }), record("b", 1, { title: "Z" }))).toBeGreaterThan(0);
    expect(compareRecords(record("a", 1, { title: "X" }), record("b", 1, { title: "X" }))).toBeLessThan(0);
  });

  it("compares files by name in Swedish order, then id", () => {
    expect(compareFiles(file("1", "Ärende.pdf"), file("2", "Zon.pdf"))).toBeGreaterThan(0);
    expect(compareFiles(file("1", "A.pdf"), file("2", "A.pdf"))).toBeLessThan(0);
  });
});

describe("file item numbers", () => {
  it("reads the prefix number", () => {
    expect(fileNamePrefixNumber("12 Budget.pdf")).toBe(12);
    expect(fileNamePrefixNumber("Budget.pdf")).toBeNull();
    expect(fileItemNumber(file("f", "3 X.pdf"))).toBe(3);
    expect(fileItemNumber(file("f", "3 X.pdf", 5))).toBe(5);
  });
});

describe("attachmentTitle", () => {
  it.each([
    ["3 - Utkast till förfrågningsunderlag.pdf", "Utkast till förfrågningsunderlag"],
    ["3_Utkast.docx", "Utkast"],
    ["3-Utkast.docx", "Utkast"],
    ["12 Budget 2025.xlsx", "Budget 2025"],
    ["Förfrågningsunderlag.pdf", "Förfrågningsunderlag"],
    ["2024 Budgetramar.pdf", "2024 Budgetramar"],
    ["Rapport v.2.pdf", "Rapport v.2"],
    ["Utan filändelse", "Utan filändelse"],
    ["3 - .pdf", "3 -"],
    ["Arkiv.tar.gz", "Arkiv.tar"],
  ])("%j -> %j", (name, expected) => {
    expect(attachmentTitle(name)).toBe(expected);
  });
});

describe("buildAgenda invariants", () => {
  it("places every file exactly once and numbers bilagor 1..N in agenda order", () => {
    const items = fc.uniqueArray(fc.integer({ min: 1, max: 15 }), { maxLength: 8 }).map((numbers) => numbers.map((n) => record(`i${n}`, n)));
    const files = fc
      .array(
        fc.record({
          prefix: fc.constantFrom("", "1 ", "2-", "3_", "12 ", "5 - ", "01 "),
          stem: fc.string({ minLength: 1, maxLength: 8 }),
          column: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
        }),
        { maxLength: 12 },
      )
      .map((specs) => specs.map((s, i) => file(`f${i}`, `${s.prefix}${s.stem}.pdf`, s.column)));
    fc.assert(
      fc.property(items, files, (recs, fs) => {
        const agenda = buildAgenda(recs, fs);
        const placed = [...agenda.items.flatMap((i) => i.attachments.map((a) => a.fileId)), ...agenda.unassignedFiles.map((f) => f.id)];
        expect([...placed].sort()).toEqual(fs.map((f) => f.id).sort());
        const numbers = agenda.items.flatMap((i) => i.attachments.map((a) => a.number));
        expect(numbers).toEqual(numbers.map((_, i) => i + 1));
        expect(agenda.items.map((i) => i.number)).toEqual(recs.map((_, i) => i + 1));
        for (const item of agenda.items) {
          for (const a of item.attachments) expect(fileItemNumber(fs.find((f) => f.id === a.fileId)!)).toBe(item.itemNumber);
        }
      }),
    );
  });
});
