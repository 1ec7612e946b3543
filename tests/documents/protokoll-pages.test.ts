/**
 * The default template's output as pages (issue 14, Done when): converted by LibreOffice to PDF and by poppler to text
 * and PNG, the draft and the final version are checked for two-column närvaro (a table, one person a cell), page
 * numbers "Sida N av M" from Word fields, and the UTKAST marking in the header of the draft only.
 */
import { PNG } from "pngjs";
import { DEMO_CONFIG } from "../../src/config";
import type { Protokoll } from "../../src/core/protokoll";
import { protokollFromView } from "../../src/core/protokoll";
import { renderProtokollDocx } from "../../src/services/documents/protokoll-template";
import { libreOfficePdf, packagePart, poppler, sofficePath } from "./consumers";
import { demoMeetingView, demoRecord } from "./demo-record";

const soffice = sofficePath();
const whenLibreOffice = soffice === null ? describe.skip : describe;
if (soffice === null) console.log("LibreOffice saknas: sidorna (PDF, PNG) kontrolleras inte här; CI kräver LibreOffice.");

let protokoll: Protokoll;
let draftDocx: Uint8Array;
let draftPdf: Uint8Array;
let finalPdf: Uint8Array;

/** The text of each page (pdftotext -layout keeps columns side by side; pages are separated by form feeds). */
async function pages(pdf: Uint8Array): Promise<string[]> {
  const { stdout } = await poppler("pdftotext", pdf, ["-layout", "{in}", "-"]);
  return stdout.split("\f").filter((page) => page.trim() !== "");
}

interface Box {
  text: string;
  xMin: number;
  yMin: number;
}

/** Every word of page 1 with its position in points (pdftotext -bbox). */
async function wordBoxes(pdf: Uint8Array): Promise<Box[]> {
  const { stdout } = await poppler("pdftotext", pdf, ["-bbox", "-f", "1", "-l", "1", "{in}", "-"]);
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), text: m[3] ?? "" }));
}

/** Pixels of the header band (top 8 % of page 1) in the UTKAST red (C00000) at 40 dpi. */
async function redInHeader(pdf: Uint8Array): Promise<number> {
  const { files } = await poppler("pdftoppm", pdf, ["-r", "40", "-png", "-f", "1", "-l", "1", "{in}", "{out}"]);
  const [png] = [...files.values()];
  if (png === undefined) throw new Error("pdftoppm skrev ingen bild");
  const image = PNG.sync.read(png);
  let red = 0;
  for (let y = 0; y < Math.floor(image.height * 0.08); y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const [r = 0, g = 0, b = 0] = [image.data[i], image.data[i + 1], image.data[i + 2]];
      if (r > 140 && g < 90 && b < 90) red++;
    }
  }
  return red;
}

whenLibreOffice("the default template's pages (LibreOffice → PDF → text and PNG)", () => {
  beforeAll(async () => {
    const view = await demoMeetingView();
    const recorded = demoRecord(view);
    protokoll = protokollFromView(view, { groupName: DEMO_CONFIG.groupName, record: recorded.record, itemRecords: recorded.itemRecords });
    draftDocx = renderProtokollDocx(protokoll, { final: false, author: "Elin Sjöberg" });
    const finalDocx = renderProtokollDocx(protokoll, { final: true, author: "Elin Sjöberg" });
    [draftPdf, finalPdf] = (await Promise.all([libreOfficePdf(draftDocx, soffice), libreOfficePdf(finalDocx, soffice)])) as [Uint8Array, Uint8Array];
  }, 240_000);

  it("sets närvarande in two columns: a table with one person a cell, two people side by side on the page", async () => {
    const present = protokoll.attendance.find((l) => l.kind === "present")?.entries ?? [];
    expect(present.length).toBeGreaterThan(3);
    const document = await packagePart(draftDocx, "word/document.xml");
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ?? "";
    const cells = [...table.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => [...(m[1] ?? "").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
    expect(cells.filter((c) => c !== "")).toEqual(present);
    expect(table.match(/<w:tr>/g)).toHaveLength(Math.ceil(present.length / 2));
    const words = await wordBoxes(draftPdf);
    const after = words.findIndex((w) => w.text === "Närvarande:");
    const at = (person: string): Box => {
      const [given, family] = person.split(" ");
      const index = words.findIndex((w, i) => i > after && w.text === given && words[i + 1]?.text.startsWith(family ?? ""));
      expect({ person, found: index >= 0 }).toEqual({ person, found: true });
      return words[index]!;
    };
    for (let i = 0; i + 1 < present.length; i += 2) {
      const [left, right] = [at(present[i]!), at(present[i + 1]!)];
      // Same line, the right one in the second column (the page's text is 453 pt wide: a column is half of it).
      expect({ pair: i, sameLine: Math.abs(left.yMin - right.yMin) < 2, secondColumn: right.xMin - left.xMin > 200 }).toEqual({ pair: i, sameLine: true, secondColumn: true });
    }
  });

  it("numbers every page 'Sida N av M' in the footer, from Word's PAGE and NUMPAGES fields", async () => {
    const texts = await pages(draftPdf);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    texts.forEach((text, index) => expect(text).toContain(`Sida ${index + 1} av ${texts.length}`));
    const footer = await packagePart(draftDocx, "word/footer1.xml");
    expect(footer).toMatch(/w:instr=" PAGE "[\s\S]*w:instr=" NUMPAGES "/);
  });

  it("marks the draft UTKAST in the header of every page, and the final version nowhere", async () => {
    const draft = await pages(draftPdf);
    for (const text of draft) expect(text.trimStart().split("\n")[0]).toMatch(/UTKAST\s*$/);
    const final = await pages(finalPdf);
    expect(final.length).toBe(draft.length);
    expect(final.join("\n")).not.toContain("UTKAST");
    expect(final.join("\n")).toContain(protokoll.title);
  });

  it("shows the red UTKAST in the header band of the draft's first page image, and none in the final", async () => {
    expect(await redInHeader(draftPdf)).toBeGreaterThan(10);
    expect(await redInHeader(finalPdf)).toBe(0);
  });
});
