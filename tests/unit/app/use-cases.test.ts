/**
 * The application layer's use cases over in-memory ports (no HTTP, no DOM): what each reads and writes, in which
 * order, and what it refuses before any write.
 */
import { createOutlookUseCases, createUseCases } from "../../../src/app";
import type { AppPorts, OutlookHostPorts } from "../../../src/app";
import { APPOINTMENT_PROPERTY, buildAgenda, defaultFields, ExpectedFailure } from "../../../src/core";
import type { AgendaItemRecord, DocumentWriters, FileRecord, Folder, HandlingarPdfInput, HostAppointment, MeetingView, Services } from "../../../src/core";
import { DraftError } from "../../../src/core/protokoll";
import { findKallelseBlocks } from "../../../src/core/kallelse";
import { draftView } from "../protokoll/fixtures";

const FOLDER: Folder = { id: "folder-1", name: "2018-04-20 Kommundirektörsmöte", webUrl: "https://familjenhelsingborg.sharepoint.com/sites/kd/folder-1" };
const CONFIG = { groupName: "Kommundirektörsgruppen", sharePointOrigin: "https://familjenhelsingborg.sharepoint.com" };
const REF = { key: "ical-1", folderName: FOLDER.name };

const unused = (what: string) => (): never => {
  throw new Error(`${what} is not used here`);
};

/** Ports whose every call is logged; each test overrides what it needs. */
function ports(overrides: { meetings?: Partial<Services["meetings"]>; agenda?: Partial<Services["agenda"]>; documents?: Partial<Services["documents"]>; writers?: Partial<DocumentWriters> } = {}) {
  const calls: string[] = [];
  const log =
    <A extends unknown[], R>(name: string, f: (...args: A) => R) =>
    (...args: A): R => {
      calls.push(name);
      return f(...args);
    };
  const view = draftView(FOLDER);
  const p: AppPorts = {
    meetings: {
      loadMeetingView: log("loadMeetingView", async () => view),
      listUpcoming: unused("listUpcoming"),
      findByChatId: unused("findByChatId"),
      respond: log("respond", async () => "sent" as const),
      ...overrides.meetings,
    },
    agenda: { list: unused("list"), get: unused("get"), create: unused("create"), update: unused("update"), setOrder: unused("setOrder"), remove: unused("remove"), updateRecord: unused("updateRecord"), ...overrides.agenda },
    documents: {
      ensureFolder: unused("ensureFolder"),
      listFiles: log("listFiles", async () => [] as FileRecord[]),
      upload: log("upload", async (_folder: string, name: string) => ({ file: { id: "up-1", name, webUrl: `${FOLDER.webUrl}/${name}`, size: 1, itemId: null, itemNumber: null, etag: null, lastModifiedUtc: null }, renamed: false })),
      setItemId: log("setItemId", async () => undefined),
      download: log("download", async () => new Uint8Array([37, 80, 68, 70])),
      downloadPdf: log("downloadPdf", async () => new Uint8Array([37, 80, 68, 70])),
      viewLinks: log("viewLinks", async () => new Map<string, string>()),
      replaceContent: unused("replaceContent"),
      readByPath: unused("readByPath"),
      ...overrides.documents,
    },
    directory: { lookup: log("lookup", async () => []) },
    // No record yet: the draft reads the three lists and finds nothing (not logged: the calls below are the agenda's).
    register: { find: async () => null, listYear: unused("listYear"), ensure: unused("ensure"), update: unused("update") },
    presence: { list: async () => [], create: unused("create"), update: unused("update"), remove: unused("remove") },
    assignments: { list: async () => [], create: unused("create"), update: unused("update"), remove: unused("remove") },
    onlineAttendance: { read: unused("read") },
    stage: { read: unused("stage") },
    writers: {
      protokoll: log("writer:protokoll", async () => ({ draftDocx: async () => new Uint8Array([80, 75]), finalDocx: unused("finalDocx"), sameDocx: unused("sameDocx"), samePdf: unused("samePdf") })),
      handlingarPdf: log("writer:handlingarPdf", async () => ({ assemble: async (input: HandlingarPdfInput) => ({ bytes: new Uint8Array([1]), missing: input.parts.filter((p) => p.pdf === null).map((p) => p.label) }) })),
      ...overrides.writers,
    },
  };
  const useCases = createUseCases(p);
  const outlook = (host: OutlookHostPorts) => createOutlookUseCases(host, { meetings: useCases.meetings, documents: p.documents, writers: p.writers, config: CONFIG, now: () => new Date("2018-04-10T08:00:00Z") });
  return { app: { ...useCases, outlook }, calls, view };
}

/** An organizer's appointment in memory: its body and custom properties change as Outlook's would. */
function appointment(): HostAppointment & { body: string; props: Record<string, string> } {
  const fake = {
    mode: "organizer" as const,
    body: "<p>Hej!</p>",
    props: {} as Record<string, string>,
    getSubject: async () => "Kommundirektörsmöte",
    setSubject: async () => undefined,
    getStart: async () => "2018-04-20T07:00:00Z",
    getEnd: async () => "2018-04-20T10:00:00Z",
    getLocation: async () => "Stadshuset",
    getAttendees: async () => ({ required: [{ name: "Karin Holm", email: "karin.holm@helsingborg.se" }], optional: [] }),
    getOrganizer: async () => null,
    getCalendarOwner: async () => null,
    getBodyHtml: async () => fake.body,
    setBodyHtml: async (html: string) => void (fake.body = html),
    prependBodyHtml: async (html: string) => void (fake.body = html + fake.body),
    insertBodyHtmlAtCursor: async (html: string) => void (fake.body += html),
    saveAndGetItemId: async () => "event-1",
    loadProperties: async () => ({ ...fake.props }),
    saveProperties: async (values: Record<string, string>) => void (fake.props = { ...fake.props, ...values }),
  };
  return fake;
}

const resolver = { meetingKeyOf: async (id: string) => `KEY-of-${id}` };

describe("meetings", () => {
  it("answers through the meeting source and says what came of it", async () => {
    const { app, calls } = ports();
    await expect(app.meetings.answer("evt-1", "decline", "Krock.")).resolves.toBe("sent");
    expect(calls).toEqual(["respond"]);
  });
});

describe("agenda", () => {
  const rec = (id: string, n: number, title = `Punkt ${id}`): AgendaItemRecord => ({ ...defaultFields(), id, etag: `"${id},1"`, meetingKey: "K", sortKey: n, itemNumber: null, title, presenter: "", description: "", proposedDecisions: [], kind: "beslut", startTime: null });

  it("places a new item before the closing items with one write, reading the agenda and the folder as they are now", async () => {
    let items = [rec("a", 1), rec("x", 2, "Övriga frågor"), rec("y", 3, "Mötet avslutas"), rec("n", 4)];
    const writes: string[] = [];
    const { app, calls } = ports({
      agenda: {
        list: async () => items,
        setOrder: async (id, _etag, sortKey) => {
          writes.push(id);
          items = items.map((r) => (r.id === id ? { ...r, sortKey } : r));
          return items.find((r) => r.id === id)!;
        },
      },
    });
    await expect(app.agenda.placeBeforeClosing("K", FOLDER.id, "n")).resolves.toBe(1);
    expect(writes).toEqual(["n"]);
    expect(calls).toContain("listFiles");
    expect(buildAgenda(items, []).items.map((i) => i.id)).toEqual(["a", "n", "x", "y"]);
    // Already in place: no write.
    await expect(app.agenda.placeBeforeClosing("K", FOLDER.id, "n")).resolves.toBe(1);
    expect(writes).toEqual(["n"]);
  });

  it("binds a file added by hand since the pane loaded before it moves an item (the folder is read at the write)", async () => {
    let items = [rec("a", 1), rec("b", 2)];
    const handAdded: FileRecord = { id: "f9", name: "2 Bilaga.pdf", webUrl: "https://sp/f9", size: 1, itemId: null, itemNumber: null, etag: null, lastModifiedUtc: null };
    const bound: string[] = [];
    const { app } = ports({
      agenda: { setOrder: async (id, _etag, sortKey) => (items = items.map((r) => (r.id === id ? { ...r, sortKey } : r))).find((r) => r.id === id)! },
      documents: { listFiles: async () => [handAdded], setItemId: async (fileId, itemId) => void bound.push(`${fileId}->${itemId}`) },
    });
    await app.agenda.move(items, FOLDER.id, 1, 0);
    expect(bound).toEqual(["f9->b"]);
    expect(buildAgenda(items, []).items.map((i) => i.id)).toEqual(["b", "a"]);
  });
});

describe("protokoll draft", () => {
  it("refuses a view without its agenda before any request or download of the writer", async () => {
    const { app, calls, view } = ports();
    const broken: MeetingView = { ...view, agenda: { state: "error", error: { code: "throttled" } } };
    await expect(app.protokoll.createDraft(broken, { groupName: "G" })).rejects.toBeInstanceOf(DraftError);
    expect(calls).toEqual([]);
  });

  it("uploads nothing when the writer cannot be downloaded, and says so as a network failure", async () => {
    const { app, calls, view } = ports({ writers: { protokoll: () => Promise.reject(new ExpectedFailure("offline", "chunk")) } });
    await expect(app.protokoll.createDraft(view, { groupName: "G" })).rejects.toMatchObject({ appError: { code: "offline" } });
    expect(calls).not.toContain("upload");
  });

  it("writes the writer's bytes into the meeting folder under the draft's name", async () => {
    const { app, calls, view } = ports();
    const result = await app.protokoll.createDraft(view, { groupName: "G" });
    expect(result.fileName).toBe("Protokoll nr 3 2018 (utkast).docx");
    expect(calls.filter((c) => c === "upload")).toHaveLength(1);
  });
});

describe("the Outlook pane", () => {
  it("links the appointment: the folder by the key, both remembered on the appointment", async () => {
    const host = appointment();
    const { app } = ports({ documents: { ensureFolder: async () => FOLDER } });
    const pane = app.outlook({ appointment: host, resolver });
    await expect(pane.readLink()).resolves.toBeNull();
    const link = await pane.link();
    expect(link).toEqual({ key: "KEY-of-event-1", folderName: FOLDER.name, folderUrl: FOLDER.webUrl });
    expect(host.props[APPOINTMENT_PROPERTY.meetingKey]).toBe("KEY-of-event-1");
    await expect(pane.readLink()).resolves.toEqual(link);
  });

  it("inserts the kallelse once and replaces it in place the second time, from the agenda saved now", async () => {
    const host = appointment();
    const { app, calls } = ports();
    const pane = app.outlook({ appointment: host, resolver });
    await expect(pane.insertKallelse(REF, "top")).resolves.toEqual({ kind: "inserted", items: 3 });
    await expect(pane.insertKallelse(REF, "top")).resolves.toEqual({ kind: "replaced", items: 3 });
    expect(findKallelseBlocks(host.body)).toHaveLength(1);
    expect(host.body).toContain("<p>Hej!</p>");
    expect(calls.filter((c) => c === "loadMeetingView")).toHaveLength(2);
  });

  it("refuses the kallelse, writing nothing, when the agenda or the bilagor could not be read", async () => {
    const host = appointment();
    const view = draftView(FOLDER);
    for (const [broken, kind] of [
      [{ ...view, agenda: { state: "error", error: { code: "forbidden" } } }, "noAgenda"],
      [{ ...view, files: { state: "error", error: { code: "unavailable" } } }, "bilagorUnreadable"],
    ] as const) {
      const { app } = ports({ meetings: { loadMeetingView: async () => broken as MeetingView } });
      await expect(app.outlook({ appointment: host, resolver }).insertKallelse(REF, "top")).resolves.toMatchObject({ kind });
    }
    expect(host.body).toBe("<p>Hej!</p>");
  });

  it("makes the handlingar PDF from every bilaga in number order, and fetches none when the writer cannot load", async () => {
    const uploaded: string[] = [];
    const { app, calls } = ports({ documents: { upload: async (_f, name) => (uploaded.push(name), { file: { id: "p", name, webUrl: "https://sp/p", size: 1, itemId: null, itemNumber: null, etag: null, lastModifiedUtc: null }, renamed: false }) } });
    const result = await app.outlook({ appointment: appointment(), resolver }).createHandlingarPdf(REF);
    expect(result).toMatchObject({ kind: "created", missing: [] });
    expect(uploaded).toEqual(["Kallelse med handlingar, möte 3-2018.pdf"]);
    expect(calls.filter((c) => c === "download" || c === "downloadPdf").length).toBeGreaterThan(0);

    const offline = ports({ writers: { handlingarPdf: () => Promise.reject(new ExpectedFailure("offline", "chunk")) } });
    await expect(offline.app.outlook({ appointment: appointment(), resolver }).createHandlingarPdf(REF)).rejects.toMatchObject({ appError: { code: "offline" } });
    expect(offline.calls.filter((c) => c.startsWith("download") || c === "upload")).toEqual([]);
  });

  it("offers sharing and the reminder only where the host can do them; a reminder to nobody opens no message", async () => {
    const { app } = ports();
    const bare = app.outlook({ appointment: appointment(), resolver });
    expect(bare.share).toBeNull();
    expect(bare.remind).toBeNull();
    const opened: unknown[] = [];
    const everyoneAnswered = draftView(FOLDER, {});
    everyoneAnswered.meeting = { ...everyoneAnswered.meeting, attendees: [{ name: "Karin Holm", email: "karin.holm@helsingborg.se", type: "required", response: "accepted" }] };
    const answered = ports({ meetings: { loadMeetingView: async () => everyoneAnswered } });
    const pane = answered.app.outlook({ appointment: appointment(), resolver, messages: { open: async (m) => void opened.push(m) } });
    await expect(pane.remind!(REF)).resolves.toBe(0);
    expect(opened).toEqual([]);
  });
});
