/**
 * Hostile bilaga names and kallelse text through *Handlingar i en PDF*: every name stays text. The bookmarks carry
 * the names exactly, pdftotext reads their words, and no object in the file is an action (JavaScript, launch, URI,
 * form submit, open action) that a name could have turned into.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, StandardFonts } from "pdf-lib";
import { assembleHandlingarPdf } from "../../src/services/documents/handlingar-pdf";
import { hostileFileName, hostileText, toWellFormed } from "./hostile";
import { FuzzRecorder } from "./results";

const ACTIVE_KEYS = ["JS", "JavaScript", "OpenAction", "AA", "URI", "Launch", "SubmitForm", "ImportData", "EmbeddedFile"];
const RUNS = Math.min(Number(process.env.FUZZ_RUNS ?? 150), 150);

const recorder = new FuzzRecorder("handlingar-pdf");
afterAll(() => recorder.flush());

let bilaga: Uint8Array;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText("Bilagans egen text", { x: 50, y: 700, size: 12, font });
  bilaga = await doc.save();
});

function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "handlingar-fuzz-"));
  try {
    writeFileSync(join(dir, "a.pdf"), bytes);
    return execFileSync("pdftotext", [join(dir, "a.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function problemsOf(bytes: Uint8Array, labels: string[], drawn: string[]): Promise<string[]> {
  const problems: string[] = [];
  const doc = await PDFDocument.load(bytes);
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    for (const key of object.keys()) if (ACTIVE_KEYS.includes(key.decodeText())) problems.push(`active key /${key.decodeText()}`);
  }
  const titles: string[] = [];
  let next = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict)?.get(PDFName.of("First"));
  while (next instanceof PDFRef) {
    const entry = doc.context.lookup(next, PDFDict);
    const title = entry.lookup(PDFName.of("Title"));
    titles.push(title instanceof PDFHexString ? title.decodeText() : `not text: ${String(title)}`);
    next = entry.get(PDFName.of("Next"));
  }
  if (JSON.stringify(titles) !== JSON.stringify(labels.map(toWellFormed))) problems.push(`bookmarks ${JSON.stringify(titles).slice(0, 200)}`);
  const text = pdfText(bytes);
  // Long lines wrap, inside words too: compare without white space.
  const unwrapped = text.replace(/\s/g, "");
  // Every plain word of every drawn name and line is read back as text (characters the font lacks show as "?").
  for (const source of drawn) {
    for (const word of source.match(/[A-Za-z0-9]{3,}/g) ?? []) if (!unwrapped.includes(word)) problems.push(`word ${JSON.stringify(word)} not in the text`);
  }
  if (!text.includes("Bilagans egen text")) problems.push("the bilaga's pages are missing");
  return problems;
}

describe("handlingar PDF under hostile input", () => {
  it("bookmarks carry names exactly, the text reads them, and no object is an action", async () => {
    const result = await recorder.check(
      "handlingar PDF (pdf-lib + pdftotext)",
      (tally) =>
        fc.asyncProperty(fc.array(hostileFileName, { minLength: 1, maxLength: 3 }), fc.array(fc.array(hostileText, { minLength: 1, maxLength: 2 }), { maxLength: 3 }), async (names, kallelse) => {
          const labels = names.map((name, i) => `Bilaga ${i + 1} – ${name}`);
          // The second bilaga is missing: its page draws its name, as the kallelse pages draw every line.
          const drawn = [...kallelse.flat(), ...labels.filter((_, i) => i === 1)];
          const { bytes } = await assembleHandlingarPdf({
            title: names[0] ?? "",
            kallelse,
            headings: new Set(["Dagordning"]),
            parts: labels.map((label, i) => ({ label, pdf: i === 1 ? null : bilaga, missingReason: "saknas" })),
          });
          tally.fieldChecks += labels.length + kallelse.flat().length;
          const problems = await problemsOf(bytes, labels, drawn);
          if (problems.length > 0) throw new Error(problems.slice(0, 5).join("; "));
        }),
      RUNS,
    );
    expect(result.escapes).toBe(0);
  }, 300_000);
});
