/** The pane's orchestration over the ports (link, agenda writes), with in-memory fakes of the stores. */
import { buildAgenda } from "../../../src/core";
import type { AgendaItemDraft, AgendaItemRecord, AgendaStore, DocumentStore, FileRecord, Folder } from "../../../src/core";
import { APPOINTMENT_PROPERTY } from "../../../src/core/ports-outlook";
import type { AppointmentProperties, HostAppointment } from "../../../src/core/ports-outlook";
import { findAttendeeLink, linkAppointment, readLink } from "../../../src/ui/outlook/link";
import { addItem, moveRecord, NO_ITEM, removeRecord } from "../../../src/ui/outlook/editor/agendaOps";

function appointment(subject: string, props: AppointmentProperties = {}): HostAppointment & { props: AppointmentProperties; saves: number } {
  const fake = {
    mode: "organizer" as const,
    props,
    saves: 0,
    getSubject: async () => subject,
    setSubject: async () => undefined,
    getStart: async () => "2026-12-11T07:30:00Z",
    getEnd: async () => "2026-12-11T10:30:00Z",
    getLocation: async () => "",
    getAttendees: async () => ({ required: [], optional: [] }),
    getOrganizer: async () => null,
    getBodyHtml: async () => "",
    setBodyHtml: async () => undefined,
    prependBodyHtml: async () => undefined,
    insertBodyHtmlAtCursor: async () => undefined,
    saveAndGetItemId: async () => {
      fake.saves += 1;
      return "event-1";
    },
    loadProperties: async () => ({ ...fake.props }),
    saveProperties: async (values: AppointmentProperties) => {
      fake.props = { ...fake.props, ...values };
    },
  };
  return fake;
}

const resolver = { meetingKeyOf: async (id: string) => `KEY-of-${id}` };

describe("linking the appointment", () => {
  it("ensures the folder 'YYYY-MM-DD <subject>', resolves the key after saving, and stores both", async () => {
    const host = appointment("Kommundirektörsmöte");
    const ensured: string[] = [];
    const documents = { ensureFolder: async (name: string): Promise<Folder> => (ensured.push(name), { id: "F1", name, webUrl: `https://sp/${name}` }) };
    const link = await linkAppointment({ appointment: host, resolver, documents });
    expect(ensured).toEqual(["2026-12-11 Kommundirektörsmöte"]);
    expect(link).toEqual({ key: "KEY-of-event-1", folderName: "2026-12-11 Kommundirektörsmöte", folderUrl: "https://sp/2026-12-11 Kommundirektörsmöte" });
    expect(host.saves).toBe(1);
    expect(host.props).toEqual({
      [APPOINTMENT_PROPERTY.meetingKey]: "KEY-of-event-1",
      [APPOINTMENT_PROPERTY.folderName]: "2026-12-11 Kommundirektörsmöte",
      [APPOINTMENT_PROPERTY.folderUrl]: "https://sp/2026-12-11 Kommundirektörsmöte",
    });
    expect(await readLink(host)).toEqual(link);
  });

  it("reads no link from an unlinked appointment, and finds an attendee's by Graph and the folder convention", async () => {
    expect(await readLink(appointment("x", { [APPOINTMENT_PROPERTY.meetingKey]: "K" }))).toBeNull();
    expect(await readLink(appointment("x", { [APPOINTMENT_PROPERTY.meetingKey]: "K", [APPOINTMENT_PROPERTY.folderName]: "F" }))).toEqual({ key: "K", folderName: "F", folderUrl: null });
    expect(await findAttendeeLink(appointment(""), resolver)).toEqual({ key: "KEY-of-event-1", folderName: "2026-12-11 Kommundirektörsmöte 11 december 2026", folderUrl: null });
  });

  it("names properties that are distinct and short (Office keeps 2,500 characters in all)", () => {
    const names = Object.values(APPOINTMENT_PROPERTY);
    expect(new Set(names).size).toBe(names.length);
    expect(names.join("").length).toBeLessThan(100);
  });
});

/** An agenda store and a document store in memory, with eTags, as the demo tenant keeps them. */
function stores(records: AgendaItemRecord[], files: FileRecord[]): { agenda: AgendaStore; documents: DocumentStore; records: () => AgendaItemRecord[]; files: () => FileRecord[] } {
  let items = [...records];
  let list = [...files];
  const bump = (etag: string): string => etag.replace(/,(\d+)"$/, (_, n: string) => `,${Number(n) + 1}"`);
  const agenda: AgendaStore = {
    list: async () => items,
    get: async (id) => items.find((r) => r.id === id) as AgendaItemRecord,
    create: async (meetingKey, draft: AgendaItemDraft) => {
      const record = { ...draft, id: `n${items.length + 1}`, etag: `"n,1"`, meetingKey };
      items.push(record);
      return record;
    },
    update: async (id, etag, draft) => {
      const old = items.find((r) => r.id === id) as AgendaItemRecord;
      if (old.etag !== etag) throw Object.assign(new Error("412"), { appError: { code: "conflict" } });
      const next = { ...old, ...draft, etag: bump(old.etag) };
      items = items.map((r) => (r.id === id ? next : r));
      return next;
    },
    remove: async (id) => {
      items = items.filter((r) => r.id !== id);
    },
  };
  const documents = {
    setItemNumber: async (fileId: string, itemNumber: number | null) => {
      list = list.map((f) => (f.id === fileId ? { ...f, itemNumber } : f));
    },
  } as unknown as DocumentStore;
  return { agenda, documents, records: () => items, files: () => list };
}

const rec = (id: string, n: number): AgendaItemRecord => ({
  id,
  etag: `"${id},1"`,
  meetingKey: "K",
  itemNumber: n,
  title: `Punkt ${id}`,
  presenter: "",
  description: "",
  proposedDecisions: [],
  kind: "beslut",
  startTime: null,
});
const file = (id: string, name: string, itemNumber: number | null): FileRecord => ({ id, name, webUrl: `https://sp/${name}`, size: 1, itemNumber, etag: null, lastModifiedUtc: null });

describe("agenda writes", () => {
  it("moves an item and its bilagor together", async () => {
    const s = stores([rec("a", 1), rec("b", 2), rec("c", 3)], [file("f1", "Plan.pdf", 3), file("f2", "1 Protokoll.pdf", null)]);
    await moveRecord(s, s.records(), s.files(), 2, 0);
    const agenda = buildAgenda(s.records(), s.files());
    expect(agenda.items.map((i) => [i.id, i.attachments.map((a) => a.name)])).toEqual([
      ["c", ["Plan.pdf"]],
      ["a", ["1 Protokoll.pdf"]],
      ["b", []],
    ]);
  });

  it("removes an item: its bilagor are unassigned even against a name prefix, the rest keep theirs", async () => {
    const s = stores([rec("a", 1), rec("b", 2), rec("c", 3)], [file("f1", "2 Budget.pdf", null), file("f2", "Plan.pdf", 3)]);
    await removeRecord(s, s.records(), s.files(), "b");
    const agenda = buildAgenda(s.records(), s.files());
    expect(agenda.items.map((i) => [i.id, i.number, i.attachments.map((a) => a.name)])).toEqual([
      ["a", 1, []],
      ["c", 2, ["Plan.pdf"]],
    ]);
    expect(s.files().find((f) => f.id === "f1")?.itemNumber).toBe(NO_ITEM);
    expect(agenda.unassignedFiles.map((f) => f.name)).toEqual(["2 Budget.pdf"]);
    await removeRecord(s, s.records(), s.files(), "missing");
    expect(s.records()).toHaveLength(2);
  });

  it("appends a new item after the last number, and a stale eTag is a conflict", async () => {
    const s = stores([rec("a", 1), rec("b", 4)], []);
    const created = await addItem(s, "K", s.records(), { title: "Ny", presenter: "", description: "", proposedDecisions: [], kind: "beslut", startTime: null });
    expect(created.itemNumber).toBe(5);
    const stale = s.records()[0] as AgendaItemRecord;
    await s.agenda.update(stale.id, stale.etag, { ...stale, title: "Ändrad av någon annan" });
    await expect(moveRecord(s, [stale, ...s.records().slice(1)], [], 0, 1)).rejects.toMatchObject({ appError: { code: "conflict" } });
  });
});
