/**
 * The meeting folders in "Möteshandlingar" as list items: a folder is found by its MeetingKey column, never by its
 * name, and its MeetingStart column lets every member count the group's meetings (DESIGN §4).
 */
import { DOCUMENT_LIBRARY, selectOf } from "../../core";
import type { Folder } from "../../core";
import type { BatchRequest } from "./batch";
import type { GraphContext } from "./context";
import { odataString, query } from "./paths";
import { toFolder } from "./parse/drive";
import { asObject, optObject, optString } from "./parse/guards";
import { instantToUtcIso } from "./parse/datetime";

/** Folders of one meeting, and of one year, hold far fewer rows than this: one page answers. */
const FOLDER_PAGE = 500;

/** The columns a meeting folder carries. */
export const FOLDER_FIELDS = selectOf(DOCUMENT_LIBRARY, ["MeetingKey", "MeetingStart"]);

/** The columns a file's list item is read with: the item it belongs to, by id, and by number (files added by hand). */
export const FILE_FIELDS = selectOf(DOCUMENT_LIBRARY, ["ItemId", "ItemNumber"]);

/** The children of a folder with the columns that place each file on its item. */
export function childrenQuery(top: number): string {
  return query({ $expand: `listItem($expand=fields($select=${FILE_FIELDS}))`, $top: top });
}

/** A meeting folder with the columns it carries. */
export interface KeyedFolder {
  folder: Folder;
  /** The list item's id (the row), for ordering duplicates. */
  rowId: string;
  meetingKey: string | null;
  meetingStartUtc: string | null;
}

/** The library's list items whose MeetingKey is `key` (the folder, and any file stamped with it), with their drive items. */
export function folderByKeyRequest(ctx: GraphContext, id: string, key: string): BatchRequest {
  return {
    id,
    method: "GET",
    url: `${ctx.paths.libraryItems}${query({
      $filter: `fields/MeetingKey eq ${odataString(key)}`,
      $expand: `fields($select=${FOLDER_FIELDS}),driveItem($select=id,name,webUrl,folder)`,
      $top: FOLDER_PAGE,
    })}`,
  };
}

/**
 * The library's rows whose MeetingStart lies in the Stockholm year `year` (a day's margin each side covers the UTC
 * offset; core keeps only the right local year).
 */
export function foldersOfYearRequest(ctx: GraphContext, id: string, year: number): BatchRequest {
  return {
    id,
    method: "GET",
    url: `${ctx.paths.libraryItems}${query({
      $filter: `fields/MeetingStart ge ${odataString(`${year - 1}-12-31T00:00:00Z`)} and fields/MeetingStart lt ${odataString(`${year + 1}-01-02T00:00:00Z`)}`,
      $expand: `fields($select=${FOLDER_FIELDS})`,
      $top: FOLDER_PAGE,
    })}`,
  };
}

function optStart(fields: Record<string, unknown> | null): string | null {
  const raw = fields?.MeetingStart;
  if (typeof raw !== "string" || raw.trim() === "") return null;
  try {
    return instantToUtcIso(raw.trim(), "MeetingStart");
  } catch {
    return null;
  }
}

/** The columns of one library row (folder or file): MeetingKey and MeetingStart, each null when unset or unreadable. */
export function folderColumns(raw: unknown): { meetingKey: string | null; meetingStartUtc: string | null } {
  const item = asObject(raw, "listItem");
  const fields = optObject(item, "fields", "listItem");
  const key = fields ? optString(fields, "MeetingKey", "listItem.fields") : null;
  return { meetingKey: key === null || key.trim() === "" ? null : key.trim(), meetingStartUtc: optStart(fields) };
}

/** The folders among library rows (files stamped with a key are skipped); duplicates ordered oldest row first. */
export function toKeyedFolders(rows: readonly unknown[]): KeyedFolder[] {
  const folders: KeyedFolder[] = [];
  for (const raw of rows) {
    const item = asObject(raw, "listItem");
    const drive = optObject(item, "driveItem", "listItem");
    if (drive === null || typeof drive.folder !== "object" || drive.folder === null) continue;
    folders.push({ folder: toFolder(drive), rowId: String(item.id ?? ""), ...folderColumns(item) });
  }
  // Two folders with one key (two panes creating it at once): everyone picks the same one, the first made.
  return folders.sort((a, b) => Number(a.rowId) - Number(b.rowId) || a.rowId.localeCompare(b.rowId));
}

/** The meetings counted for the number: MeetingStart by MeetingKey, one start per key (the earliest row's). */
export function groupMeetingStarts(rows: readonly unknown[]): Map<string, string> {
  const starts = new Map<string, string>();
  for (const raw of rows) {
    const { meetingKey, meetingStartUtc } = folderColumns(raw);
    if (meetingKey !== null && meetingStartUtc !== null && !starts.has(meetingKey)) starts.set(meetingKey, meetingStartUtc);
  }
  return starts;
}
