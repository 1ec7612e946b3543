/**
 * Multi-step agenda changes interrupted after every possible write, and two panes racing, checked through the demo
 * tenant afterwards: rows counted, numbers 1..N as shown, every bilaga with its item, the order before or after.
 */
import type { AgendaItemRecord, AgendaStore, DocumentStore, FileRecord, MeetingRef, Services } from "../../src/core";
import type { DemoTenant } from "../../src/demo-tenant/server";
import type { AgendaDeps } from "../../src/app/agendaOps";

/** What a reader sees of the agenda, through the product's own read path. */
export interface Shown {
  /** Item ids in agenda order. */
  order: string[];
  /** Numbers as shown. */
  numbers: number[];
  /** Bilagor (file ids, sorted) per item id. */
  bilagor: Record<string, string[]>;
  unassigned: string[];
  /** Rows of the meeting in the list, counted in the tenant's data. */
  rows: number;
  records: AgendaItemRecord[];
  files: FileRecord[];
  folderId: string;
}

/** Reads the agenda as a pane would, and counts the meeting's rows in the tenant. */
export async function shown(tenant: DemoTenant, services: Services, ref: MeetingRef): Promise<Shown> {
  const view = await services.meetings.loadMeetingView(ref);
  if (view.agenda.state !== "ready" || view.folder.state !== "ready" || view.folder.value === null) throw new Error("agenda or folder not readable");
  const items = view.agenda.value.items;
  const bilagor: Record<string, string[]> = {};
  for (const item of items) bilagor[item.id] = item.attachments.map((a) => a.fileId).sort();
  const rows = tenant.state().sites[0]!.lists.find((l) => l.name === "Dagordning")!.items.filter((i) => i.fields.MeetingKey === ref.key).length;
  return {
    order: items.map((i) => i.id),
    numbers: items.map((i) => i.number),
    bilagor,
    unassigned: view.agenda.value.unassignedFiles.map((f) => f.id).sort(),
    rows,
    records: items,
    files: await services.documents.listFiles(view.folder.value.id),
    folderId: view.folder.value.id,
  };
}

/** Thrown where a change was cut off. */
export class Interrupted extends Error {}

/** How a change is cut off before its next write: the pane closes, the write fails on the wire, the tenant restarts. */
export type Cut = "pane" | "wire" | "restart";

/**
 * The stores with a count of writes; before write number `allowed` + 1 the change is cut: `stop` runs (injecting
 * faults or restarting the tenant) and the write either is not sent ("pane", "restart") or fails for real ("wire").
 */
export function cutAfter(deps: AgendaDeps, allowed: number, cut: Cut, stop: () => Promise<void>): AgendaDeps & { writes: () => number } {
  let writes = 0;
  const guard = async <T>(write: () => Promise<T>): Promise<T> => {
    if (writes >= allowed) {
      await stop();
      if (cut === "wire") await write();
      throw new Interrupted(`cut (${cut}) before write ${writes + 1}`);
    }
    writes += 1;
    return write();
  };
  const agenda: AgendaStore = {
    ...deps.agenda,
    create: (key, draft, sortKey) => guard(() => deps.agenda.create(key, draft, sortKey)),
    update: (id, etag, draft) => guard(() => deps.agenda.update(id, etag, draft)),
    setOrder: (id, etag, sortKey) => guard(() => deps.agenda.setOrder(id, etag, sortKey)),
    remove: (id, etag) => guard(() => deps.agenda.remove(id, etag)),
  };
  const documents: DocumentStore = {
    ...deps.documents,
    upload: (folderId, name, content, itemId) => guard(() => deps.documents.upload(folderId, name, content, itemId)),
    setItemId: (fileId, itemId) => guard(() => deps.documents.setItemId(fileId, itemId)),
  };
  return { agenda, documents, writes: () => writes };
}

/** The problems of a state against the invariants every reader relies on. */
export function invariantProblems(state: Shown): string[] {
  const problems: string[] = [];
  const expected = state.order.map((_, i) => i + 1);
  if (state.numbers.join() !== expected.join()) problems.push(`numbers ${state.numbers.join(",")} are not 1..${state.order.length}`);
  if (state.rows !== state.order.length) problems.push(`${state.rows} rows but ${state.order.length} items shown`);
  const files = [...Object.values(state.bilagor).flat(), ...state.unassigned];
  if (new Set(files).size !== files.length) problems.push("a file is listed twice");
  return problems;
}

/** Bilagor per item, for comparing two states (only the items both have). */
export function sameBilagor(a: Shown, b: Shown, ids: readonly string[]): boolean {
  return ids.every((id) => (a.bilagor[id] ?? []).join() === (b.bilagor[id] ?? []).join());
}
