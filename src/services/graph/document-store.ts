/** DocumentStore over the library "Möteshandlingar": folders by name, files with ItemNumber, uploads that never overwrite. */
import type { DocumentStore, UploadResult } from "../../core/ports";
import type { FileRecord, Folder } from "../../core/types";
import type { GraphContext } from "./context";
import { collect } from "./context";
import { GraphError, isGraphError } from "./errors";
import type { GraphCall } from "./graph-http";
import { PAGE } from "./meeting-view";
import { driveItem, folderByName, query, segment } from "./paths";
import { isFolderItem, toFileRecord, toFolder } from "./parse/drive";
import { retryWaitSeconds } from "./retry";
import { isAmbiguousFailure, sameBytes } from "./ambiguous";

/** How many "(n)" names an upload tries before giving up. */
export const MAX_NAME_ATTEMPTS = 50;

/** "Budget.pdf" -> "Budget (n).pdf" for n >= 2; n = 1 is the name itself. */
export function candidateName(name: string, n: number): string {
  if (n <= 1) return name;
  const dot = name.lastIndexOf(".");
  // A leading dot (".env") is a name, not an extension.
  if (dot <= 0) return `${name} (${n})`;
  return `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
}

/** Graph-backed DocumentStore. */
export function createDocumentStore(ctx: GraphContext): DocumentStore {
  const drive = ctx.paths.libraryDrive;

  /** Sends a call, retrying throttling ourselves: the SDK's RetryHandler does not repeat binary uploads. */
  async function withRetry(call: GraphCall): Promise<unknown> {
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        return await ctx.http.json(call);
      } catch (error) {
        if (!isGraphError(error) || error.code !== "throttled" || error.status === 504 || attempt >= ctx.policy.maxAttempts) throw error;
        const wait = retryWaitSeconds(ctx.policy, error.retryAfterSeconds, attempt);
        if (waited + wait > ctx.policy.maxTotalWaitSeconds) throw error;
        waited += wait;
        await ctx.policy.sleep(wait * 1000);
      }
    }
  }

  async function findFolder(name: string): Promise<Folder | null> {
    try {
      return toFolder(await ctx.http.json({ method: "GET", path: `${folderByName(ctx.paths, name)}${query({ $select: "id,name,webUrl,folder" })}` }));
    } catch (error) {
      if (isGraphError(error) && error.code === "notFound") return null;
      throw error;
    }
  }

  /** The file at `name` in the folder when its content equals `content`; null when absent, different or unreadable. */
  async function sameFileAt(folderId: string, name: string, content: Uint8Array): Promise<FileRecord | null> {
    try {
      const found = toFileRecord(await ctx.http.json({ method: "GET", path: `${driveItem(ctx.paths, folderId)}:/${segment(name)}:` }));
      if (found.size !== content.length) return null;
      return sameBytes(await ctx.http.bytes(`${driveItem(ctx.paths, found.id)}/content`), content) ? found : null;
    } catch (error) {
      if (!isGraphError(error)) throw error;
      return null;
    }
  }

  async function setItemNumber(fileId: string, itemNumber: number | null): Promise<void> {
    await ctx.http.json({ method: "PATCH", path: `${driveItem(ctx.paths, fileId)}/listItem/fields`, body: { ItemNumber: itemNumber } });
  }

  return {
    async ensureFolder(name) {
      const existing = await findFolder(name);
      if (existing) return existing;
      try {
        return toFolder(
          await ctx.http.json({ method: "POST", path: `${drive}/root/children`, body: { name, folder: {}, "@microsoft.graph.conflictBehavior": "fail" } }),
        );
      } catch (error) {
        // Someone created it between our look and our create: theirs is the folder.
        if (!isGraphError(error) || error.code !== "conflict") throw error;
        const created = await findFolder(name);
        if (!created) throw error;
        return created;
      }
    },

    async listFiles(folderId) {
      const body = await ctx.http.json({
        method: "GET",
        path: `${driveItem(ctx.paths, folderId)}/children${query({ $expand: "listItem($expand=fields($select=ItemNumber))", $top: PAGE.children })}`,
      });
      return (await collect(ctx, body, "folder children")).filter((raw) => !isFolderItem(raw)).map(toFileRecord);
    },

    async upload(folderId, name, content, itemNumber): Promise<UploadResult> {
      for (let n = 1; n <= MAX_NAME_ATTEMPTS; n++) {
        const tryName = candidateName(name, n);
        let file: FileRecord;
        try {
          // conflictBehavior=fail: an existing file is never replaced; 409 sends us on to the next free name.
          file = toFileRecord(
            await withRetry({
              method: "PUT",
              path: `${driveItem(ctx.paths, folderId)}:/${segment(tryName)}:/content${query({ "@microsoft.graph.conflictBehavior": "fail" })}`,
              body: new Blob([content as Uint8Array<ArrayBuffer>]),
              headers: { "Content-Type": "application/octet-stream" },
            }),
          );
        } catch (error) {
          const conflict = isGraphError(error) && error.code === "conflict";
          if (!conflict && !isAmbiguousFailure(error)) throw error;
          // The name is taken, or the answer was lost: if the file there holds exactly our bytes, it is this upload
          // (an earlier attempt whose answer never came), and a "(2)" copy would be a duplicate.
          const same = await sameFileAt(folderId, tryName, content);
          if (same === null) {
            if (conflict) continue;
            throw error;
          }
          file = same;
        }
        if (itemNumber !== null) {
          await setItemNumber(file.id, itemNumber);
          file = { ...file, itemNumber };
        }
        return { file, renamed: n > 1 };
      }
      throw new GraphError("conflict", `no free name for ${name} after ${MAX_NAME_ATTEMPTS} attempts`);
    },

    setItemNumber,

    async download(fileId) {
      return ctx.http.bytes(`${driveItem(ctx.paths, fileId)}/content`);
    },

    async replaceContent(fileId, etag, content) {
      const path = `${driveItem(ctx.paths, fileId)}/content`;
      try {
        return toFileRecord(
          await withRetry({
            method: "PUT",
            path,
            body: new Blob([content as Uint8Array<ArrayBuffer>]),
            headers: { "Content-Type": "application/octet-stream", ...(etag !== null ? { "If-Match": etag } : {}) },
          }),
        );
      } catch (error) {
        const stale = isGraphError(error) && error.code === "conflict";
        if (!stale && !isAmbiguousFailure(error)) throw error;
        // A 412 after a lost answer is our own write (the eTag moved because we wrote): if the file now holds exactly
        // these bytes, the new version is in. Otherwise someone else changed the file: a conflict, never an overwrite.
        const now = toFileRecord(await ctx.http.json({ method: "GET", path: driveItem(ctx.paths, fileId) }));
        if (now.size === content.length && sameBytes(await ctx.http.bytes(path), content)) return now;
        throw error;
      }
    },
  };
}
