/** Graph JSON for sites, lists, list items, fieldValueSets, drives and driveItems. */
import type { DemoDriveItem, DemoList, DemoSite, DemoVersioned } from "./data-types";
import type { ExpandOption } from "./odata";
import { applySelect } from "./odata";
import type { DriveRef, ListItemRef } from "./sharepoint-model";
import { childrenOf, pathNames, webUrlOf } from "./sharepoint-model";
import type { DemoStore } from "./store";
import { etagOf } from "./store";

function identity(store: DemoStore, mail: string | undefined): Record<string, unknown> {
  const u = mail === undefined ? undefined : store.findUser(mail);
  return { user: u ? { id: u.id, displayName: u.displayName } : { displayName: "Systemkonto" } };
}

function audit(store: DemoStore, v: DemoVersioned): Record<string, unknown> {
  return { createdBy: identity(store, v.createdBy), lastModifiedBy: identity(store, v.modifiedBy ?? v.createdBy) };
}

/** A site. */
export function siteJson(origin: string, site: DemoSite): Record<string, unknown> {
  return {
    id: site.id,
    name: site.name,
    displayName: site.displayName,
    description: site.description ?? "",
    webUrl: `${origin}${site.path}`,
    createdDateTime: site.createdUtc,
    lastModifiedDateTime: site.createdUtc,
    siteCollection: { hostname: site.hostname },
  };
}

/** A list or library. */
export function listJson(origin: string, site: DemoSite, list: DemoList): Record<string, unknown> {
  const etag = etagOf(list);
  return {
    "@odata.etag": etag,
    id: list.id,
    eTag: etag,
    name: list.name,
    displayName: list.displayName,
    description: "",
    webUrl: list.template === "documentLibrary" ? `${origin}${site.path}/${encodeURIComponent(list.name)}` : `${origin}${site.path}/Lists/${encodeURIComponent(list.name)}`,
    createdDateTime: list.createdUtc,
    lastModifiedDateTime: list.modifiedUtc,
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
}

/** A fieldValueSet: SharePoint omits empty columns, and adds its own bookkeeping fields. */
export function fieldsJson(list: DemoList, ref: ListItemRef, select: string[] | undefined): Record<string, unknown> {
  const etag = etagOf(ref.versioned);
  const out: Record<string, unknown> = { "@odata.etag": etag, id: ref.id, ContentType: ref.driveItem ? (ref.driveItem.kind === "folder" ? "Mapp" : "Dokument") : "Objekt" };
  if (ref.driveItem) out.FileLeafRef = ref.driveItem.name;
  for (const [key, value] of Object.entries(ref.fields)) {
    if (value !== null && value !== "") out[key] = value;
  }
  out.Modified = ref.versioned.modifiedUtc;
  out.Created = ref.versioned.createdUtc;
  out._UIVersionString = `${ref.versioned.version}.0`;
  out.Attachments = false;
  if (!list.drive) out.LinkTitle = ref.fields.Title ?? "";
  return applySelect(out, select, ["id"]);
}

/** A listItem, with fields when $expand=fields asks for them. */
export function listItemJson(store: DemoStore, origin: string, site: DemoSite, list: DemoList, ref: ListItemRef, expand: Map<string, ExpandOption>, driveRef?: DriveRef): Record<string, unknown> {
  const etag = etagOf(ref.versioned);
  const webUrl = ref.driveItem && driveRef ? webUrlOf(origin, driveRef, ref.driveItem) : `${origin}${site.path}/Lists/${encodeURIComponent(list.name)}/${ref.id}_.000`;
  const out: Record<string, unknown> = {
    "@odata.etag": etag,
    createdDateTime: ref.versioned.createdUtc,
    eTag: etag,
    id: ref.id,
    lastModifiedDateTime: ref.versioned.modifiedUtc,
    webUrl,
    ...audit(store, ref.versioned),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: ref.driveItem ? (ref.driveItem.kind === "folder" ? "0x0120" : "0x0101") : "0x01", name: ref.driveItem ? (ref.driveItem.kind === "folder" ? "Mapp" : "Dokument") : "Objekt" },
  };
  const fields = expand.get("fields");
  if (fields) out.fields = fieldsJson(list, ref, fields.select);
  // A library's list item navigates to its driveItem (the file or folder), as Graph's listItem.driveItem does.
  const drive = expand.get("driveItem");
  if (drive && ref.driveItem && driveRef) out.driveItem = driveItemJson(store, origin, driveRef, ref.driveItem, drive.expand, drive.select);
  return out;
}

const MIME: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  txt: "text/plain",
  png: "image/png",
  jpg: "image/jpeg",
};

/** MIME type by file extension, as SharePoint infers it. */
export function mimeOf(name: string): string {
  const ext = name.includes(".") ? (name.split(".").pop() ?? "").toLowerCase() : "";
  return MIME[ext] ?? "application/octet-stream";
}

/** Size in bytes of a file, or the sum below a folder. */
export function sizeOf(store: DemoStore, ref: DriveRef, item: DemoDriveItem): number {
  if (item.kind === "file") return item.size ?? store.fileBytes(item).length;
  return childrenOf(ref, item.id).reduce((sum, c) => sum + sizeOf(store, ref, c), 0);
}

/** A drive. */
export function driveJson(origin: string, ref: DriveRef): Record<string, unknown> {
  return {
    id: ref.drive.id,
    name: ref.drive.name,
    description: "",
    driveType: "documentLibrary",
    webUrl: `${origin}${ref.site.path}/${encodeURIComponent(ref.list.name)}`,
    createdDateTime: ref.list.createdUtc,
    lastModifiedDateTime: ref.list.modifiedUtc,
  };
}

/** A driveItem; listItem (with fields) when expanded. */
export function driveItemJson(store: DemoStore, origin: string, ref: DriveRef, item: DemoDriveItem, expand: Map<string, ExpandOption>, select: string[] | undefined): Record<string, unknown> {
  const etag = etagOf(item);
  const webUrl = webUrlOf(origin, ref, item);
  const parent = item.parentId === null ? undefined : ref.drive.items.find((i) => i.id === item.parentId);
  const parentNames = parent ? pathNames(ref, parent) : [];
  const out: Record<string, unknown> = {
    ...(item.kind === "file" ? { "@microsoft.graph.downloadUrl": webUrl } : {}),
    createdDateTime: item.createdUtc,
    eTag: etag,
    id: item.id,
    lastModifiedDateTime: item.modifiedUtc,
    name: item.parentId === null ? "root" : item.name,
    webUrl,
    cTag: `"c:{${item.guid.toUpperCase()}},${item.version}"`,
    size: sizeOf(store, ref, item),
    ...audit(store, item),
    parentReference: parent
      ? { driveType: "documentLibrary", driveId: ref.drive.id, id: parent.id, name: parent.parentId === null ? ref.list.displayName : parent.name, path: `/drives/${ref.drive.id}/root:${parentNames.map((n) => `/${n}`).join("")}`, siteId: ref.site.id }
      : { driveType: "documentLibrary", driveId: ref.drive.id },
    fileSystemInfo: { createdDateTime: item.createdUtc, lastModifiedDateTime: item.modifiedUtc },
  };
  if (item.kind === "file") out.file = { mimeType: item.mimeType ?? mimeOf(item.name) };
  else out.folder = { childCount: childrenOf(ref, item.id).length };
  if (item.parentId === null) out.root = {};
  const listItem = expand.get("listItem");
  if (listItem && item.parentId !== null) {
    out.listItem = listItemJson(store, origin, ref.site, ref.list, { id: item.listItemId, versioned: item, fields: item.fields, driveItem: item }, listItem.expand, ref);
    if (listItem.select) out.listItem = applySelect(out.listItem as Record<string, unknown>, listItem.select, ["id", "fields"]);
  }
  return applySelect(out, select, ["id", "listItem"]);
}
