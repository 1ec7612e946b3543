/** The plan of *Handlingar i en PDF*, the kallelse's title and where the top of a body is: pure parts of #15. */
import { bilagaSource, bodyTop, buildKallelse, findHandlingarPdf, handlingarFileName, handlingarParts, handlingarTitle, kallelseParagraphs, kallelseTitle } from "../../../src/core/kallelse";
import { oneLine } from "../../../src/core/kallelse/model";
import type { FileRecord } from "../../../src/core/types";
import { agenda, input, item, POLICY } from "./fixtures";

const pdf = (name: string, lastModifiedUtc: string | null): FileRecord => ({
  id: name,
  name,
  webUrl: `https://fh.sharepoint.com/sites/kd/${encodeURIComponent(name)}`,
  size: 1,
  itemId: null,
  itemNumber: null,
  etag: null,
  lastModifiedUtc,
});

describe("handlingar in one PDF", () => {
  it("passes PDFs as they are, converts Office files through the server, and refuses the rest", () => {
    expect(bilagaSource("Budget.PDF")).toBe("pdf");
    expect(bilagaSource("3 - Utkast till yttrande.docx ")).toBe("convert");
    expect(bilagaSource("Tabell.xlsx")).toBe("convert");
    expect(bilagaSource("program.exe")).toBe("unsupported");
    expect(bilagaSource("utan filändelse")).toBe("unsupported");
  });

  it("titles the PDF as the group writes the number, and names the file without a slash", () => {
    expect(handlingarTitle(11, "2026-12-11T07:30:00Z")).toBe("Kallelse med handlingar, möte 11/2026");
    expect(handlingarFileName(11, "2026-12-11T07:30:00Z")).toBe("Kallelse med handlingar, möte 11-2026.pdf");
    // Before the number is known the date stands in; 23.30 UTC on 31 December is already the new year in Sweden.
    expect(handlingarTitle(null, "2026-12-31T23:30:00Z")).toBe("Kallelse med handlingar, möte 2027-01-01");
  });

  it("lists the bilagor in number order, labelled as in the kallelse", () => {
    const parts = handlingarParts(
      agenda([
        item(1, { attachments: [{ number: 2, fileId: "f2", name: "2 - Tidplan.docx", webUrl: "https://x/2" }] }),
        item(2, { attachments: [{ number: 1, fileId: "f1", name: "Underlag.pdf", webUrl: "https://x/1" }] }),
      ]),
    );
    expect(parts.map((p) => [p.number, p.label, p.source])).toEqual([
      [1, "Bilaga 1 – Underlag", "pdf"],
      [2, "Bilaga 2 – Tidplan", "convert"],
    ]);
  });

  it("finds the newest handlingar PDF among the folder's files, and none when there is none", () => {
    const files = [
      pdf("Kallelse med handlingar, möte 11-2026.pdf", "2026-12-01T10:00:00Z"),
      pdf("Kallelse med handlingar, möte 11-2026 (2).pdf", "2026-12-02T10:00:00Z"),
      pdf("Protokoll nr 10 2026.pdf", "2026-12-03T10:00:00Z"),
    ];
    expect(findHandlingarPdf(files)?.name).toBe("Kallelse med handlingar, möte 11-2026 (2).pdf");
    expect(findHandlingarPdf([files[2] as FileRecord])).toBeNull();
  });
});

describe("kallelse parts", () => {
  it("writes 'Kallelse till möte 11/2026', and the year alone while the number is unknown", () => {
    expect(kallelseTitle(11, 2026)).toBe("Kallelse till möte 11/2026");
    expect(kallelseTitle(null, 2026)).toBe("Kallelse till möte 2026");
  });

  it("keeps a single-line field on one line", () => {
    expect(oneLine("Bilaga 1\r\nhttps://evil.example\u2028x")).toBe("Bilaga 1 https://evil.example x");
  });

  it("finds the top of a body just after its <body> tag, else at the start", () => {
    expect(bodyTop('<html><body dir="ltr"><p>Hej</p></body></html>')).toBe('<html><body dir="ltr">'.length);
    expect(bodyTop("<p>Hej</p>")).toBe(0);
  });
});

describe("kallelse paragraphs", () => {
  it("says the agenda is still empty rather than listing nothing", () => {
    const k = buildKallelse(input({ agenda: agenda([]) }));
    const paragraphs = kallelseParagraphs(k, POLICY);
    expect(paragraphs.flat()).toContain(k.emptyAgenda);
  });
});
