/** Real consumers of a .docx: mammoth (always), LibreOffice --convert-to txt (where installed), and the raw package. */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import mammoth from "mammoth";

/** The document's text as mammoth reads it (paragraphs separated by blank lines). */
export async function mammothText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value;
}

/** The document as mammoth's HTML: headings become h1/h2 only when Word's heading styles are used. */
export async function mammothHtml(bytes: Uint8Array): Promise<{ html: string; warnings: string[] }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return { html: result.value, warnings: result.messages.map((m) => m.message) };
}

const SOFFICE_CANDIDATES = [process.env.SOFFICE_PATH, "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"];

/**
 * The LibreOffice binary, or null when it is not installed. `.ci/run` sets SAMMANTRADE_REQUIRE_LIBREOFFICE, and then
 * a missing LibreOffice is an error: in CI no document test may pass by skipping.
 */
export function sofficePath(): string | null {
  const found = SOFFICE_CANDIDATES.find((p): p is string => p !== undefined && p !== "" && existsSync(p)) ?? null;
  if (found === null && process.env.SAMMANTRADE_REQUIRE_LIBREOFFICE === "1") {
    throw new Error("LibreOffice (soffice) saknas, men krävs i CI: installera libreoffice-writer-nogui (.ci/run gör det).");
  }
  return found;
}

/** The document's text as LibreOffice converts it (`--convert-to txt`); null when LibreOffice is not installed. */
export async function libreOfficeText(bytes: Uint8Array, soffice: string | null = sofficePath()): Promise<string | null> {
  if (soffice === null) return null;
  const dir = await mkdtemp(path.join(tmpdir(), "protokoll-lo-"));
  try {
    const input = path.join(dir, "utkast.docx");
    await writeFile(input, bytes);
    // A private profile per run: parallel suites would otherwise fight over the user's LibreOffice profile lock.
    const args = ["--headless", "--norestore", `-env:UserInstallation=file://${path.join(dir, "profile")}`, "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, input];
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, args, { timeout: 120_000 }, (error) => (error ? reject(error) : resolve()));
    });
    return await readFile(path.join(dir, "utkast.txt"), "utf8");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The document as LibreOffice lays it out and prints it to PDF; null when LibreOffice is not installed. */
export async function libreOfficePdf(bytes: Uint8Array, soffice: string | null = sofficePath()): Promise<Uint8Array | null> {
  if (soffice === null) return null;
  const dir = await mkdtemp(path.join(tmpdir(), "protokoll-pdf-"));
  try {
    const input = path.join(dir, "utkast.docx");
    await writeFile(input, bytes);
    const args = ["--headless", "--norestore", `-env:UserInstallation=file://${path.join(dir, "profile")}`, "--convert-to", "pdf:writer_pdf_Export", "--outdir", dir, input];
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, args, { timeout: 120_000 }, (error) => (error ? reject(error) : resolve()));
    });
    return new Uint8Array(await readFile(path.join(dir, "utkast.pdf")));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs a poppler tool (pdftotext, pdftoppm, pdfimages) on a PDF in a scratch folder; returns stdout and the files it wrote. */
export async function poppler(tool: string, pdf: Uint8Array, args: string[]): Promise<{ stdout: string; files: Map<string, Buffer> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "protokoll-poppler-"));
  try {
    const input = path.join(dir, "in.pdf");
    await writeFile(input, pdf);
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(tool, [...args.map((a) => a.replace("{in}", input).replace("{out}", path.join(dir, "out")))], { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, out) => (error ? reject(error) : resolve(out)));
    });
    const files = new Map<string, Buffer>();
    for (const name of (await readdir(dir)).filter((n) => n.startsWith("out"))) files.set(name, await readFile(path.join(dir, name)));
    return { stdout, files };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One XML part of the package, e.g. "word/document.xml". */
export async function packagePart(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (file === null) throw new Error(`${part} saknas i paketet`);
  return file.async("string");
}

/** Paragraph texts in document order (lines of mammoth's text, blank ones dropped). */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
