/**
 * Merges the handlingar into one PDF with pdf-lib: the kallelse as text pages, then each bilaga's pages, one bookmark
 * (outline entry) per bilaga. pdf-lib has no outline API, so the outline is written with its low-level objects.
 */
import { PDFDocument, PDFHexString, PDFName, StandardFonts } from "pdf-lib";
import type { PDFFont, PDFPage, PDFRef } from "pdf-lib";
import { wellFormed } from "../../core";
import type { HandlingarPdfInput, HandlingarPdfWriter } from "../../core";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const SIZE = 11;
const LEADING = 15;

/** Text the standard font can draw: characters outside its WinAnsi set become "?" (the text stays text, never markup). */
function drawable(text: string, charset: ReadonlySet<number>): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += charset.has(code) && code >= 0x20 ? ch : "?";
  }
  return out;
}

/** Splits a line to fit the width: at spaces where possible, inside long words (links) where not. */
function wrap(line: string, font: PDFFont, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  const fits = (text: string): boolean => font.widthOfTextAtSize(text, SIZE) <= width;
  for (const word of line.split(" ")) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current !== "") lines.push(current);
    current = "";
    let rest = word;
    while (!fits(rest)) {
      // The longest prefix that fits, by halving: a 10,000-character word must not cost 10,000 measurements a line.
      let low = 1;
      let high = rest.length - 1;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fits(rest.slice(0, mid))) low = mid;
        else high = mid - 1;
      }
      lines.push(rest.slice(0, low));
      rest = rest.slice(low);
    }
    current = rest;
  }
  lines.push(current);
  return lines;
}

class TextPages {
  private page: PDFPage | null = null;
  private y = 0;
  readonly first: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {}

  private ensure(height: number): PDFPage {
    if (this.page === null || this.y - height < MARGIN) {
      this.page = this.doc.addPage(A4);
      this.first.push(this.page);
      this.y = A4[1] - MARGIN;
    }
    return this.page;
  }

  paragraph(lines: string[], bold: boolean): void {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const charset = new Set(font.getCharacterSet());
    for (const line of lines) {
      for (const piece of wrap(drawable(line, charset), font, A4[0] - 2 * MARGIN)) {
        const page = this.ensure(LEADING);
        page.drawText(piece, { x: MARGIN, y: this.y - SIZE, size: SIZE, font });
        this.y -= LEADING;
      }
    }
    this.y -= LEADING / 2;
  }
}

function addOutline(doc: PDFDocument, entries: { title: string; page: PDFRef }[]): void {
  if (entries.length === 0) return;
  const context = doc.context;
  const outlinesRef = context.nextRef();
  const refs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const dict = context.obj({});
    // A lone surrogate is no character: the bookmark shows U+FFFD, as every reader would.
    dict.set(PDFName.of("Title"), PDFHexString.fromText(wellFormed(entry.title)));
    dict.set(PDFName.of("Parent"), outlinesRef);
    dict.set(PDFName.of("Dest"), context.obj([entry.page, PDFName.of("Fit")]));
    const prev = refs[i - 1];
    const next = refs[i + 1];
    if (prev) dict.set(PDFName.of("Prev"), prev);
    if (next) dict.set(PDFName.of("Next"), next);
    context.assign(refs[i] as PDFRef, dict);
  });
  const outlines = context.obj({});
  outlines.set(PDFName.of("Type"), PDFName.of("Outlines"));
  outlines.set(PDFName.of("First"), refs[0] as PDFRef);
  outlines.set(PDFName.of("Last"), refs[refs.length - 1] as PDFRef);
  outlines.set(PDFName.of("Count"), context.obj(entries.length));
  context.assign(outlinesRef, outlines);
  doc.catalog.set(PDFName.of("Outlines"), outlinesRef);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

async function loadPart(pdf: Uint8Array): Promise<PDFDocument | string> {
  try {
    const source = await PDFDocument.load(pdf, { updateMetadata: false });
    return source.getPageCount() === 0 ? "filen har inga sidor" : source;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return /encrypt/i.test(message) ? "filen är lösenordsskyddad" : "filen är ingen läsbar PDF";
  }
}

/** Merges the kallelse and the bilagor into one PDF; a bilaga that cannot be read gets a page saying so. */
export async function assembleHandlingarPdf(input: HandlingarPdfInput): Promise<{ bytes: Uint8Array; missing: string[] }> {
  const doc = await PDFDocument.create();
  doc.setTitle(wellFormed(input.title), { showInWindowTitleBar: true });
  doc.setLanguage("sv-SE");
  doc.setCreator("Sammanträde");
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const kallelse = new TextPages(doc, fonts);
  for (const lines of input.kallelse) kallelse.paragraph(lines, lines.length === 1 && input.headings.has(lines[0] ?? ""));

  const outline: { title: string; page: PDFRef }[] = [];
  const missing: string[] = [];
  for (const part of input.parts) {
    const loaded = part.pdf === null ? part.missingReason : await loadPart(part.pdf);
    if (typeof loaded === "string") {
      missing.push(part.label);
      const note = new TextPages(doc, fonts);
      note.paragraph([part.label], true);
      note.paragraph([`Bilagan kunde inte tas med i denna PDF (${loaded}).`, "Öppna den i mötets mapp eller med länken i kallelsen."], false);
      outline.push({ title: part.label, page: (note.first[0] as PDFPage).ref });
      continue;
    }
    const pages = await doc.copyPages(loaded, loaded.getPageIndices());
    for (const page of pages) doc.addPage(page);
    outline.push({ title: part.label, page: (pages[0] as PDFPage).ref });
  }
  addOutline(doc, outline);
  return { bytes: await doc.save(), missing };
}

/** The writer the hosts load on first use (core's HandlingarPdfWriter port). */
export const handlingarPdfWriter: HandlingarPdfWriter = { assemble: assembleHandlingarPdf };
