/** Drive items of "Möteshandlingar" to FileRecord and Folder. */
import type { RowProblem, FileRecord, Folder } from "../../../core";
import { instantToUtcIso } from "./datetime";
import { asObject, invalid, optObject, optString, reqNonEmpty, reqNumber } from "./guards";
import { optItemNumber } from "./agenda-item";

/** True when the drive item is a folder (has the folder facet). */
export function isFolderItem(raw: unknown): boolean {
  return typeof raw === "object" && raw !== null && typeof (raw as { folder?: unknown }).folder === "object" && (raw as { folder?: unknown }).folder !== null;
}

/** Graph driveItem (file, with listItem fields expanded when available) to FileRecord. */
export function toFileRecord(raw: unknown): FileRecord {
  const o = asObject(raw, "driveItem");
  if (!optObject(o, "file", "driveItem")) throw invalid("driveItem is not a file");
  const listItem = optObject(o, "listItem", "driveItem");
  const fields = listItem ? optObject(listItem, "fields", "driveItem.listItem") : null;
  // The file's own columns are edited by hand in the library: a bad one is left out and named, the file is kept.
  const problems: RowProblem[] = [];
  let itemNumber: number | null = null;
  try {
    itemNumber = optItemNumber(fields?.ItemNumber, "driveItem.listItem.fields.ItemNumber");
  } catch {
    problems.push({ code: "badField", field: "ItemNumber" });
  }
  // ItemId is a text column (a list item id); a number column holding the id is read the same way.
  let rawItemId = fields?.ItemId;
  if (rawItemId !== undefined && rawItemId !== null && typeof rawItemId !== "string" && typeof rawItemId !== "number") {
    problems.push({ code: "badField", field: "ItemId" });
    rawItemId = null;
  }
  const itemId = rawItemId === undefined || rawItemId === null || String(rawItemId).trim() === "" ? null : String(rawItemId).trim();
  let lastModifiedUtc: string | null = null;
  try {
    const modified = optString(o, "lastModifiedDateTime", "driveItem");
    lastModifiedUtc = modified === null ? null : instantToUtcIso(modified, "driveItem.lastModifiedDateTime");
  } catch {
    problems.push({ code: "badField", field: "lastModifiedDateTime" });
  }
  let size = 0;
  try {
    size = reqNumber(o, "size", "driveItem");
    if (size < 0) throw invalid("driveItem.size is negative");
  } catch {
    size = 0;
    problems.push({ code: "badField", field: "size" });
  }
  const record: FileRecord = {
    id: reqNonEmpty(o, "id", "driveItem"),
    name: reqNonEmpty(o, "name", "driveItem"),
    webUrl: reqNonEmpty(o, "webUrl", "driveItem"),
    size,
    itemId,
    itemNumber,
    etag: optString(o, "eTag", "driveItem"),
    lastModifiedUtc,
  };
  return problems.length === 0 ? record : { ...record, problems };
}

/** Graph driveItem (folder) to Folder. */
export function toFolder(raw: unknown): Folder {
  const o = asObject(raw, "driveItem");
  if (!isFolderItem(o)) throw invalid("driveItem is not a folder");
  return { id: reqNonEmpty(o, "id", "driveItem"), name: reqNonEmpty(o, "name", "driveItem"), webUrl: reqNonEmpty(o, "webUrl", "driveItem") };
}
