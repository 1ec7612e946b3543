/** In-memory record ports with SharePoint's eTag rule (a stale eTag is a conflict) and failures on demand. */
import { ExpectedFailure } from "../../../../src/core";
import type { AgendaItemRecord, AssignmentRow, ErrorCode, ItemRecordFields, MeetingRegisterRow, RecordPorts } from "../../../../src/core";

type Item = AgendaItemRecord & ItemRecordFields;

/** In-memory ports plus handles to look inside and to make the next calls fail. */
export interface MemoryRecord {
  ports: RecordPorts;
  items: Map<string, Item>;
  rows: MeetingRegisterRow[];
  assignments: AssignmentRow[];
  drafts: Map<string, string>;
  /** The next writes of items fail with these codes, in order. */
  failWrites: ErrorCode[];
  writes: Array<{ id: string; fields: Partial<ItemRecordFields> }>;
}

let etagCounter = 0;
const nextEtag = (): string => `"e${++etagCounter}"`;

/** A Dagordning item of the test meeting. */
export function item(id: string, extra: Partial<Item> = {}): Item {
  return {
    id,
    etag: nextEtag(),
    meetingKey: "M1",
    sortKey: Number(id),
    itemNumber: null,
    title: `Punkt ${id}`,
    presenter: "",
    description: `Beskrivning ${id}`,
    proposedDecisions: [`godkänna förslag ${id}`, "lägga informationen till handlingarna"],
    kind: "beslut",
    startTime: null,
    outcome: null,
    decisions: [],
    minutes: "",
    carriedFrom: null,
    ...extra,
  };
}

/** Fresh ports over the given items. */
export function memoryRecord(items: Item[] = [item("1"), item("2"), item("3")]): MemoryRecord {
  const state: MemoryRecord = { ports: undefined as unknown as RecordPorts, items: new Map(items.map((i) => [i.id, i])), rows: [], assignments: [], drafts: new Map(), failWrites: [], writes: [] };
  const stale = (): never => {
    throw new ExpectedFailure("conflict", "412");
  };
  state.ports = {
    register: {
      find: async (key) => state.rows.find((r) => r.meetingKey === key) ?? null,
      listYear: async (year) => state.rows.filter((r) => new Date(r.startUtc).getUTCFullYear() === year),
      ensure: async (fields) => {
        const found = state.rows.find((r) => r.meetingKey === fields.meetingKey);
        if (found) return found;
        const row = { ...fields, id: String(100 + state.rows.length), etag: nextEtag() };
        state.rows.push(row);
        return row;
      },
      update: async (id, etag, fields) => {
        const index = state.rows.findIndex((r) => r.id === id);
        const row = state.rows[index];
        if (!row) throw new ExpectedFailure("notFound");
        if (row.etag !== etag) stale();
        const next = { ...row, ...fields, etag: nextEtag() };
        state.rows[index] = next;
        return next;
      },
    },
    presence: {
      list: async () => [],
      create: async () => {
        throw new Error("not used");
      },
      update: async () => {
        throw new Error("not used");
      },
      remove: async () => undefined,
    },
    assignments: {
      list: async (key) => state.assignments.filter((a) => a.meetingKey === key),
      create: async (fields) => {
        const row = { ...fields, id: String(500 + state.assignments.length), etag: nextEtag() };
        state.assignments.push(row);
        return row;
      },
      update: async (id, etag, fields) => {
        const index = state.assignments.findIndex((a) => a.id === id);
        const row = state.assignments[index];
        if (!row) throw new ExpectedFailure("notFound");
        if (row.etag !== etag) stale();
        const next = { ...row, ...fields, etag: nextEtag() };
        state.assignments[index] = next;
        return next;
      },
      remove: async (id, etag) => {
        const row = state.assignments.find((a) => a.id === id);
        if (!row) throw new ExpectedFailure("notFound");
        if (row.etag !== etag) stale();
        state.assignments = state.assignments.filter((a) => a !== row);
      },
    },
    items: {
      list: async (key) => [...state.items.values()].filter((i) => i.meetingKey === key),
      get: async (id) => {
        const found = state.items.get(id);
        if (!found) throw new ExpectedFailure("notFound");
        return { ...found, decisions: [...found.decisions] };
      },
      updateRecord: async (id, etag, fields) => {
        const code = state.failWrites.shift();
        if (code !== undefined) throw new ExpectedFailure(code);
        const found = state.items.get(id);
        if (!found) throw new ExpectedFailure("notFound");
        if (found.etag !== etag) stale();
        state.writes.push({ id, fields });
        const next = { ...found, ...fields, etag: nextEtag() };
        state.items.set(id, next);
        return { ...next };
      },
    },
    onlineAttendance: { read: async () => "unavailable" },
    stage: {
      read: async (key) => ({
        currentItemId: state.rows.find((r) => r.meetingKey === key)?.currentItemId ?? null,
        items: [...state.items.values()].filter((i) => i.meetingKey === key).map((i) => ({ id: i.id, outcome: i.outcome, decisions: [...i.decisions] })),
      }),
    },
    drafts: {
      load: (key) => state.drafts.get(key) ?? null,
      save: (key, value) => void state.drafts.set(key, value),
      remove: (key) => void state.drafts.delete(key),
    },
    now: () => new Date("2027-02-12T08:45:00Z"),
  };
  return state;
}

/** Someone else's write straight into the store (the chair on another device). */
export function writeAsOther(state: MemoryRecord, id: string, fields: Partial<ItemRecordFields>): void {
  const found = state.items.get(id);
  if (!found) throw new Error(`no item ${id}`);
  state.items.set(id, { ...found, ...fields, etag: nextEtag() });
}
