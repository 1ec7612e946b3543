/**
 * Issue 13: a scripted record session under DEMO_FAULTS=429:0.3,503:0.1,lostResponse:0.05 over several seeds. The
 * secretariat ensures the register row, prefills Närvaro from the answers, marks people present with times, records
 * three items' outcome, decision and minutes through the side panel's use case (ItemRecordSession, saving by itself,
 * one item written twice, the second time saved from its draft after a reload), gives uppdrag and moves the stage; each action
 * that fails is reported and retried as a user would (with what is on screen, read afresh). Then, with the faults off,
 * the rows are counted through the demo tenant: nothing lost, nothing doubled, each record field as last written.
 */
import { ItemRecordSession } from "../../src/app";
import type { AppFailure, AssignmentFields, DraftStorage, ItemRecordFields, PresenceFields, PresenceStatus, RecordValues, Services } from "../../src/core";
import { isAppFailure, readAgendaFields } from "../../src/core";
import type { DemoTenant } from "../../src/demo-tenant/server";
import type { ServicesOptions } from "../../src/services";
import { DEFAULT_FOLDER, eventOn, ORGANIZER, servicesAs, startTenant } from "../contract/services/harness";

jest.setTimeout(120_000);

const SPEC = "429:0.3,503:0.1,lostResponse:0.05";
const SEEDS = [1, 2, 3, 4, 5, 6];
const OPTIONS: ServicesOptions = { timeoutMs: 5_000, retry: { baseBackoffSeconds: 0.005 } };
/** Failures a user meets under these faults and answers with "Försök igen". */
const RETRYABLE = new Set(["throttled", "unavailable", "timeout", "offline", "conflict"]);
const USER_RETRIES = 8;

let tenant: DemoTenant;
beforeAll(async () => {
  tenant = await startTenant({ timeoutMs: 80, faultRetryAfter: 0 });
});
afterAll(() => tenant?.close());

interface Figures {
  actions: number;
  reported: number;
}

/** Runs an action as a user would: on a reported failure, tries again (the action reads what it needs afresh). */
async function asUser<T>(figures: Figures, action: () => Promise<T>): Promise<T> {
  figures.actions += 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      const code = isAppFailure(error) ? (error as AppFailure).appError.code : "not an AppFailure";
      if (!RETRYABLE.has(code) || attempt >= USER_RETRIES) throw error;
      figures.reported += 1;
    }
  }
}

/** The drafts of a browser tab: kept across a "reload" (a new session over a fresh read). */
function memoryDrafts(): DraftStorage {
  const stored = new Map<string, string>();
  return { load: (key) => stored.get(key) ?? null, save: (key, value) => void stored.set(key, value), remove: (key) => void stored.delete(key) };
}

/**
 * The item's record as the side panel edits it: opened from a fresh read, changed, saved until the panel says "saved".
 * With `reload`, the page is closed before the save and the item opened again: the draft in the browser saves it.
 */
async function recordItem(services: Services, figures: Figures, drafts: DraftStorage, id: string, change: Partial<RecordValues>, reload = false): Promise<void> {
  const open = async (delayMs: number) => new ItemRecordSession({ items: services.agenda, drafts }, await asUser(figures, () => services.agenda.get(id)), { delayMs, retryMs: [5, 10, 20] });
  let session = await open(reload ? 60_000 : 0);
  session.edit(change);
  if (reload) {
    session.dispose();
    session = await open(0);
    expect(session.state.values).toMatchObject(change);
  }
  figures.actions += 1;
  try {
    for (let attempt = 1; session.state.status !== "saved"; attempt++) {
      // Nobody else writes these items: a conflict here would be our own lost answer taken for someone else's edit.
      if (session.state.status === "conflict") throw new Error(`item ${id}: a false conflict on ${session.state.conflicts.map((c) => c.field).join(", ")}`);
      if (attempt > USER_RETRIES) throw new Error(`item ${id} not saved: ${session.state.error?.code ?? session.state.status}`);
      if (attempt > 1) figures.reported += 1;
      await session.flush();
    }
  } finally {
    session.dispose();
  }
}

const STATUS_OF: Record<string, PresenceStatus> = { accepted: "present", tentativelyAccepted: "present", declined: "apologies", none: "absent" };

async function session(services: Services, key: string, figures: Figures): Promise<{ people: PresenceFields[]; uppdrag: AssignmentFields[]; recorded: Map<string, ItemRecordFields> }> {
  const event = eventOn(tenant.state(), "2026-12-11");
  const users = tenant.state().users;
  await asUser(figures, () =>
    services.register.ensure({
      meetingKey: key,
      title: event.subject,
      startUtc: event.startUtc,
      number: 11,
      folderName: DEFAULT_FOLDER,
      chair: "Karin Lindqvist",
      approvers: ["Mikael Holm", "Per Åkesson"],
      state: "inProgress",
      currentItemId: null,
      protokollFileId: null,
      protokollPdfId: null,
    }),
  );
  const people: PresenceFields[] = event.attendees.map((a) => {
    const user = users.find((u) => u.mail === a.mail)!;
    return { meetingKey: key, email: a.mail, displayName: user.displayName, organisation: user.organisation, status: STATUS_OF[a.response] ?? "absent", arrived: null, left: null, role: a.type === "optional" ? "guest" : "member", note: "" };
  });
  // A stand-in who was not invited, without a mail address: matched by name.
  people.push({ meetingKey: key, email: "", displayName: "Ida Strand", organisation: "Helsingborgs stad", status: "present", arrived: null, left: null, role: "guest", note: "ersätter Karin Lindqvist" });
  for (const person of people) await asUser(figures, () => services.presence.create(person));

  const mark = async (mail: string, change: Partial<PresenceFields>) => {
    await asUser(figures, async () => {
      const row = (await services.presence.list(key)).find((r) => r.email === mail);
      if (!row) throw new Error(`no row for ${mail}`);
      return services.presence.update(row.id, row.etag, change);
    });
    Object.assign(people.find((p) => p.email === mail)!, change);
  };
  await mark("maria.lundgren@klippan.se", { status: "present", arrived: "08.45" });
  await mark("henrik.olsson@svalov.se", { status: "present" });
  await mark("camilla.nystrom@orkelljunga.se", { status: "remote" });
  await mark("fredrik.wallin@engelholm.se", { left: "11.10" });

  const items = tenant.state().sites[0]!.lists.find((l) => l.displayName === "Dagordning")!.items.filter((i) => i.fields.MeetingKey === key);
  const itemId = (n: number) => items.find((i) => i.fields.SortKey === n)!.id;
  const uppdrag: AssignmentFields[] = [
    { title: "skicka yttrandet till Region Skåne senast den 18 december 2026", meetingKey: key, itemId: itemId(3), assignee: "sekretariatet", assigneeEmail: null, due: "2026-12-18", status: "open", closedNote: "", closedAt: null },
    { title: "arbeta in gruppens synpunkter före utskick till styrelsen", meetingKey: key, itemId: itemId(4), assignee: "Elin Sjöberg", assigneeEmail: ORGANIZER, due: null, status: "open", closedNote: "", closedAt: null },
  ];
  for (const u of uppdrag) await asUser(figures, () => services.assignments.create(u));

  // The items' record: one decided with an edited clause (then reworded and its minutes extended, a second write of
  // the same row), one bordlagt, one information noted. Each value below is what the tenant must hold at the end.
  const drafts = memoryDrafts();
  const recorded = new Map<string, ItemRecordFields>();
  const record = async (n: number, values: RecordValues, reload = false) => {
    await recordItem(services, figures, drafts, itemId(n), values, reload);
    recorded.set(itemId(n), { ...values, carriedFrom: null });
  };
  await record(3, { outcome: "decided", decisions: ["godkänna yttrandet med gruppens ändringar", "uppdra åt sekretariatet att skicka yttrandet"], minutes: "Gruppen diskuterade yttrandet." });
  await record(4, { outcome: "tabled", decisions: ["ärendet hänskjuts till nästkommande möte"], minutes: "" });
  await record(5, { outcome: "noted", decisions: ["lägga informationen till handlingarna"], minutes: "Informationen noterades." });
  await record(3, { outcome: "decided", decisions: ["godkänna yttrandet med gruppens ändringar i avsnitt 2", "uppdra åt sekretariatet att skicka yttrandet"], minutes: "Gruppen diskuterade yttrandet. Frågan om tidplanen tas upp igen i januari." }, true);

  for (const n of [3, 4]) {
    await asUser(figures, async () => {
      const row = await services.register.find(key);
      if (!row) throw new Error("the register row is gone");
      return services.register.update(row.id, row.etag, { currentItemId: itemId(n) });
    });
  }
  return { people, uppdrag, recorded };
}

describe(`DEMO_FAULTS=${SPEC}: a record session`, () => {
  const totals = { actions: 0, reported: 0, faults: 0 };
  afterAll(() => {
    // The figures for the report: how hard the faults hit, and how often the user had to retry.
    process.stdout.write(`record session: ${SEEDS.length} seeds, ${totals.actions} actions, ${totals.reported} reported and retried, ${totals.faults} faults injected\n`);
  });

  it.each(SEEDS)("seed %i loses nothing and doubles no row", async (seed) => {
    tenant.setFaults(undefined);
    tenant.reset();
    tenant.clearRequests();
    const key = eventOn(tenant.state(), "2026-12-11").iCalUId;
    const agendaRows = () => tenant.state().sites[0]!.lists.find((l) => l.displayName === "Dagordning")!.items.filter((i) => i.fields.MeetingKey === key);
    const agendaBefore = agendaRows().map((row) => ({ id: row.id, fields: { ...row.fields } }));
    tenant.setFaults(SPEC, seed);
    const figures: Figures = { actions: 0, reported: 0 };
    const { people, uppdrag, recorded } = await session(servicesAs(tenant, ORGANIZER, OPTIONS), key, figures);
    tenant.setFaults(undefined);
    const faults = tenant.requests().flatMap((r) => [r, ...(r.batch ?? [])]).filter((r) => r.fault !== undefined).length;
    totals.actions += figures.actions;
    totals.reported += figures.reported;
    totals.faults += faults;
    expect(faults).toBeGreaterThan(10);

    // Counted in the tenant itself, not through the services under test.
    const lists = tenant.state().sites[0]!.lists;
    const rows = (name: string) => lists.find((l) => l.displayName === name)!.items.filter((i) => i.fields.MeetingKey === key);
    const register = rows("Sammanträden");
    expect(register).toHaveLength(1);
    expect(register[0]!.fields).toMatchObject({ Number: 11, RecordState: "pågår", CurrentItem: uppdrag[1]!.itemId });

    const presence = rows("Närvaro");
    expect(presence).toHaveLength(people.length);
    expect(new Set(presence.map((r) => `${String(r.fields.Email ?? "")}|${String(r.fields.DisplayName)}`)).size).toBe(people.length);
    const read = await servicesAs(tenant, ORGANIZER, OPTIONS).presence.list(key);
    for (const person of people) {
      const row = read.find((r) => (person.email ? r.email === person.email : r.displayName === person.displayName));
      expect({ who: person.displayName, status: row?.status, arrived: row?.arrived, left: row?.left }).toEqual({ who: person.displayName, status: person.status, arrived: person.arrived, left: person.left });
    }

    const given = rows("Uppdrag");
    expect(given.map((r) => r.fields.Title).sort()).toEqual(uppdrag.map((u) => u.title).sort());

    // Dagordning: the same rows; each recorded item holds the values last written, its agenda text untouched; the
    // others unchanged in every column.
    const agendaAfter = agendaRows();
    expect(agendaAfter.map((row) => row.id).sort()).toEqual(agendaBefore.map((row) => row.id).sort());
    expect(recorded.size).toBe(3);
    for (const before of agendaBefore) {
      const after = agendaAfter.find((row) => row.id === before.id)!;
      const written = recorded.get(before.id);
      if (written === undefined) {
        expect({ id: before.id, fields: after.fields }).toEqual({ id: before.id, fields: before.fields });
        continue;
      }
      const { outcome, decisions, minutes, carriedFrom, title, proposedDecisions, description } = readAgendaFields(after.fields, []);
      const agenda = readAgendaFields(before.fields, []);
      expect({ id: before.id, outcome, decisions, minutes, carriedFrom }).toEqual({ id: before.id, ...written });
      expect({ title, proposedDecisions, description }).toEqual({ title: agenda.title, proposedDecisions: agenda.proposedDecisions, description: agenda.description });
    }
  });
});
