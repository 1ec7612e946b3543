/** Agenda and document writes against the demo tenant: eTag conflicts, uploads that never overwrite, folders. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AgendaItemDraft } from "../../../src/core/types";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { etagOf } from "../../../src/demo-tenant/store";
import { DATA_DIR, DEFAULT_FOLDER, eventOn, MEMBER, ORGANIZER, servicesAs, tenantPerTest } from "./harness";

const draft = (title: string): AgendaItemDraft => ({
  title,
  presenter: "Elin Sjöberg, sekretariatschef",
  description: "Bakgrund",
  proposedDecisions: ["godkänna förslaget", "uppdra åt sekretariatet att återkomma"],
  kind: "beslut",
  startTime: "11.15",
});

describe("AgendaStore and DocumentStore against the demo tenant", () => {
  let tenant: DemoTenant;
  tenantPerTest((started) => (tenant = started));

  const key = () => eventOn(tenant.state(), "2026-12-11").iCalUId;
  /** The meeting as ensureFolder finds (or names) its folder. */
  const meetingOn = (day: string) => {
    const event = eventOn(tenant.state(), day);
    return { key: event.iCalUId, startUtc: event.startUtc, subject: event.subject };
  };
  const library = () => tenant.state().sites[0]!.lists[1]!.drive!;
  const agendaList = () => tenant.state().sites[0]!.lists.find((l) => l.name === "Dagordning")!;

  it("creates, lists, updates with the new eTag, and removes an item", async () => {
    const store = servicesAs(tenant, ORGANIZER).agenda;
    const created = await store.create(key(), draft("Nytt ärende"), 9);
    expect(created).toMatchObject({ meetingKey: key(), title: "Nytt ärende", sortKey: 9, itemNumber: null, proposedDecisions: ["godkänna förslaget", "uppdra åt sekretariatet att återkomma"], startTime: "11.15" });
    expect((await store.list(key())).map((i) => i.id)).toContain(created.id);

    const updated = await store.update(created.id, created.etag, { ...draft("Omformulerat ärende"), startTime: null });
    const stored = agendaList().items.find((i) => i.id === created.id)!;
    expect(updated).toMatchObject({ id: created.id, title: "Omformulerat ärende", startTime: null });
    expect(updated.etag).toBe(etagOf(stored));
    expect(updated.etag).not.toBe(created.etag);
    expect(await store.get(created.id)).toEqual(updated);

    // The returned eTag is the one to write with next.
    const again = await store.update(created.id, updated.etag, draft("Tredje versionen"));
    await store.remove(created.id, again.etag);
    expect(agendaList().items.some((i) => i.id === created.id)).toBe(false);
  });

  it("rejects a stale eTag as conflict and keeps the other person's edit", async () => {
    const mine = servicesAs(tenant, ORGANIZER).agenda;
    const theirs = servicesAs(tenant, ORGANIZER).agenda;
    const [first] = await mine.list(key());
    const original = first!;
    const theirEdit = await theirs.update(original.id, original.etag, { ...original, title: "Deras rubrik" });
    const error = await mine.update(original.id, original.etag, { ...original, title: "Min rubrik" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ appError: { code: "conflict" }, status: 412 });
    expect(agendaList().items.find((i) => i.id === original.id)!.fields.Title).toBe("Deras rubrik");
    await expect(mine.remove(original.id, original.etag)).rejects.toMatchObject({ appError: { code: "conflict" } });
    expect(await mine.get(original.id)).toEqual(theirEdit);
  });

  it("lists the folder's files with ItemNumber and downloads their bytes", async () => {
    const documents = servicesAs(tenant, ORGANIZER).documents;
    const folder = await documents.ensureFolder(meetingOn("2026-12-11"));
    const files = await documents.listFiles(folder.id);
    expect(files.map((f) => f.name).sort()).toEqual(
      tenant.state().sites[0]!.lists[1]!.drive!.items.filter((i) => i.parentId === folder.id).map((i) => i.name).sort(),
    );
    const plan = files.find((f) => f.name === "Verksamhetsplan 2027 – förslag.pdf")!;
    const item4 = agendaList().items.find((i) => i.fields.MeetingKey === key() && i.fields.SortKey === 4)!;
    expect(plan.itemId).toBe(item4.id);
    const stored = tenant.state().sites[0]!.lists[1]!.drive!.items.find((i) => i.id === plan.id)!;
    const bytes = await documents.download(plan.id);
    expect(Buffer.from(bytes).equals(readFileSync(join(DATA_DIR, stored.contentPath!)))).toBe(true);
  });

  it("never replaces an existing file on upload: the new one gets (2), then (3)", async () => {
    const documents = servicesAs(tenant, ORGANIZER).documents;
    const folder = await documents.ensureFolder(meetingOn("2026-12-11"));
    const existing = (await documents.listFiles(folder.id)).find((f) => f.name === "3 - Utkast till yttrande.docx")!;
    const before = await documents.download(existing.id);

    const second = await documents.upload(folder.id, "3 - Utkast till yttrande.docx", new TextEncoder().encode("ny version"), "7");
    expect(second).toMatchObject({ renamed: true, file: { name: "3 - Utkast till yttrande (2).docx", itemId: "7" } });
    const third = await documents.upload(folder.id, "3 - Utkast till yttrande.docx", new TextEncoder().encode("tredje"), null);
    expect(third).toMatchObject({ renamed: true, file: { name: "3 - Utkast till yttrande (3).docx", itemId: null } });

    expect(Buffer.from(await documents.download(existing.id)).equals(Buffer.from(before))).toBe(true);
    expect(new TextDecoder().decode(await documents.download(second.file.id))).toBe("ny version");
    const listed = await documents.listFiles(folder.id);
    expect(listed.find((f) => f.id === second.file.id)?.itemId).toBe("7");

    const fresh = await documents.upload(folder.id, "Ny bilaga.pdf", new Uint8Array([37, 80, 68, 70]), null);
    expect(fresh).toMatchObject({ renamed: false, file: { name: "Ny bilaga.pdf", size: 4 } });
    await documents.setItemId(fresh.file.id, "7");
    expect((await documents.listFiles(folder.id)).find((f) => f.id === fresh.file.id)?.itemId).toBe("7");
    await documents.setItemId(fresh.file.id, "0");
    expect((await documents.listFiles(folder.id)).find((f) => f.id === fresh.file.id)?.itemId).toBe("0");
  });

  it("finds an existing folder by its key and creates a missing one once, stamped with the meeting's key and start", async () => {
    const documents = servicesAs(tenant, ORGANIZER).documents;
    const existing = await documents.ensureFolder(meetingOn("2026-12-11"));
    expect(existing.name).toBe(DEFAULT_FOLDER);
    const january = { key: "JANUARY-2027", startUtc: "2027-01-15T07:30:00Z", subject: "Kommundirektörsmöte" };
    const created = await documents.ensureFolder(january);
    const again = await documents.ensureFolder(january);
    expect(again).toEqual(created);
    const rows = library().items.filter((i) => i.name === "2027-01-15 Kommundirektörsmöte");
    expect(rows.map((r) => r.fields)).toEqual([{ MeetingKey: "JANUARY-2027", MeetingStart: "2027-01-15T07:30:00Z" }]);
    expect(await documents.listFiles(created.id)).toEqual([]);
  });

  it("gives two panes linking a new meeting at once one folder", async () => {
    const january = { key: "JANUARY-2027", startUtc: "2027-01-15T07:30:00Z", subject: "Kommundirektörsmöte" };
    const [a, b] = await Promise.all([servicesAs(tenant, ORGANIZER).documents.ensureFolder(january), servicesAs(tenant, ORGANIZER).documents.ensureFolder(january)]);
    expect(a.id).toBe(b.id);
    expect(library().items.filter((i) => i.name.startsWith("2027-01-15"))).toHaveLength(1);
  });

  it("keeps a moved or renamed meeting's folder (found by key), and moves its MeetingStart along", async () => {
    const documents = servicesAs(tenant, ORGANIZER).documents;
    const moved = { ...meetingOn("2026-12-11"), startUtc: "2026-12-18T07:30:00Z", subject: "Extra möte" };
    const folder = await documents.ensureFolder(moved);
    expect(folder.name).toBe(DEFAULT_FOLDER);
    expect(library().items.find((i) => i.id === folder.id)!.fields.MeetingStart).toBe("2026-12-18T07:30:00Z");
    expect(library().items.some((i) => i.name.startsWith("2026-12-18"))).toBe(false);
  });

  it("stamps an older folder found by its name, and never takes another meeting's folder of the same name", async () => {
    const documents = servicesAs(tenant, ORGANIZER).documents;
    const december = library().items.find((i) => i.name === DEFAULT_FOLDER)!;
    delete december.fields.MeetingKey;
    delete december.fields.MeetingStart;
    const folder = await documents.ensureFolder(meetingOn("2026-12-11"));
    expect(folder.id).toBe(december.id);
    expect(december.fields).toMatchObject({ MeetingKey: key(), MeetingStart: eventOn(tenant.state(), "2026-12-11").startUtc });
    // Someone's own appointment with the same date and subject gets a folder of its own.
    const stranger = await documents.ensureFolder({ ...meetingOn("2026-12-11"), key: "SOMEONE-ELSES" });
    expect(stranger.name).toBe(`${DEFAULT_FOLDER} (2)`);
    expect((await documents.listFiles(december.id)).length).toBeGreaterThan(0);
  });
});

describe("MeetingSource and Directory against the demo tenant", () => {
  let tenant: DemoTenant;
  tenantPerTest((started) => (tenant = started));

  it("lists the group's upcoming meetings with item counts in one round trip", async () => {
    const services = servicesAs(tenant, MEMBER, { now: () => new Date("2026-11-01T00:00:00Z") });
    const upcoming = await services.meetings.listUpcoming();
    expect(tenant.requests()).toHaveLength(1);
    expect(upcoming.map((m) => [m.startUtc, m.folderName, m.itemCount, m.myResponse])).toEqual([
      ["2026-11-13T07:30:00.000Z", "2026-11-13 Kommundirektörsmöte", 4, "accepted"],
      ["2026-12-11T07:30:00.000Z", "2026-12-11 Kommundirektörsmöte", 8, "accepted"],
    ]);
  });

  it("finds the meeting of a Teams chat", async () => {
    const chat = tenant.state().chats[0]!;
    const summary = await servicesAs(tenant, ORGANIZER).meetings.findByChatId(chat.id);
    expect(summary).toMatchObject({ iCalUId: chat.eventICalUId, folderName: DEFAULT_FOLDER, myResponse: "organizer" });
    await expect(servicesAs(tenant, "sara.dahl@familjenhelsingborg.se").meetings.findByChatId(chat.id)).rejects.toMatchObject({ appError: { code: "notFound" } });
  });

  it("from a chat whose meeting another person organizes, finds the secretariat's own copy of the occurrence", async () => {
    // Karin organizes December's occurrence and Elin (secretariat, delegate) is invited: the chat names Karin's
    // event id; Elin's own copy, the one to answer with, is found only through calendarView.
    const data = tenant.state();
    const event = eventOn(data, "2026-12-11");
    event.organizer = MEMBER;
    event.attendees = [...event.attendees.filter((a) => a.mail !== MEMBER), { mail: ORGANIZER, type: "required", response: "tentativelyAccepted" }];
    tenant.clearRequests();
    const summary = await servicesAs(tenant, ORGANIZER).meetings.findByChatId(data.chats[0]!.id);
    // The chat, then the event by id (mine and via the organizer), then the own copy's lookups: three round trips.
    expect(tenant.requests().filter((r) => r.path.startsWith("/v1.0/"))).toHaveLength(3);
    const own = await fetch(`${tenant.url}/v1.0/me/calendarView?startDateTime=2026-12-11T00:00:00Z&endDateTime=2026-12-12T00:00:00Z&$select=id,iCalUId`, {
      headers: { Authorization: `Bearer demo:${ORGANIZER}` },
    }).then((r) => r.json() as Promise<{ value: { id: string; iCalUId: string }[] }>);
    expect(own.value.map((e) => e.iCalUId)).toEqual([event.iCalUId]);
    expect(summary).toMatchObject({ id: own.value[0]!.id, iCalUId: event.iCalUId, myResponse: "tentativelyAccepted", folderName: DEFAULT_FOLDER });
  });

  it("answers an invitation with sendResponse", async () => {
    const member = servicesAs(tenant, MEMBER);
    const view = await member.meetings.loadMeetingView({ key: eventOn(tenant.state(), "2026-12-11").iCalUId, folderName: DEFAULT_FOLDER });
    await member.meetings.respond(view.meeting.id, "tentativelyAccept", "");
    expect(eventOn(tenant.state(), "2026-12-11").attendees.find((a) => a.mail === MEMBER)?.response).toBe("tentativelyAccepted");
    // The organizer cannot answer their own meeting: Graph's 400 surfaces as a typed error.
    const organizer = servicesAs(tenant, ORGANIZER);
    const own = await organizer.meetings.loadMeetingView({ key: view.meeting.iCalUId, folderName: DEFAULT_FOLDER });
    await expect(organizer.meetings.respond(own.meeting.id, "accept", "")).rejects.toMatchObject({ appError: { code: "unknown" }, status: 400 });
  });

  it("looks up directory data 20 to a batch and leaves out unknown people", async () => {
    const users = tenant.state().users.map((u) => u.mail);
    const emails = [...users, ...Array.from({ length: 10 }, (_, i) => `okand${i}@example.se`)];
    const entries = await servicesAs(tenant, ORGANIZER).directory.lookup(emails);
    expect(entries.map((e) => e.email).sort()).toEqual(users.map((m) => m.toLowerCase()).sort());
    expect(entries.find((e) => e.email === "annika.svensson@perstorp.se")).toMatchObject({ companyName: null, officeLocation: "Perstorp" });
    const batches = tenant.requests().filter((r) => r.path === "/v1.0/$batch");
    expect(batches).toHaveLength(Math.ceil(emails.length / 20));
    for (const batch of batches) expect(batch.batch!.length).toBeLessThanOrEqual(20);
  });
});
