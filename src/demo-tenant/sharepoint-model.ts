/** Lookups over the demo's SharePoint data: sites, lists, a library's drive and its paths. */
import type { DemoData, DemoDriveItem, DemoFieldValue, DemoList, DemoListItem, DemoSite, DemoVersioned } from "./data-types";

/** A drive together with the list and site that own it. */
export interface DriveRef {
  site: DemoSite;
  list: DemoList;
  drive: NonNullable<DemoList["drive"]>;
}

/** A list item of either kind: a generic list's item, or a library's file/folder. */
export interface ListItemRef {
  id: string;
  versioned: DemoVersioned;
  fields: Record<string, DemoFieldValue>;
  driveItem?: DemoDriveItem;
}

/** Finds a site by its id (case-insensitive). */
export function findSite(data: DemoData, id: string): DemoSite | undefined {
  return data.sites.find((s) => s.id.toLowerCase() === id.toLowerCase());
}

/** Finds a site by hostname and server-relative path ("/sites/kdgrupp"). */
export function findSiteByPath(data: DemoData, hostname: string, path: string): DemoSite | undefined {
  const p = path.replace(/\/+$/, "").toLowerCase();
  return data.sites.find((s) => s.hostname.toLowerCase() === hostname.toLowerCase() && s.path.toLowerCase() === p);
}

/** Finds a list by id, display name or URL name, as Graph accepts ids and titles. */
export function findList(site: DemoSite, key: string): DemoList | undefined {
  const k = key.toLowerCase();
  return site.lists.find((l) => l.id.toLowerCase() === k || l.displayName.toLowerCase() === k || l.name.toLowerCase() === k);
}

/** Finds a drive by id across all sites. */
export function findDrive(data: DemoData, driveId: string): DriveRef | undefined {
  for (const site of data.sites) {
    for (const list of site.lists) {
      if (list.drive && list.drive.id === driveId) return { site, list, drive: list.drive };
    }
  }
  return undefined;
}

/** The drive of a document library, if the list is one. */
export function driveOfList(site: DemoSite, list: DemoList): DriveRef | undefined {
  return list.drive ? { site, list, drive: list.drive } : undefined;
}

/** The drive's root folder. */
export function rootOf(ref: DriveRef): DemoDriveItem {
  const root = ref.drive.items.find((i) => i.parentId === null);
  if (!root) throw new Error(`drive ${ref.drive.id} has no root item`);
  return root;
}

/** Children of a folder, folders first then by name (SharePoint's default view order). */
export function childrenOf(ref: DriveRef, parentId: string): DemoDriveItem[] {
  return ref.drive.items
    .filter((i) => i.parentId === parentId)
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, "sv") : a.kind === "folder" ? -1 : 1));
}

/** Finds a child by name, case-insensitively as SharePoint does. */
export function childByName(ref: DriveRef, parentId: string, name: string): DemoDriveItem | undefined {
  return ref.drive.items.find((i) => i.parentId === parentId && i.name.toLowerCase() === name.toLowerCase());
}

/** Walks "a/b/c" from a folder; undefined when any part is missing. */
export function walkPath(ref: DriveRef, from: DemoDriveItem, relPath: string): DemoDriveItem | undefined {
  let cur: DemoDriveItem | undefined = from;
  for (const name of relPath.split("/").filter((s) => s !== "")) {
    if (!cur) return undefined;
    cur = childByName(ref, cur.id, name);
  }
  return cur;
}

/** Names from the root down to the item (root excluded). */
export function pathNames(ref: DriveRef, item: DemoDriveItem): string[] {
  const names: string[] = [];
  let cur: DemoDriveItem | undefined = item;
  while (cur && cur.parentId !== null) {
    names.unshift(cur.name);
    const parentId: string = cur.parentId;
    cur = ref.drive.items.find((i) => i.id === parentId);
  }
  return names;
}

/** The URL that opens the item in the browser without a token (the demo's stand-in for SharePoint after sign-in). */
export function webUrlOf(origin: string, ref: DriveRef, item: DemoDriveItem): string {
  const parts = [ref.list.name, ...pathNames(ref, item)].map((s) => encodeURIComponent(s));
  return `${origin}${ref.site.path}/${parts.join("/")}`;
}

/** List items of a list: a generic list's items, or a library's files and folders (root excluded). */
export function listItemsOf(list: DemoList): ListItemRef[] {
  if (list.drive) {
    return list.drive.items
      .filter((i) => i.parentId !== null)
      .map((i) => ({ id: i.listItemId, versioned: i, fields: i.fields, driveItem: i }))
      .sort((a, b) => Number(a.id) - Number(b.id));
  }
  return list.items.map((i: DemoListItem) => ({ id: i.id, versioned: i, fields: i.fields }));
}

/** Every item below a folder (for recursive delete). */
export function descendantsOf(items: DemoDriveItem[], id: string): DemoDriveItem[] {
  const out: DemoDriveItem[] = [];
  for (const child of items.filter((i) => i.parentId === id)) out.push(child, ...descendantsOf(items, child.id));
  return out;
}
