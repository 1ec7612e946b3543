/** An in-memory "Närvaro" list that behaves as the Graph store must: eTags, 412 on a stale one, create finds the person. */
import { ExpectedFailure, presenceKey } from "../../../../src/core";
import type { DraftStorage, MeetingRegister, OnlineAttendance, OnlineAttendanceSource, PresenceFields, PresenceRow, PresenceStore } from "../../../../src/core";

/** A fault to throw on the next calls of one method. */
type Method = "list" | "create" | "update" | "remove";

/** The store, its rows, and a way to make calls fail. */
export class MemoryPresence implements PresenceStore {
  rows: PresenceRow[] = [];
  calls: { method: Method; args: unknown[] }[] = [];
  private nextId = 1;
  private faults: { method: Method; code: ExpectedFailure["code"] }[] = [];

  /** The next call of `method` fails with `code` (queued: call again for more). */
  failNext(method: Method, code: ExpectedFailure["code"]): void {
    this.faults.push({ method, code });
  }

  /** Someone else writes the row (new eTag), as a second secretary would. */
  otherWrites(id: string, fields: Partial<PresenceFields>): PresenceRow {
    const row = this.byId(id);
    const next = { ...row, ...fields, etag: `"${id},${Number(row.etag.split(",")[1]!.replace('"', "")) + 1}"` };
    this.rows = this.rows.map((r) => (r.id === id ? next : r));
    return next;
  }

  private fault(method: Method): void {
    const index = this.faults.findIndex((f) => f.method === method);
    if (index < 0) return;
    const [fault] = this.faults.splice(index, 1);
    throw new ExpectedFailure(fault!.code, `memory ${method}`);
  }

  private byId(id: string): PresenceRow {
    const row = this.rows.find((r) => r.id === id);
    if (row === undefined) throw new ExpectedFailure("notFound", id);
    return row;
  }

  async list(meetingKey: string): Promise<PresenceRow[]> {
    this.calls.push({ method: "list", args: [meetingKey] });
    this.fault("list");
    return this.rows.filter((r) => r.meetingKey === meetingKey).map((r) => ({ ...r }));
  }

  async create(fields: PresenceFields): Promise<PresenceRow> {
    this.calls.push({ method: "create", args: [fields] });
    this.fault("create");
    const same = this.rows.find((r) => r.meetingKey === fields.meetingKey && presenceKey(r) === presenceKey(fields));
    if (same !== undefined) return { ...same };
    const id = String(this.nextId++);
    const row: PresenceRow = { ...fields, id, etag: `"${id},1"` };
    this.rows.push(row);
    return { ...row };
  }

  async update(id: string, etag: string, fields: Partial<PresenceFields>): Promise<PresenceRow> {
    this.calls.push({ method: "update", args: [id, etag, fields] });
    this.fault("update");
    const row = this.byId(id);
    if (row.etag !== etag) throw new ExpectedFailure("conflict", `412 ${id}`);
    return { ...this.otherWrites(id, fields) };
  }

  async remove(id: string, etag: string): Promise<void> {
    this.calls.push({ method: "remove", args: [id, etag] });
    this.fault("remove");
    if (this.byId(id).etag !== etag) throw new ExpectedFailure("conflict", `412 ${id}`);
    this.rows = this.rows.filter((r) => r.id !== id);
  }

  /** Number of update calls made. */
  get updates(): number {
    return this.calls.filter((c) => c.method === "update").length;
  }
}

/** Drafts in a Map (the browser's storage in a host). */
export class MemoryDrafts implements DraftStorage {
  readonly map = new Map<string, string>();
  load(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  save(key: string, value: string): void {
    this.map.set(key, value);
  }
  remove(key: string): void {
    this.map.delete(key);
  }
}

/** An online attendance report that answers what it is given. */
export function onlineSource(answer: OnlineAttendance[] | "unavailable"): OnlineAttendanceSource & { read: jest.Mock } {
  return { read: jest.fn(async () => answer) };
}

/** A register with only `find`, answering a row naming `chair`, none (null), or failing with `failure`. */
export function registerOf(answer: { chair: string } | null | Error): MeetingRegister {
  const refuse = (): Promise<never> => Promise.reject(new Error("not used by Närvaro"));
  return {
    find: async (meetingKey: string) => {
      if (answer instanceof Error) throw answer;
      return answer === null
        ? null
        : { id: "r1", etag: '"r1,1"', meetingKey, title: "", startUtc: "", number: 1, folderName: "", chair: answer.chair, approvers: [], state: "inProgress", currentItemId: null, protokollFileId: null, protokollPdfId: null };
    },
    listYear: refuse,
    ensure: refuse,
    update: refuse,
  };
}

/** No register row yet: the common case before record mode has opened the meeting. */
export const NO_REGISTER = registerOf(null);
