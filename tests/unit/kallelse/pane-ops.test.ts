/** The pane's orchestration over the ports (link, agenda writes), with in-memory fakes of the stores. */
import { buildAgenda, defaultFields } from "../../../src/core";
import { folderName } from "../../../src/core";
import type { AgendaItemDraft, AgendaItemRecord, AgendaStore, DocumentStore, FileRecord, Folder, MeetingFolderRef } from "../../../src/core";
import { APPOINTMENT_PROPERTY } from "../../../src/core/ports-outlook";
import type { CalendarOwner } from "../../../src/core/paneAccess";
import type { AppointmentProperties, HostAppointment } from "../../../src/core/ports-outlook";
import { findAttendeeLink, linkAppointment, readLink } from "../../../src/ui/outlook/link";
import { NO_ITEM_ID } from "../../../src/core";
import { addItem, moveRecord, removeRecord } from "../../../src/ui/outlook/editor/agendaOps";

const OWN: CalendarOwner = { mailbox: "elin.sjoberg@familjenhelsingborg.se", shared: false };

function appointment(subject: string, props: AppointmentProperties = {}, owner: CalendarOwner | null = OWN): HostAppointment & { props: AppointmentProperties; saves: number } {
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
    getCalendarOwner: async () => owner,
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
  it("resolves the key after saving, ensures the folder by that key ('YYYY-MM-DD <subject>' when new), and stores both", async () => {
    const host = appointment("Kommundirektörsmöte");
    const ensured: MeetingFolderRef[] = [];
    const documents = {
      ensureFolder: async (meeting: MeetingFolderRef): Promise<Folder> => {
        ensured.push(meeting);
        const name = folderName(meeting.startUtc, meeting.subject);
        return { id: "F1", name, webUrl: `https://sp/${name}` };
      },
    };
    const link = await linkAppointment({ appointment: host, resolver, documents });
    expect(ensured).toEqual([{ key: "KEY-of-event-1", startUtc: "2026-12-11T07:30:00Z", subject: "Kommundirektörsmöte" }]);
    expect(link).toEqual({ key: "KEY-of-event-1", folderName: "2026-12-11 Kommundirektörsmöte", folderUrl: "https://sp/2026-12-11 Kommundirektörsmöte" });
    expect(host.saves).toBe(1);
    expect(host.props).toEqual({
      [APPOINTMENT_PROPERTY.meetingKey]: "KEY-of-event-1",
      [APPOINTMENT_PROPERTY.folderName]: "2026-12-11 Kommundirektörsmöte",
      [APPOINTMENT_PROPERTY.folderUrl]: "https://sp/2026-12-11 Kommundirektörsmöte",
    });
    expect(await readLink(host)).toEqual(link);
  });

  it("looks a delegate's item up in the organizer's mailbox, and the organizer's own in /me", async () => {
    const asked: (string | undefined)[] = [];
    const recording = { meetingKeyOf: async (id: string, mailbox?: string) => (asked.push(mailbox), `KEY-of-${id}`) };
    const documents = { ensureFolder: async (meeting: MeetingFolderRef): Promise<Folder> => ({ id: "F1", name: meeting.subject, webUrl: `https://sp/${meeting.subject}` }) };
    await linkAppointment({ appointment: appointment("Kommundirektörsmöte"), resolver: recording, documents });
    await linkAppointment({ appointment: appointment("Kommundirektörsmöte", {}, { mailbox: "elin.sjoberg@familjenhelsingborg.se", shared: true }), resolver: recording, documents });
    expect(asked).toEqual([undefined, "elin.sjoberg@familjenhelsingborg.se"]);
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

/** An agenda store and a document store in memory, with eTags, as the demo tenant keeps them; every write is logged. */
function stores(records: AgendaItemRecord[], files: FileRecord[]) {
  let items = [...records];
  let list = [...files];
  const writes: string[] = [];
  const bump = (etag: string): string => etag.replace(/,(\d+)"$/, (_, n: string) => `,${Number(n) + 1}"`);
  const guarded = (id: string, etag: string, change: Partial<AgendaItemRecord>): AgendaItemRecord => {
    const old = items.find((r) => r.id === id) as AgendaItemRecord;
    if (old.etag !== etag) throw Object.assign(new Error("412"), { appError: { code: "conflict" } });
    const next = { ...old, ...change, etag: bump(old.etag) };
    items = items.map((r) => (r.id === id ? next : r));
    return next;
  };
  const agenda: AgendaStore = {
    list: async () => items,
    get: async (id) => items.find((r) => r.id === id) as AgendaItemRecord,
    create: async (meetingKey, draft: AgendaItemDraft, sortKey) => {
      writes.push("create");
      const record: AgendaItemRecord = { ...defaultFields(), ...draft, id: `n${items.length + 1}`, etag: `"n,1"`, meetingKey, sortKey, itemNumber: null };
      items.push(record);
      return record;
    },
    update: async (id, etag, draft) => (writes.push(`update ${id}`), guarded(id, etag, draft)),
    setOrder: async (id, etag, sortKey) => (writes.push(`order ${id}`), guarded(id, etag, { sortKey })),
    updateRecord: async (id, etag, fields) => (writes.push(`record ${id}`), guarded(id, etag, fields)),
    remove: async (id) => {
      writes.push(`remove ${id}`);
      items = items.filter((r) => r.id !== id);
    },
  };
  const documents = {
    setItemId: async (fileId: string, itemId: string) => {
      writes.push(`file ${fileId}`);
      list = list.map((f) => (f.id === fileId ? { ...f, itemId } : f));
    },
  } as unknown as DocumentStore;
  return { agenda, documents, writes, records: () => items, files: () => list };
}

const rec = (id: string, n: number, order: "sortKey" | "itemNumber" = "sortKey"): AgendaItemRecord => ({
  ...defaultFields(),
  id,
  etag: `"${id},1"`,
  meetingKey: "K",
  sortKey: order === "sortKey" ? n : null,
  itemNumber: order === "itemNumber" ? n : null,
  title: `Punkt ${id}`,
  presenter: "",
  description: "",
  proposedDecisions: [],
  kind: "beslut",
  startTime: null,
});
const file = (id: string, name: string, itemId: string | null, itemNumber: number | null = null): FileRecord => ({
  id,
  name,
  webUrl: `https://sp/${name}`,
  size: 1,
  itemId,
  itemNumber,
  etag: null,
  lastModifiedUtc: null,
});
const shown = (s: ReturnType<typeof stores>) => buildAgenda(s.records(), s.files()).items.map((i) => [i.id, i.number, i.attachments.map((a) => a.name)]);

describe("agenda writes", () => {
  it("moves an item with one write of one row; its bilagor, named by id, go with it", async () => {
    const s = stores([rec("a", 1), rec("b", 2), rec("c", 3)], [file("f1", "Plan.pdf", "c"), file("f2", "Protokoll.pdf", "a")]);
    await moveRecord(s, s.records(), s.files(), 2, 0);
    expect(s.writes).toEqual(["order c"]);
    expect(shown(s)).toEqual([
      ["c", 1, ["Plan.pdf"]],
      ["a", 2, ["Protokoll.pdf"]],
      ["b", 3, []],
    ]);
  });

  it("binds files added by hand (by number or name prefix) to their item by id before the move, so they stay", async () => {
    const s = stores([rec("a", 1, "itemNumber"), rec("b", 2, "itemNumber"), rec("c", 3, "itemNumber")], [file("f1", "Plan.pdf", null, 3), file("f2", "1 Protokoll.pdf", null)]);
    await moveRecord(s, s.records(), s.files(), 2, 0);
    expect(s.writes.filter((w) => w.startsWith("order"))).toEqual(["order c"]);
    expect(shown(s)).toEqual([
      ["c", 1, ["Plan.pdf"]],
      ["a", 2, ["1 Protokoll.pdf"]],
      ["b", 3, []],
    ]);
  });

  it("moves between two items given the same key at once (respacing first), keeping the order at every write", async () => {
    const s = stores([rec("a", 1), rec("b", 2), rec("c", 2), rec("d", 3)], []);
    const seen: string[][] = [];
    const setOrder = s.agenda.setOrder;
    s.agenda.setOrder = async (...args) => {
      const result = await setOrder(...args);
      seen.push(buildAgenda(s.records(), []).items.map((i) => i.id));
      return result;
    };
    await moveRecord(s, s.records(), [], 1, 2);
    expect(buildAgenda(s.records(), []).items.map((i) => i.id)).toEqual(["a", "c", "b", "d"]);
    // Every respacing write leaves the agenda as it was; only the last write (the move) changes it.
    expect(seen.slice(0, -1).every((order) => order.join() === "a,b,c,d")).toBe(true);
  });

  it("removes an item with one delete: its bilagor are unassigned even against a name prefix, the rest keep theirs", async () => {
    const s = stores([rec("a", 1), rec("b", 2), rec("c", 3)], [file("f1", "2 Budget.pdf", null), file("f2", "Plan.pdf", null, 3)]);
    await removeRecord(s, s.records(), s.files(), "b");
    expect(shown(s)).toEqual([
      ["a", 1, []],
      ["c", 2, ["Plan.pdf"]],
    ]);
    expect(s.writes.filter((w) => !w.startsWith("file"))).toEqual(["remove b"]);
    expect(buildAgenda(s.records(), s.files()).unassignedFiles.map((f) => f.name)).toEqual(["2 Budget.pdf"]);
    await removeRecord(s, s.records(), s.files(), "missing");
    expect(s.records()).toHaveLength(2);
    expect(NO_ITEM_ID).toBe("0");
  });

  it("appends a new item after the highest key, and a stale eTag is a conflict", async () => {
    const s = stores([rec("a", 1), rec("b", 4)], []);
    const created = await addItem(s, "K", s.records(), { title: "Ny", presenter: "", description: "", proposedDecisions: [], kind: "beslut", startTime: null });
    expect(created.sortKey).toBe(5);
    const stale = s.records()[0] as AgendaItemRecord;
    await s.agenda.update(stale.id, stale.etag, { ...stale, title: "Ändrad av någon annan" });
    await expect(moveRecord(s, [stale, ...s.records().slice(1)], [], 0, 1)).rejects.toMatchObject({ appError: { code: "conflict" } });
  });
});
