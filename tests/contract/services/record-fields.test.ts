/**
 * The record's fields of an agenda item (DESIGN §4a: Outcome, Decisions, Minutes, CarriedFrom) through the demo
 * tenant's Graph API: AgendaStore.updateRecord writes only the columns given, under the item's eTag; the Outlook
 * editor's save never writes or overwrites them.
 */
import type { AgendaItemRecord, ItemRecordFields } from "../../../src/core";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { etagOf } from "../../../src/demo-tenant/store";
import { draftOf } from "../../../src/app/agendaOps";
import { eventOn, ORGANIZER, servicesAs, tenantPerTest } from "./harness";

// SharePoint's bookkeeping, which every write changes.
const BOOKKEEPING = new Set(["Modified", "Editor", "_UIVersionString", "@odata.etag", "Edited"]);

describe("AgendaStore.updateRecord against the demo tenant", () => {
  let tenant: DemoTenant;
  tenantPerTest((started) => (tenant = started));

  const key = () => eventOn(tenant.state(), "2026-12-11").iCalUId;
  const agendaList = () => tenant.state().sites[0]!.lists.find((l) => l.name === "Dagordning")!;
  const stored = (id: string) => agendaList().items.find((i) => i.id === id)!;
  /** The row's columns as stored, without SharePoint's bookkeeping. */
  const columns = (id: string): Record<string, unknown> => Object.fromEntries(Object.entries(stored(id).fields).filter(([name]) => !BOOKKEEPING.has(name)));
  const firstItem = async (): Promise<AgendaItemRecord> => (await servicesAs(tenant, ORGANIZER).agenda.list(key()))[0]!;

  it("writes only the columns given, and answers with the row as now stored", async () => {
    const store = servicesAs(tenant, ORGANIZER).agenda;
    const item = await firstItem();
    const before = columns(item.id);
    // Handed more than record fields (a whole record, as a careless caller might), it still writes only those given.
    const fields: Partial<ItemRecordFields> = { ...item, title: "Ska inte skrivas", outcome: "referredBack", decisions: ["återremittera ärendet", " uppdra åt sekretariatet att återkomma "] } as Partial<ItemRecordFields>;
    delete fields.minutes;
    delete fields.carriedFrom;
    const saved = await store.updateRecord(item.id, item.etag, fields);

    expect(columns(item.id)).toEqual({ ...before, Outcome: "återremitterat", Decisions: "återremittera ärendet\nuppdra åt sekretariatet att återkomma" });
    expect(saved).toMatchObject({ id: item.id, title: item.title, outcome: "referredBack", decisions: ["återremittera ärendet", "uppdra åt sekretariatet att återkomma"], minutes: "", carriedFrom: null });
    expect(saved.etag).toBe(etagOf(stored(item.id)));
    expect(await store.get(item.id)).toEqual(saved);

    // Only minutes now: the outcome stays; null clears a column.
    const next = await store.updateRecord(saved.id, saved.etag, { minutes: "Ordföranden sammanfattade.", carriedFrom: "KEY#4" });
    expect(next).toMatchObject({ outcome: "referredBack", minutes: "Ordföranden sammanfattade.", carriedFrom: "KEY#4" });
    const cleared = await store.updateRecord(next.id, next.etag, { outcome: null, carriedFrom: null });
    expect(cleared).toMatchObject({ outcome: null, carriedFrom: null, minutes: "Ordföranden sammanfattade." });
    expect(columns(item.id)).not.toHaveProperty("Outcome");
  });

  it("rejects a stale eTag as a conflict (412) and changes nothing", async () => {
    const mine = servicesAs(tenant, ORGANIZER).agenda;
    const theirs = servicesAs(tenant, ORGANIZER).agenda;
    const item = await firstItem();
    await theirs.updateRecord(item.id, item.etag, { outcome: "decided" });
    const after = columns(item.id);
    const error = await mine.updateRecord(item.id, item.etag, { outcome: "tabled", minutes: "Bordlades." }).catch((e: unknown) => e);
    expect(error).toMatchObject({ appError: { code: "conflict" }, status: 412 });
    expect(columns(item.id)).toEqual(after);
    expect(after.Outcome).toBe("beslutat");
  });

  it("is never undone by the Outlook editor's save of the item's content", async () => {
    const store = servicesAs(tenant, ORGANIZER).agenda;
    const item = await firstItem();
    const recorded = await store.updateRecord(item.id, item.etag, { outcome: "decided", decisions: ["godkänna planen"], minutes: "Inga invändningar." });
    // The editor saves its form over the version it read, here with the record's fields already empty in its copy.
    const edited = await store.update(recorded.id, recorded.etag, { ...draftOf(item), title: "Ny rubrik" });
    expect(edited).toMatchObject({ title: "Ny rubrik", outcome: "decided", decisions: ["godkänna planen"], minutes: "Inga invändningar." });
    expect(columns(item.id)).toMatchObject({ Title: "Ny rubrik", Outcome: "beslutat", Decisions: "godkänna planen", Minutes: "Inga invändningar." });
  });
});

describe("AgendaStore.updateRecord after a lost answer", () => {
  let tenant: DemoTenant;
  tenantPerTest((started) => (tenant = started), { timeoutMs: 30, faultRetryAfter: 0 });

  it("recognises its own write instead of repeating it (one PATCH), and reports a 412 after it as the conflict it is", async () => {
    const store = servicesAs(tenant, ORGANIZER, { timeoutMs: 5_000, retry: { baseBackoffSeconds: 0.005 } }).agenda;
    const [item] = await store.list(eventOn(tenant.state(), "2026-12-11").iCalUId);
    tenant.clearRequests();
    tenant.injectFaults(["lostResponse"]);
    const saved = await store.updateRecord(item!.id, item!.etag, { outcome: "noted", minutes: "Informationen noterades." });
    expect(saved).toMatchObject({ outcome: "noted", minutes: "Informationen noterades." });
    expect(tenant.requests().filter((r) => r.method === "PATCH" && r.path.includes("/fields"))).toHaveLength(1);
    await expect(store.updateRecord(item!.id, item!.etag, { outcome: "noted" })).rejects.toMatchObject({ appError: { code: "conflict" } });
  });
});
