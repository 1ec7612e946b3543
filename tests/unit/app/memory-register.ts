/** An in-memory meeting register with SharePoint's eTag rule: a stale eTag is a "conflict", every write a new eTag. */
import { ExpectedFailure } from "../../../src/core";
import type { MeetingRegister, MeetingRegisterFields, MeetingRegisterRow } from "../../../src/core";

/** The register and what was written to it. */
export interface MemoryRegister extends MeetingRegister {
  rows: MeetingRegisterRow[];
  writes: { id: string; fields: Partial<MeetingRegisterFields> }[];
  /** Runs before a write is applied (throw to cut it off, or change the row as another editor would). */
  beforeUpdate?: (row: MeetingRegisterRow, fields: Partial<MeetingRegisterFields>) => void;
  /** Runs after a write is applied, before its answer (throw to lose the answer). */
  afterUpdate?: (row: MeetingRegisterRow) => void;
}

/** A register row with the given fields over a complete default. */
export function registerRow(fields: Partial<MeetingRegisterRow> = {}): MeetingRegisterRow {
  return {
    id: "7",
    etag: '"1"',
    meetingKey: "uid-1",
    title: "Kommundirektörsmöte",
    startUtc: "2018-04-20T06:30:00Z",
    number: 3,
    folderName: "2018-04-20 Kommundirektörsmöte",
    chair: "",
    approvers: [],
    state: "ended",
    currentItemId: null,
    protokollFileId: null,
    protokollPdfId: null,
    ...fields,
  };
}

/** A register holding the given rows. */
export function memoryRegister(rows: MeetingRegisterRow[]): MemoryRegister {
  let version = 1;
  const register: MemoryRegister = {
    rows,
    writes: [],
    async find(meetingKey) {
      const row = register.rows.find((r) => r.meetingKey === meetingKey);
      return row === undefined ? null : { ...row };
    },
    async listYear() {
      return register.rows.map((r) => ({ ...r }));
    },
    async ensure() {
      throw new Error("not used");
    },
    async update(id, etag, fields) {
      const index = register.rows.findIndex((r) => r.id === id);
      const current = register.rows[index];
      if (current === undefined) throw new ExpectedFailure("notFound", `row ${id}`);
      register.beforeUpdate?.(current, fields);
      const now = register.rows[index]!;
      if (now.etag !== etag) throw new ExpectedFailure("conflict", `412 on row ${id}`);
      const next = { ...now, ...fields, etag: `"${++version}"` };
      register.rows[index] = next;
      register.writes.push({ id, fields });
      register.afterUpdate?.(next);
      return { ...next };
    },
  };
  return register;
}
