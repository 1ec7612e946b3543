/** Reads the demo tenant's working copy for the fault suite's checks: agenda items, folder files, decline effects. */
import type { DemoData, DemoDriveItem, DemoList, DemoListItem } from "../../src/demo-tenant/data-types";
import type { DemoTenant } from "../../src/demo-tenant/server";

function list(data: DemoData, name: string): DemoList {
  const found = data.sites.flatMap((site) => site.lists).find((l) => l.displayName === name || l.name === name);
  if (!found) throw new Error(`no list ${name}`);
  return found;
}

/** The Dagordning items of a meeting. */
export function agendaItems(data: DemoData, key: string): DemoListItem[] {
  return list(data, "Dagordning").items.filter((item) => item.fields.MeetingKey === key);
}

/** The files in a meeting folder (by the folder's name). */
export function folderFiles(data: DemoData, folderName: string): DemoDriveItem[] {
  const drive = list(data, "Möteshandlingar").drive;
  const folder = drive?.items.find((i) => i.kind === "folder" && i.name === folderName);
  if (!drive || !folder) throw new Error(`no folder ${folderName}`);
  return drive.items.filter((i) => i.kind === "file" && i.parentId === folder.id);
}

/** How many times an RSVP action took effect: answered 202, or applied under a lost answer. */
export function rsvpEffects(tenant: DemoTenant, action: "accept" | "decline" | "tentativelyAccept"): number {
  const suffix = `/${action}`;
  return tenant
    .requests()
    .filter((r) => r.method === "POST" && r.path.split("?")[0]!.endsWith(suffix))
    .filter((r) => r.status === 202 || r.fault === "lostResponse").length;
}

/** Faults the tenant injected since the log was cleared (inner batch requests included). */
export function faultsInjected(tenant: DemoTenant): number {
  return tenant.requests().reduce((n, r) => n + (r.fault ? 1 : 0) + (r.batch ?? []).filter((inner) => inner.fault).length, 0);
}
