/**
 * GET /drives/{d}/items/{id}/content?format=pdf as Graph answers it, converted by LibreOffice (`soffice --headless
 * --convert-to pdf`). What Graph cannot convert answers 406 notSupported; a conversion that fails answers 500 with an
 * OData error. The route runs synchronously (the router is synchronous), so results are cached by content.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DemoDriveItem } from "./data-types";
import { GraphHttpError } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import type { RouteContext } from "./route-context";

/** Source formats Graph converts to PDF (driveItem get content format, v1.0). */
export const PDF_SOURCE_EXTENSIONS = new Set([
  "doc", "docx", "dot", "dotx", "dotm", "dsn", "dwg", "eml", "epub", "htm", "html", "markdown", "msg",
  "odp", "ods", "odt", "pps", "ppsx", "ppt", "pptx", "rtf", "tif", "tiff", "xls", "xlsm", "xlsx",
]);

const SOFFICE_TIMEOUT_MS = 120_000;
const cache = new Map<string, Buffer>();
let profileDir: string | null = null;

/** The LibreOffice command; DEMO_SOFFICE names another (tests point it at a missing one to see Graph's failure). */
function sofficeCommand(): string {
  return process.env.DEMO_SOFFICE ?? "soffice";
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** Converts bytes of a file with the given extension to PDF with LibreOffice; throws a 500 GraphHttpError on failure. */
export function convertToPdf(bytes: Buffer, extension: string): Buffer {
  const key = createHash("sha256").update(extension).update(bytes).digest("hex");
  const cached = cache.get(key);
  if (cached) return cached;
  // One profile per server process: LibreOffice locks its profile, and other processes on the machine run it too.
  profileDir ??= mkdtempSync(join(tmpdir(), "demo-soffice-profile-"));
  const work = mkdtempSync(join(tmpdir(), "demo-convert-"));
  try {
    const input = join(work, `source.${extension}`);
    writeFileSync(input, bytes);
    const run = spawnSync(
      sofficeCommand(),
      [`-env:UserInstallation=file://${profileDir}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, input],
      { timeout: SOFFICE_TIMEOUT_MS, encoding: "utf8" },
    );
    let pdf: Buffer;
    try {
      pdf = readFileSync(join(work, "source.pdf"));
    } catch {
      const why = run.error ? run.error.message : (run.stderr || run.stdout || `exit ${String(run.status)}`).trim();
      throw new GraphHttpError(500, "generalException", `The file could not be converted to PDF: ${why.slice(0, 200)}`);
    }
    if (!pdf.subarray(0, 5).equals(Buffer.from("%PDF-"))) throw new GraphHttpError(500, "generalException", "The converted file is not a PDF.");
    cache.set(key, pdf);
    return pdf;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Answers a content request with a `format` parameter for a file. */
export function convertedContent(ctx: RouteContext, item: DemoDriveItem): GraphResponse {
  const format = (ctx.query.get("format") ?? "").toLowerCase();
  const extension = extensionOf(item.name);
  if (format !== "pdf") throw new GraphHttpError(406, "notSupported", `Conversion to '${format}' is not supported.`);
  if (!PDF_SOURCE_EXTENSIONS.has(extension)) {
    throw new GraphHttpError(406, "notSupported", `Conversion from '${extension || "(none)"}' to 'pdf' is not supported.`);
  }
  const pdf = convertToPdf(ctx.store.fileBytes(item), extension);
  return { status: 200, headers: { "Content-Type": "application/pdf", "Content-Length": String(pdf.length) }, bytes: pdf };
}
