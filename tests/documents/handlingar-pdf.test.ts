/**
 * *Handlingar i en PDF* against the demo tenant: the file lands in the meeting's folder, pdftotext reads the kallelse
 * first and then each bilaga's own first words in number order (the Word bilaga converted by the tenant's LibreOffice),
 * there is one bookmark per bilaga, and a second run never replaces the first file.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from "pdf-lib";
import { DEMO_CONFIG } from "../../src/config";
import { buildKallelse, handlingarParts, kallelseParagraphs } from "../../src/core/kallelse";
import type { Agenda } from "../../src/core/types";
import type { DemoData } from "../../src/demo-tenant/data-types";
import { startDemoTenant } from "../../src/demo-tenant/server";
import type { DemoTenant } from "../../src/demo-tenant/server";
import { createServices } from "../../src/services";
import { createHandlingarPdf } from "../../src/app/handlingarPdf";
import type { HandlingarResult } from "../../src/app";
import { loadedDocumentWriters } from "../../src/services/documents/writers";

const DEMO_DATE = "2026-12-11";
const HEADINGS = new Set(["Dagordning", "Handlingar", "Svara på kallelsen"]);

let tenant: DemoTenant;
let services: ReturnType<typeof createServices>;
let agenda: Agenda;
let folderId: string;
let meetingNumber: number | null;
let startUtc: string;
let kallelse: string[][];

/** The text pdftotext reads, white space collapsed. */
export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "handlingar-test-"));
  try {
    writeFileSync(join(dir, "a.pdf"), bytes);
    return execFileSync("pdftotext", [join(dir, "a.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The outline's entries in order: title and the 0-based page each opens. */
export async function outlineOf(bytes: Uint8Array): Promise<{ title: string; page: number }[]> {
  const doc = await PDFDocument.load(bytes);
  const pages = doc.getPages().map((p) => p.ref.toString());
  const outlines = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  const out: { title: string; page: number }[] = [];
  let next = outlines?.get(PDFName.of("First"));
  while (next instanceof PDFRef) {
    const entry = doc.context.lookup(next, PDFDict);
    const title = entry.lookup(PDFName.of("Title"));
    const dest = entry.lookup(PDFName.of("Dest")) as unknown as { get(i: number): unknown };
    out.push({ title: title instanceof PDFHexString ? title.decodeText() : String(title), page: pages.indexOf(String(dest.get(0))) });
    next = entry.get(PDFName.of("Next"));
  }
  return out;
}

function folderFiles(state: DemoData): string[] {
  const drive = state.sites.flatMap((s) => s.lists).find((l) => l.drive)?.drive;
  const folder = drive?.items.find((i) => i.kind === "folder" && i.name.startsWith(DEMO_DATE));
  return (drive?.items ?? []).filter((i) => i.parentId === folder?.id).map((i) => i.name);
}

async function firstWords(fileId: string, name: string): Promise<string> {
  const bytes = await services.documents.download(fileId);
  const text = name.endsWith(".docx") ? (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value : pdfText(bytes);
  return text.replace(/\s+/g, " ").trim().split(" ").slice(0, 4).join(" ");
}

beforeAll(async () => {
  tenant = await startDemoTenant({ port: 0, quiet: true });
  const config = { ...DEMO_CONFIG, graphBaseUrl: tenant.url, sharePointOrigin: tenant.url };
  services = createServices(config, { getToken: () => Promise.resolve(`demo:${config.organizerMailbox}`) });
  const event = tenant.state().events.find((e) => e.startUtc.startsWith(DEMO_DATE));
  if (!event) throw new Error("demodata saknar decembermötet");
  const view = await services.meetings.loadMeetingView({ key: event.iCalUId });
  if (view.agenda.state !== "ready" || view.folder.state !== "ready" || view.folder.value === null) throw new Error("mötet lästes inte");
  agenda = view.agenda.value;
  folderId = view.folder.value.id;
  meetingNumber = view.meetingNumber;
  startUtc = event.startUtc;
  const model = buildKallelse({
    groupName: DEMO_CONFIG.groupName,
    meetingNumber,
    startUtc,
    endUtc: event.endUtc,
    location: event.location,
    online: true,
    agenda,
    contact: view.meeting.organizer,
    issued: { place: "Helsingborg", atUtc: "2026-12-04T09:00:00Z" },
  });
  kallelse = kallelseParagraphs(model, { sharePointOrigin: tenant.url });
}, 30_000);
afterAll(() => tenant.close());

describe("short links (DocumentStore.viewLinks over $batch)", () => {
  it("gives each bilaga a link of at most 100 characters that opens it, and leaves out a file it cannot link", async () => {
    const ids = agenda.items.flatMap((i) => i.attachments.map((a) => a.fileId));
    const links = await services.documents.viewLinks([...ids, "01NOSUCHITEM"]);
    expect([...links.keys()]).toEqual(ids);
    for (const [id, url] of links) {
      expect(url.length).toBeLessThanOrEqual(100);
      const res = await fetch(url, { redirect: "manual" });
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe(agenda.items.flatMap((i) => i.attachments).find((a) => a.fileId === id)?.webUrl);
    }
  });
});

describe("Handlingar i en PDF", () => {
  let first: HandlingarResult;
  let bytes: Uint8Array;

  beforeAll(async () => {
    first = await createHandlingarPdf({ documents: services.documents, writers: loadedDocumentWriters }, { folderId, agenda, meetingNumber, startUtc, kallelse, headings: HEADINGS });
    bytes = await services.documents.download(first.fileId);
  }, 180_000);

  it("lands in the meeting's folder as 'Kallelse med handlingar, möte N-YYYY.pdf' with nothing missing", () => {
    expect(meetingNumber).toBe(11);
    expect(first.fileName).toBe("Kallelse med handlingar, möte 11-2026.pdf");
    expect(first.missing).toEqual([]);
    expect(folderFiles(tenant.state())).toContain(first.fileName);
  });

  it("reads the kallelse first, then each bilaga's own first words in number order", async () => {
    const text = pdfText(bytes);
    const parts = handlingarParts(agenda);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.some((p) => p.source === "convert")).toBe(true);
    let at = text.indexOf("Kallelse till möte 11/2026");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("Helsingborg 4 december 2026")).toBeLessThan(at);
    for (const part of parts) {
      const words = await firstWords(part.fileId, part.fileName);
      expect(words.length).toBeGreaterThan(5);
      const found = text.indexOf(words, at + 1);
      expect({ part: part.label, found: found > at }).toEqual({ part: part.label, found: true });
      at = found;
    }
  });

  it("has one bookmark per bilaga, titled as the kallelse names it, each opening the bilaga's first page in order", async () => {
    const outline = await outlineOf(bytes);
    const parts = handlingarParts(agenda);
    expect(outline.map((o) => o.title)).toEqual(parts.map((p) => p.label));
    const pages = outline.map((o) => o.page);
    expect(pages[0]).toBeGreaterThan(0);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    expect(new Set(pages).size).toBe(pages.length);
  });

  it("never replaces an existing file: a second run gets a new name and leaves the first byte for byte", async () => {
    const again = await createHandlingarPdf({ documents: services.documents, writers: loadedDocumentWriters }, { folderId, agenda, meetingNumber, startUtc, kallelse, headings: HEADINGS });
    // pdf-lib stamps the creation time in whole seconds: a run within the same second makes the very same bytes, and
    // the upload then recognises the file already there (as after a lost answer) instead of adding a duplicate.
    if (again.fileId === first.fileId) expect(again.renamed).toBe(false);
    else {
      expect(again.renamed).toBe(true);
      expect(again.fileName).not.toBe(first.fileName);
    }
    expect(Buffer.from(await services.documents.download(first.fileId)).equals(Buffer.from(bytes))).toBe(true);
  }, 180_000);
});
