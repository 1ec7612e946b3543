/** Serves files' webUrl without a token (as SharePoint does after sign-in), so a click on a bilaga opens the real PDF/DOCX. */
import type { DemoSite } from "./data-types";
import { safeDecode } from "./odata";
import { mimeOf } from "./sharepoint-json";
import { resolveShareLink } from "./routes-share-link";
import { childrenOf, rootOf, walkPath, webUrlOf } from "./sharepoint-model";
import type { DriveRef } from "./sharepoint-model";
import type { DemoStore } from "./store";

/** A plain HTTP answer (not a Graph one). */
export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  bytes: Buffer;
}

/** Escapes text for HTML element and attribute content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

function html(status: number, title: string, bodyHtml: string): PlainResponse {
  const page = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${bodyHtml}</body></html>`;
  return { status, headers: { "Content-Type": "text/html; charset=utf-8" }, bytes: Buffer.from(page, "utf8") };
}

function folderPage(store: DemoStore, origin: string, ref: DriveRef, folderId: string, title: string): PlainResponse {
  const items = childrenOf(ref, folderId)
    .map((i) => `<li><a href="${escapeHtml(webUrlOf(origin, ref, i))}">${escapeHtml(i.name)}</a></li>`)
    .join("");
  return html(200, title, items === "" ? "<p>Mappen är tom.</p>" : `<ul>${items}</ul>`);
}

function sitePage(origin: string, site: DemoSite): PlainResponse {
  const libs = site.lists
    .filter((l) => l.drive)
    .map((l) => `<li><a href="${escapeHtml(`${origin}${site.path}/${encodeURIComponent(l.name)}`)}">${escapeHtml(l.displayName)}</a></li>`)
    .join("");
  return html(200, site.displayName, `<ul>${libs}</ul>`);
}

function driveRefs(store: DemoStore): DriveRef[] {
  return store.current.sites.flatMap((site) => site.lists.flatMap((list) => (list.drive ? [{ site, list, drive: list.drive }] : [])));
}

/** Answers GET on a site URL: a file's bytes, a folder listing, or undefined when the path is not on a demo site. */
export function serveSiteFile(store: DemoStore, origin: string, rawPath: string): PlainResponse | undefined {
  const path = safeDecode(rawPath.split("?")[0] ?? "");
  const shared = resolveShareLink(driveRefs(store), path);
  // A short sharing link redirects to the file, as SharePoint's do after sign-in.
  if (shared) return { status: 302, headers: { Location: webUrlOf(origin, shared.ref, shared.item) }, bytes: Buffer.alloc(0) };
  for (const site of store.current.sites) {
    const prefix = site.path.toLowerCase();
    const lower = path.toLowerCase();
    if (lower !== prefix && lower !== `${prefix}/` && !lower.startsWith(`${prefix}/`)) continue;
    const parts = path.slice(site.path.length).split("/").filter((p) => p !== "");
    const [libName, ...rest] = parts;
    if (libName === undefined) return sitePage(origin, site);
    const list = site.lists.find((l) => l.drive && l.name.toLowerCase() === libName.toLowerCase());
    if (!list || !list.drive) return html(404, "Sidan hittades inte", "<p>Det finns inget bibliotek med det namnet.</p>");
    const ref: DriveRef = { site, list, drive: list.drive };
    const item = walkPath(ref, rootOf(ref), rest.join("/"));
    if (!item) return html(404, "Filen hittades inte", "<p>Filen kan ha flyttats eller tagits bort.</p>");
    if (item.kind === "folder") return folderPage(store, origin, ref, item.id, item.parentId === null ? list.displayName : item.name);
    const bytes = store.fileBytes(item);
    return {
      status: 200,
      headers: {
        "Content-Type": item.mimeType ?? mimeOf(item.name),
        "Content-Length": String(bytes.length),
        "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(item.name)}`,
        "X-Content-Type-Options": "nosniff",
      },
      bytes,
    };
  }
  return undefined;
}
