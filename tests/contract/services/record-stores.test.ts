/**
 * The record's stores (Sammanträden, Närvaro, Uppdrag) and the attendance report against the demo tenant over real
 * HTTP: create, update under eTag, 412 as a conflict, a lost answer that never doubles a row, two writers who create
 * at once, and rows written straight into the lists as a hand in SharePoint would.
 */
import { DEMO_CONFIG } from "../../../src/config";
import type { AssignmentFields, MeetingRegisterFields, PresenceFields } from "../../../src/core";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import type { ServicesOptions } from "../../../src/services";
import { createServices } from "../../../src/services";
import { ONLINE_MEETING_SCOPES } from "../../../src/services/auth/scopes";
import { configFor, eventOn, MEMBER, ORGANIZER, servicesAs, tenantPerTest } from "./harness";

let tenant: DemoTenant;
// A lost answer is held 30 ms, not the default 10 s.
tenantPerTest((started) => (tenant = started), { timeoutMs: 30 });

const fast: ServicesOptions = { timeoutMs: 5_000, retry: { baseBackoffSeconds: 0.005 } };
/** The create of a row in a list, and no other request (the lookup before it reads the same path). */
const createIn = (list: string) => `POST /sites/${DEMO_CONFIG.siteId}/lists/${list}/items`;
const organizer = () => servicesAs(tenant, ORGANIZER, fast);
const december = () => eventOn(tenant.state(), "2026-12-11");
const rowsOf = (list: string, key: string) => tenant.state().sites[0]!.lists.find((l) => l.displayName === list)!.items.filter((i) => i.fields.MeetingKey === key);

function registerFields(key: string): MeetingRegisterFields {
  return {
    meetingKey: key,
    title: "Kommundirektörsmöte",
    startUtc: "2026-12-11T07:30:00.000Z",
    number: 11,
    folderName: "2026-12-11 Kommundirektörsmöte",
    chair: "Karin Lindqvist",
    approvers: ["Mikael Holm", "Sofia Ekström"],
    state: "inProgress",
    currentItemId: null,
    protokollFileId: null,
    protokollPdfId: null,
  };
}

function person(key: string, over: Partial<PresenceFields> = {}): PresenceFields {
  return { meetingKey: key, email: "mikael.holm@bastad.se", displayName: "Mikael Holm", organisation: "Båstad", status: "present", arrived: null, left: null, role: "member", note: "", ...over };
}

function uppdrag(key: string, over: Partial<AssignmentFields> = {}): AssignmentFields {
  return { title: "skicka yttrandet till Region Skåne", meetingKey: key, itemId: "12", assignee: "sekretariatet", assigneeEmail: null, due: "2026-12-18", status: "open", closedNote: "", closedAt: null, ...over };
}

async function postRow(list: string, fields: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${tenant.url}/v1.0/sites/${encodeURIComponent(DEMO_CONFIG.siteId)}/lists/${encodeURIComponent(list)}/items`, {
    method: "POST",
    headers: { Authorization: `Bearer demo:${ORGANIZER}`, "Content-Type": "application/json" },
    body: JSON.stringify({ fields }),
  });
  expect(response.status).toBe(201);
}

describe("Sammanträden (MeetingRegister)", () => {
  it("reads the year's rows of the default data and finds none for December yet", async () => {
    const register = organizer().register;
    expect(await register.find(december().iCalUId)).toBeNull();
    const year = await register.listYear(2026);
    expect(year.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(year.every((r) => r.state === "approved" && r.problems === undefined)).toBe(true);
    expect(await register.listYear(2025)).toEqual([]);
  });

  it("ensure creates once, returns the row on the second call, and writes its Swedish state", async () => {
    const key = december().iCalUId;
    const register = organizer().register;
    const made = await register.ensure(registerFields(key));
    expect(made).toMatchObject({ meetingKey: key, number: 11, state: "inProgress", approvers: ["Mikael Holm", "Sofia Ekström"], currentItemId: null });
    expect((await register.ensure({ ...registerFields(key), number: 99 })).id).toBe(made.id);
    expect(rowsOf("Sammanträden", key)).toHaveLength(1);
    expect(rowsOf("Sammanträden", key)[0]!.fields.RecordState).toBe("pågår");
  });

  it("update writes under eTag; a stale eTag is a conflict and changes nothing", async () => {
    const register = organizer().register;
    const made = await register.ensure(registerFields(december().iCalUId));
    const moved = await register.update(made.id, made.etag, { currentItemId: "14", state: "ended" });
    expect(moved).toMatchObject({ currentItemId: "14", state: "ended", number: 11 });
    expect(moved.etag).not.toBe(made.etag);
    await expect(register.update(made.id, made.etag, { currentItemId: "15" })).rejects.toMatchObject({ code: "conflict" });
    expect((await register.find(made.meetingKey))?.currentItemId).toBe("14");
  });

  it("after a lost answer to the create, ensure returns the row that was made: never two", async () => {
    const key = december().iCalUId;
    tenant.injectFaults(["lostResponse"], createIn("Sammanträden"));
    const register = organizer().register;
    await expect(register.ensure(registerFields(key))).resolves.toMatchObject({ meetingKey: key, number: 11 });
    expect(tenant.requests().filter((r) => r.fault === "lostResponse")).toHaveLength(1);
    expect(rowsOf("Sammanträden", key)).toHaveLength(1);
    // And the user's retry after it, had the failure been shown, finds the row instead of writing a second.
    await register.ensure(registerFields(key));
    expect(rowsOf("Sammanträden", key)).toHaveLength(1);
  });

  it("two secretaries who ensure at the same moment keep one row", async () => {
    const key = december().iCalUId;
    const [a, b] = await Promise.all([organizer().register.ensure(registerFields(key)), organizer().register.ensure(registerFields(key))]);
    expect(a.id).toBe(b.id);
    expect(rowsOf("Sammanträden", key)).toHaveLength(1);
  });

  it("keeps a row written by hand with a bad number, an unknown state and no start, and names what was repaired", async () => {
    await postRow("Sammanträden", { Title: "Extra möte", MeetingKey: "HAND-1", Number: 2.5, RecordState: "pågår" });
    const state = tenant.state().sites[0]!.lists.find((l) => l.displayName === "Sammanträden")!;
    const row = state.items.find((i) => i.fields.MeetingKey === "HAND-1")!;
    row.fields.RecordState = "Pågående";
    const found = await organizer().register.find("HAND-1");
    expect(found).toMatchObject({ title: "Extra möte", number: null, state: "planned", startUtc: "" });
    expect(found?.problems?.map((p) => (p.code === "badField" ? p.field : p.code)).sort()).toEqual(["Number", "RecordState", "Start"]);
  });
});

describe("Närvaro (PresenceStore)", () => {
  it("create returns the existing row for the same mail (any case) or, without a mail, the same name", async () => {
    const key = december().iCalUId;
    const presence = organizer().presence;
    const first = await presence.create(person(key));
    expect((await presence.create(person(key, { email: "Mikael.Holm@BASTAD.se", status: "absent" }))).id).toBe(first.id);
    const guest = await presence.create(person(key, { email: "", displayName: "Ida Strand", organisation: "Helsingborgs stad", role: "guest" }));
    expect((await presence.create(person(key, { email: "", displayName: " ida  strand " }))).id).toBe(guest.id);
    expect(rowsOf("Närvaro", key)).toHaveLength(2);
    expect(rowsOf("Närvaro", key).map((r) => r.fields.Role)).toEqual(["ledamot", "gäst"]);
  });

  it("update sets kom kl / gick kl under eTag, and refuses a stale eTag", async () => {
    const presence = organizer().presence;
    const row = await presence.create(person(december().iCalUId));
    const late = await presence.update(row.id, row.etag, { arrived: "08.45", status: "present" });
    expect(late).toMatchObject({ arrived: "08.45", left: null });
    await expect(presence.update(row.id, row.etag, { left: "11.10" })).rejects.toMatchObject({ code: "conflict" });
    const early = await presence.update(late.id, late.etag, { left: "11.10" });
    expect(early).toMatchObject({ arrived: "08.45", left: "11.10" });
    expect((await presence.list(row.meetingKey))[0]).toMatchObject({ arrived: "08.45", left: "11.10" });
  });

  it("a lost answer to a create or an update neither doubles the row nor fails", async () => {
    const key = december().iCalUId;
    const presence = organizer().presence;
    // create: lookup, POST (answer lost), then it finds its row.
    tenant.injectFaults(["lostResponse"], createIn("Närvaro"));
    const first = await presence.create(person(key));
    expect(rowsOf("Närvaro", key)).toHaveLength(1);
    expect(tenant.requests().filter((r) => r.fault === "lostResponse")).toHaveLength(1);
    tenant.injectFaults(["lostResponse"], `/lists/Närvaro/items/${first.id}/fields`);
    const updated = await presence.update(first.id, first.etag, { status: "remote" });
    expect(updated.status).toBe("remote");
    expect(rowsOf("Närvaro", key)[0]!.fields.Status).toBe("på distans");
  });

  it("remove deletes under eTag; after a lost answer the row is gone and remove succeeds", async () => {
    const key = december().iCalUId;
    const presence = organizer().presence;
    const row = await presence.create(person(key));
    await expect(presence.remove(row.id, '"{00000000-0000-0000-0000-000000000000},1"')).rejects.toMatchObject({ code: "conflict" });
    tenant.injectFaults(["lostResponse"], `/lists/Närvaro/items/${row.id}`);
    await presence.remove(row.id, row.etag);
    expect(rowsOf("Närvaro", key)).toHaveLength(0);
  });

  it("keeps rows written by hand: an unknown status, a time typed 8:45, no DisplayName", async () => {
    await postRow("Närvaro", { Title: "Per Åkesson", MeetingKey: "HAND-2", Email: "per.akesson@hoganas.se", Status: "närvarande", Arrived: "8:45", Left: "efter lunch" });
    const list = tenant.state().sites[0]!.lists.find((l) => l.displayName === "Närvaro")!;
    list.items.find((i) => i.fields.MeetingKey === "HAND-2")!.fields.Status = "Närvarande delvis";
    const [row] = await organizer().presence.list("HAND-2");
    expect(row).toMatchObject({ displayName: "Per Åkesson", email: "per.akesson@hoganas.se", status: "present", arrived: "08.45", left: null, role: "member" });
    expect(row?.problems?.map((p) => (p.code === "badField" ? p.field : p.code)).sort()).toEqual(["DisplayName", "Left", "Status"]);
  });

  it("members read the list and cannot write it (403, nothing written)", async () => {
    const key = december().iCalUId;
    await organizer().presence.create(person(key));
    const member = servicesAs(tenant, MEMBER, fast).presence;
    expect(await member.list(key)).toHaveLength(1);
    await expect(member.create(person(key, { email: "karin.lindqvist@helsingborg.se", displayName: "Karin Lindqvist" }))).rejects.toMatchObject({ code: "forbidden" });
    expect(rowsOf("Närvaro", key)).toHaveLength(1);
  });
});

describe("Uppdrag (AssignmentStore)", () => {
  it("creates, updates under eTag, and reads the open November uppdrag of the default data", async () => {
    const november = eventOn(tenant.state(), "2026-11-13").iCalUId;
    const store = organizer().assignments;
    expect(await store.list(november)).toEqual([expect.objectContaining({ assignee: "Nätverket Näringsliv och destination", status: "open", due: null })]);
    const key = december().iCalUId;
    const made = await store.create(uppdrag(key));
    expect(made).toMatchObject({ title: "skicka yttrandet till Region Skåne", due: "2026-12-18", status: "open", itemId: "12" });
    const done = await store.update(made.id, made.etag, { status: "done", closedAt: key, closedNote: "Skickat 17 december." });
    expect(done).toMatchObject({ status: "done", closedAt: key });
    await expect(store.update(made.id, made.etag, { status: "struck" })).rejects.toMatchObject({ code: "conflict" });
    expect(rowsOf("Uppdrag", key)[0]!.fields.Status).toBe("klart");
  });

  it("a lost answer to a create does not make a second row, nor does a retry of the same uppdrag; another assignee is another row", async () => {
    const key = december().iCalUId;
    const store = organizer().assignments;
    tenant.injectFaults(["lostResponse"], createIn("Uppdrag"));
    const made = await store.create(uppdrag(key));
    expect(rowsOf("Uppdrag", key)).toHaveLength(1);
    expect(tenant.requests().filter((r) => r.fault === "lostResponse")).toHaveLength(1);
    expect(made.title).toBe("skicka yttrandet till Region Skåne");
    expect((await store.create(uppdrag(key))).id).toBe(made.id);
    expect(rowsOf("Uppdrag", key)).toHaveLength(1);
    await store.create(uppdrag(key, { assignee: "Ängelholms kommun" }));
    expect(rowsOf("Uppdrag", key)).toHaveLength(2);
  });

  it("keeps a row written by hand without a title and with a due date typed as words", async () => {
    await postRow("Uppdrag", { MeetingKey: "HAND-3", Assignee: "Helsingborg", Due: "till våren", Status: "öppet" });
    const [row] = await organizer().assignments.list("HAND-3");
    expect(row).toMatchObject({ title: "", assignee: "Helsingborg", due: null, status: "open" });
    expect(row?.problems?.map((p) => (p.code === "badField" ? p.field : p.code)).sort()).toEqual(["Due", "missingTitle"]);
  });
});

describe("the online meeting's attendance report (OnlineAttendanceSource)", () => {
  const joinUrl = () => december().joinUrl!;
  const window = () => ({ startUtc: december().startUtc, endUtc: december().endUtc });

  it("gives the organizer first join and last leave per person for December's session only", async () => {
    const times = await organizer().onlineAttendance.read(joinUrl(), window());
    if (times === "unavailable") throw new Error("expected a report");
    const byName = new Map(times.map((t) => [t.displayName, t]));
    expect(byName.get("Annika Svensson")).toEqual({ email: "annika.svensson@perstorp.se", displayName: "Annika Svensson", joinedUtc: "2026-12-11T07:44:00.000Z", leftUtc: "2026-12-11T10:12:00.000Z" });
    expect(byName.get("Mikael Holm")?.joinedUtc).toBe("2026-12-11T07:27:00.000Z");
    expect(byName.get("Malin Östberg")?.leftUtc).toBe("2026-12-11T08:20:00.000Z");
    // A caller by phone has no mail and is kept by name; November's session is not mixed in.
    expect(times.some((t) => t.email === "" && t.displayName.startsWith("Ringde in"))).toBe(true);
    expect(times.every((t) => t.joinedUtc.startsWith("2026-12-11"))).toBe(true);
  });

  it("is unavailable for a member (403 on the reports), for an unknown join URL, and for a window without a session", async () => {
    expect(await servicesAs(tenant, MEMBER, fast).onlineAttendance.read(joinUrl(), window())).toBe("unavailable");
    expect(tenant.requests().some((r) => r.status === 403 && r.path.includes("attendanceReports"))).toBe(true);
    expect(await organizer().onlineAttendance.read("https://teams.microsoft.com/l/meetup-join/none", window())).toBe("unavailable");
    expect(await organizer().onlineAttendance.read(joinUrl(), { startUtc: "2026-10-08T06:30:00Z", endUtc: "2026-10-08T09:30:00Z" })).toBe("unavailable");
  });

  it("throttling is retried within the budget, not taken for unavailable", async () => {
    tenant.injectFaults(["429"], "/attendanceReports");
    const times = await organizer().onlineAttendance.read(joinUrl(), window());
    expect(Array.isArray(times)).toBe(true);
  });

  it("asks for its scopes only when used, and is unavailable where they are not granted; nothing else changes", async () => {
    const asked: (readonly string[] | undefined)[] = [];
    const withoutConsent = createServices(configFor(tenant), {
      getToken: async (scopes?: string[]) => {
        asked.push(scopes);
        // Entra's answer when the admin never consented to the scope (msal throws; the app sees no token).
        if (scopes?.some((s) => ONLINE_MEETING_SCOPES.includes(s))) throw new Error("AADSTS65001: consent_required");
        return `demo:${ORGANIZER}`;
      },
    }, fast);
    const view = await withoutConsent.meetings.loadMeetingView({ key: december().iCalUId });
    expect(view.agenda.state).toBe("ready");
    expect(asked.every((scopes) => scopes === undefined)).toBe(true);
    expect(await withoutConsent.onlineAttendance.read(joinUrl(), window())).toBe("unavailable");
    expect(asked.at(-1)).toEqual(expect.arrayContaining([...ONLINE_MEETING_SCOPES, "User.Read"]));
    expect(tenant.requests().some((r) => r.path.includes("onlineMeetings"))).toBe(false);
    expect((await withoutConsent.presence.list(december().iCalUId))).toEqual([]);
  });
});
