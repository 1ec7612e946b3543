/** DocumentStore over the library "Möteshandlingar": folders by MeetingKey, files with ItemId, uploads that never overwrite. */
import { folderName } from "../../core";
import type { DocumentStore, MeetingFolderRef, UploadResult, FileRecord, Folder } from "../../core";
import type { GraphContext } from "./context";
import { collect } from "./context";
import { GraphError, isGraphError } from "./errors";
import { PAGE } from "./meeting-view";
import { driveItem, folderByName, query, segment } from "./paths";
import { childrenQuery, folderByKeyRequest, folderColumns, toKeyedFolders } from "./meeting-folder";
import { isFolderItem, toFileRecord, toFolder } from "./parse/drive";
import { runBatch } from "./batch";
import { asObject, optString } from "./parse/guards";
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

/** How many "(n)" folder names ensureFolder tries when the name is another meeting's folder. */
const MAX_FOLDER_ATTEMPTS = 20;

/** Graph-backed DocumentStore. */
export function createDocumentStore(ctx: GraphContext): DocumentStore {
  const drive = ctx.paths.libraryDrive;

  /** The folder whose MeetingKey is `key` (the first made, should there be two); null when none carries it. */
  async function folderByKey(key: string): Promise<{ folder: Folder; meetingStartUtc: string | null } | null> {
    const request = folderByKeyRequest(ctx, "folder", key);
    const body = await ctx.http.json({ method: "GET", path: request.url });
    const found = toKeyedFolders(await collect(ctx, body, "meeting folders"))[0];
    return found ? { folder: found.folder, meetingStartUtc: found.meetingStartUtc } : null;
  }

  /** The folder with this name and the MeetingKey it carries; null when there is none. */
  async function folderByNameWithKey(name: string): Promise<{ folder: Folder; meetingKey: string | null } | null> {
    try {
      const raw = await ctx.http.json({
        method: "GET",
        path: `${folderByName(ctx.paths, name)}${query({ $select: "id,name,webUrl,folder", $expand: "listItem($expand=fields($select=MeetingKey,MeetingStart))" })}`,
      });
      const listItem = (raw as { listItem?: unknown }).listItem;
      return { folder: toFolder(raw), meetingKey: listItem === undefined ? null : folderColumns(listItem).meetingKey };
    } catch (error) {
      if (isGraphError(error) && error.code === "notFound") return null;
      throw error;
    }
  }

  /** Writes the meeting's key and start onto the folder's row, so it is found by key and counted from now on. */
  async function stamp(folderId: string, meeting: MeetingFolderRef): Promise<void> {
    await ctx.http.json({ method: "PATCH", path: `${driveItem(ctx.paths, folderId)}/listItem/fields`, body: { MeetingKey: meeting.key, MeetingStart: meeting.startUtc } });
  }

  /** Creates the folder `name`; null when the name is taken (by a folder made meanwhile, or by a file). */
  async function create(name: string): Promise<Folder | null> {
    try {
      return toFolder(await ctx.http.json({ method: "POST", path: `${drive}/root/children`, body: { name, folder: {}, "@microsoft.graph.conflictBehavior": "fail" } }));
    } catch (error) {
      if (!isGraphError(error) || error.code !== "conflict") throw error;
      return null;
    }
  }

  async function ensureFolder(meeting: MeetingFolderRef): Promise<Folder> {
    const keyed = await folderByKey(meeting.key);
    if (keyed !== null) {
      // A meeting moved since: its folder keeps its name, and its start follows so the numbers stay right.
      if (keyed.meetingStartUtc === null || Date.parse(keyed.meetingStartUtc) !== Date.parse(meeting.startUtc)) await stamp(keyed.folder.id, meeting);
      return keyed.folder;
    }
    const base = folderName(meeting.startUtc, meeting.subject);
    let n = 1;
    for (let attempt = 1; attempt <= MAX_FOLDER_ATTEMPTS; attempt++) {
      const name = n === 1 ? base : `${base} (${n})`;
      const existing = await folderByNameWithKey(name);
      if (existing !== null) {
        // An older folder without the column is this meeting's (its name says so): stamp it. A folder carrying
        // another key belongs to another meeting that shares date and subject: never ours, try the next name.
        if (existing.meetingKey !== null && existing.meetingKey !== meeting.key) {
          n++;
          continue;
        }
        await stamp(existing.folder.id, meeting);
        return existing.folder;
      }
      const created = await create(name);
      // Taken between our look and our create: the next attempt looks at the same name again.
      if (created === null) continue;
      // Interrupted before the stamp, the folder is found by its name next time and stamped then.
      await stamp(created.id, meeting);
      return created;
    }
    throw new GraphError("conflict", `no free folder name for ${base} after ${MAX_FOLDER_ATTEMPTS} attempts`);
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

  async function setItemId(fileId: string, itemId: string): Promise<void> {
    await ctx.http.json({ method: "PATCH", path: `${driveItem(ctx.paths, fileId)}/listItem/fields`, body: { ItemId: itemId } });
  }

  return {
    ensureFolder,

    async listFiles(folderId) {
      const body = await ctx.http.json({
        method: "GET",
        path: `${driveItem(ctx.paths, folderId)}/children${childrenQuery(PAGE.children)}`,
      });
      return (await collect(ctx, body, "folder children")).filter((raw) => !isFolderItem(raw)).map(toFileRecord);
    },

    async upload(folderId, name, content, itemId): Promise<UploadResult> {
      for (let n = 1; n <= MAX_NAME_ATTEMPTS; n++) {
        const tryName = candidateName(name, n);
        let file: FileRecord;
        try {
          // conflictBehavior=fail: an existing file is never replaced; 409 sends us on to the next free name.
          file = toFileRecord(
            await ctx.http.json({
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
        if (itemId !== null) {
          await setItemId(file.id, itemId);
          file = { ...file, itemId };
        }
        return { file, renamed: n > 1 };
      }
      throw new GraphError("conflict", `no free name for ${name} after ${MAX_NAME_ATTEMPTS} attempts`);
    },

    setItemId,

    async download(fileId) {
      return ctx.http.bytes(`${driveItem(ctx.paths, fileId)}/content`);
    },

    async readByPath(path) {
      const segments = path.split("/").map((part) => part.trim()).filter((part) => part !== "");
      if (segments.length === 0) return null;
      try {
        return await ctx.http.bytes(`${drive}/root:/${segments.map(segment).join("/")}:/content`);
      } catch (error) {
        if (isGraphError(error) && error.code === "notFound") return null;
        throw error;
      }
    },

    async downloadPdf(fileId) {
      return ctx.http.bytes(`${driveItem(ctx.paths, fileId)}/content${query({ format: "pdf" })}`);
    },

    async viewLinks(fileIds) {
      // "existingAccess": a short link that opens only for people who can already read the file; it shares nothing.
      const requests = fileIds.map((id, i) => ({
        id: `link${i}`,
        method: "POST" as const,
        url: `${driveItem(ctx.paths, id)}/createLink`,
        body: { type: "view", scope: "existingAccess" },
      }));
      const links = new Map<string, string>();
      if (requests.length === 0) return links;
      const outcomes = await runBatch(ctx.http, requests, ctx.policy);
      fileIds.forEach((id, i) => {
        const outcome = outcomes.get(`link${i}`);
        if (!outcome?.ok) return;
        try {
          const link = asObject(asObject(outcome.body, "permission").link, "permission.link");
          const url = optString(link, "webUrl", "permission.link");
          if (url !== null) links.set(id, url);
        } catch {
          // A malformed answer leaves this file with its full address.
        }
      });
      return links;
    },

    async replaceContent(fileId, etag, content) {
      const path = `${driveItem(ctx.paths, fileId)}/content`;
      try {
        return toFileRecord(
          await ctx.http.json({
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
