/** Size of the JavaScript a page loads before its first view: the scripts its HTML references, not async chunks. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** One initial script with its raw and gzip size in bytes. */
export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Initial JavaScript of one page. */
export interface PageScripts {
  page: string;
  scripts: ScriptSize[];
  totalBytes: number;
  totalGzipBytes: number;
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTR = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) out.set((m[1] ?? "").toLowerCase(), m[2] ?? m[3] ?? m[4] ?? "");
  return out;
}

/** The script URLs an HTML page loads up front (script src, and preloaded scripts), in document order, without duplicates. */
export function initialScriptUrls(html: string): string[] {
  const urls: string[] = [];
  // Inline script bodies and comments are not markup: drop them so a string like "<script src=x>" is not counted.
  const markup = html.replace(/<!--[\s\S]*?-->/g, "").replace(/(<script\b[^>]*>)[\s\S]*?<\/script\s*>/gi, "$1</script>");
  for (const m of markup.matchAll(TAG)) {
    const attrs = attributes(m[2] ?? "");
    const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const isScript = (m[1] ?? "").toLowerCase() === "script";
    const url = isScript ? attrs.get("src") : rel.includes("modulepreload") || (rel.includes("preload") && attrs.get("as") === "script") ? attrs.get("href") : undefined;
    if (url) urls.push(url);
  }
  return [...new Set(urls)];
}

/** Gzip size as served by a typical static host (level 9, like size-limit and gzip-size). */
export function gzipBytes(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Maps a script URL of a page in distDir to its file; only same-origin paths are measurable, others throw. */
export function scriptFile(distDir: string, pageFile: string, url: string): string {
  if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url)) throw new Error(`${pageFile} loads a script from another origin (${url}); its size cannot be measured from dist`);
  const rel = decodeURIComponent(url.split(/[?#]/)[0] ?? url);
  const root = path.resolve(distDir);
  const file = rel.startsWith("/") ? path.join(root, rel) : path.resolve(path.dirname(path.join(root, pageFile)), rel);
  if (!file.startsWith(root + path.sep)) throw new Error(`${url} points outside ${distDir}`);
  return file;
}

/** Measures the initial scripts of `pageFile` (e.g. "teams.html") in a built dist directory. */
export async function measurePageScripts(distDir: string, pageFile: string): Promise<PageScripts> {
  const html = await readFile(path.join(distDir, pageFile), "utf8");
  const urls = initialScriptUrls(html);
  if (urls.length === 0) throw new Error(`${pageFile} in ${distDir} references no script: is it a built page?`);
  return measureScriptUrls(distDir, pageFile, urls);
}

/** Raw and gzip size of script URLs a page fetched (e.g. before its first view), as served from distDir. */
export async function measureScriptUrls(distDir: string, pageFile: string, urls: string[]): Promise<PageScripts> {
  const scripts = await Promise.all(
    [...new Set(urls)].map(async (url): Promise<ScriptSize> => {
      const file = scriptFile(distDir, pageFile, url);
      const content = await readFile(file);
      return { file: path.relative(distDir, file), bytes: content.length, gzipBytes: gzipBytes(content) };
    }),
  );
  return {
    page: pageFile,
    scripts,
    totalBytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    totalGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
  };
}
