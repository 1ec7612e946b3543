/** The demo tenant's working copy: loaded from a data file, changed in memory, optionally persisted to .demo-work/ (never the source). */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { DemoData, DemoUser, DemoVersioned } from "./data-types";

/** Default data: Familjen Helsingborg's kommundirektörsgrupp. */
export const DEFAULT_DATA_PATH = resolve(__dirname, "data", "default.json");

/** Loads and minimally checks a data file. */
export function loadDataFile(path: string): DemoData {
  const data = JSON.parse(readFileSync(path, "utf8")) as DemoData;
  if (data.version !== 1 || !Array.isArray(data.users) || !Array.isArray(data.sites) || !Array.isArray(data.events)) {
    throw new Error(`${path} is not a demo tenant data file (version 1 with users, events, sites)`);
  }
  return data;
}

/** Holds the working copy and knows where its files live. */
export class DemoStore {
  private data: DemoData;
  private readonly workPath: string | undefined;

  constructor(
    readonly sourcePath: string,
    persistDir?: string,
    /** Start every site without lists or libraries (a site before `npm run provision`). */
    private readonly emptySites = false,
  ) {
    this.workPath = persistDir === undefined ? undefined : join(persistDir, basename(sourcePath) + (emptySites ? ".empty" : ""));
    this.data = this.workPath !== undefined && existsSync(this.workPath) ? loadDataFile(this.workPath) : this.fromSource();
  }

  private fromSource(): DemoData {
    const data = loadDataFile(this.sourcePath);
    if (this.emptySites) for (const site of data.sites) site.lists = [];
    return data;
  }

  /** The live working copy (routes mutate it, then call saved()). */
  get current(): DemoData {
    return this.data;
  }

  /** Folder that relative content paths are resolved against. */
  get dataDir(): string {
    return dirname(this.sourcePath);
  }

  /** Reloads from the source file, discarding all writes. */
  reset(): void {
    this.data = this.fromSource();
    this.saved();
  }

  /** Called after every write: persists the working copy when persistence is on. */
  saved(): void {
    if (this.workPath === undefined) return;
    mkdirSync(dirname(this.workPath), { recursive: true });
    writeFileSync(this.workPath, JSON.stringify(this.data, null, 2));
  }

  /** Finds a user by id, mail or UPN (case-insensitive). */
  findUser(idOrMail: string): DemoUser | undefined {
    const key = idOrMail.toLowerCase();
    return this.data.users.find((u) => u.id.toLowerCase() === key || u.mail.toLowerCase() === key || (u.userPrincipalName ?? "").toLowerCase() === key);
  }

  /** Reads a file's bytes (inline base64 or a path relative to the data file). */
  fileBytes(item: { contentBase64?: string; contentPath?: string }): Buffer {
    if (item.contentBase64 !== undefined) return Buffer.from(item.contentBase64, "base64");
    if (item.contentPath !== undefined) return readFileSync(resolve(this.dataDir, item.contentPath));
    return Buffer.alloc(0);
  }
}

/** SharePoint-style eTag: "{GUID},version" in quotes. */
export function etagOf(v: DemoVersioned): string {
  return `"{${v.guid.toUpperCase()}},${v.version}"`;
}

/** Compares an If-Match header with an object's eTag; '*' matches anything, quotes/braces/W/ are ignored. */
export function etagMatches(ifMatch: string | undefined, v: DemoVersioned): boolean {
  if (ifMatch === undefined || ifMatch.trim() === "*") return true;
  const norm = (s: string) => s.trim().replace(/^W\//, "").replace(/["{}]/g, "").toLowerCase();
  return norm(ifMatch) === norm(etagOf(v));
}

/** Marks a write: bumps the version (new eTag) and the modification time. */
export function touch(v: DemoVersioned, by: string): void {
  v.version += 1;
  v.modifiedUtc = nowIso();
  v.modifiedBy = by;
}

/** Fresh version metadata for a created object. */
export function newVersioned(by: string): DemoVersioned {
  const now = nowIso();
  return { guid: randomUUID(), version: 1, createdUtc: now, modifiedUtc: now, createdBy: by, modifiedBy: by };
}

/** Now, as Graph writes it (seconds precision, Z). */
export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
}
