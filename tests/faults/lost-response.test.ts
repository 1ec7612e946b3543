/**
 * Writes whose answer is lost after the effect (demo fault `lostResponse`): the services recognise their own effect
 * instead of repeating the write, and a user's retry after a reported failure never doubles it. Also the token path:
 * a rejected token is re-acquired silently once, and a token that stays rejected ends as "unauthenticated".
 */
import { GRAPH_RETRY_BUDGET } from "../../src/core";
import type { AgendaItemDraft } from "../../src/core";
import type { DemoTenant } from "../../src/demo-tenant/server";
import { createServices, isGraphError } from "../../src/services";
import type { ServicesOptions, TokenProvider } from "../../src/services";
import { draftOf } from "../../src/app/agendaOps";
import { configFor, DEFAULT_FOLDER, eventOn, MEMBER, ORGANIZER, servicesAs, startTenant } from "../contract/services/harness";
import { agendaItems, folderFiles, rsvpEffects } from "./tenant-state";

const OPTIONS: ServicesOptions = { timeoutMs: 5_000, retry: { baseBackoffSeconds: 0.005 } };
/** More 503s than the retry budget rides out (GRAPH_RETRY_BUDGET): the read that would recognise the write fails too. */
const READ_FAILS = Array.from({ length: GRAPH_RETRY_BUDGET.maxAttempts }, () => "503" as const);

let tenant: DemoTenant;
let key: string;

beforeAll(async () => {
  tenant = await startTenant({ timeoutMs: 30, faultRetryAfter: 0 });
});
afterAll(() => tenant.close());
beforeEach(() => {
  tenant.setFaults(undefined);
  tenant.reset();
  tenant.clearRequests();
  key = eventOn(tenant.state(), "2026-12-11").iCalUId;
});

const writes = (method: string, part: string) => tenant.requests().filter((r) => r.method === method && r.path.includes(part));

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("the demo tenant's lostResponse fault", () => {
  it("applies the write, then answers 504 and logs the fault", async () => {
    const item = agendaItems(tenant.state(), key)[0]!;
    tenant.injectFaults(["lostResponse"]);
    const response = await fetch(`${tenant.url}/v1.0/sites/${encodeURIComponent(configFor(tenant).siteId)}/lists/Dagordning/items/${item.id}/fields`, {
      method: "PATCH",
      headers: { Authorization: `Bearer demo:${ORGANIZER}`, "Content-Type": "application/json" },
      body: JSON.stringify({ Title: "Skrivet men svaret försvann" }),
    });
    expect(response.status).toBe(504);
    expect(agendaItems(tenant.state(), key)[0]!.fields.Title).toBe("Skrivet men svaret försvann");
    expect(tenant.requests().map((r) => [r.status, r.fault])).toEqual([[504, "lostResponse"]]);
  });

  it("is accepted in a fault spec and drawn like the others", async () => {
    tenant.setFaults("lostResponse:1", 4);
    const response = await fetch(`${tenant.url}/v1.0/me`, { headers: { Authorization: `Bearer demo:${ORGANIZER}` } });
    expect(response.status).toBe(504);
    expect(() => tenant.setFaults("lostAnswer:1")).toThrow(/DEMO_FAULTS/);
  });
});

describe("agenda edits", () => {
  const edited = (draft: AgendaItemDraft): AgendaItemDraft => ({ ...draft, title: `${draft.title} – reviderad`, proposedDecisions: [...draft.proposedDecisions, "anteckna ändringen"] });

  it("an edit whose answer is lost resolves once, without a second PATCH", async () => {
    const services = servicesAs(tenant, ORGANIZER, OPTIONS);
    const [record] = await services.agenda.list(key);
    const before = agendaItems(tenant.state(), key).find((i) => i.id === record!.id)!.version;
    tenant.clearRequests();
    tenant.injectFaults(["lostResponse"]);
    const saved = await services.agenda.update(record!.id, record!.etag, edited(draftOf(record!)));
    expect(saved.title).toBe(`${record!.title} – reviderad`);
    expect(agendaItems(tenant.state(), key).find((i) => i.id === record!.id)!.version).toBe(before + 1);
    expect(writes("PATCH", "/fields")).toHaveLength(1);
  });

  it("when even the check fails, the user is told; their retry with the stale eTag is a conflict (412 is never a success)", async () => {
    const services = servicesAs(tenant, ORGANIZER, OPTIONS);
    const [record] = await services.agenda.list(key);
    const before = agendaItems(tenant.state(), key).find((i) => i.id === record!.id)!.version;
    tenant.injectFaults(["lostResponse", ...READ_FAILS]);
    const error = await failure(services.agenda.update(record!.id, record!.etag, edited(draftOf(record!))));
    expect(isGraphError(error) && error.code).toBe("timeout");
    // The retry: same text, same (now stale) eTag. Graph answers 412: a conflict, whatever the item holds, since a
    // 412 cannot tell our lost write from someone else's; the conflict view then shows the stored text to keep.
    const again = await failure(services.agenda.update(record!.id, record!.etag, edited(draftOf(record!))));
    expect(isGraphError(again) && again.code).toBe("conflict");
    expect(agendaItems(tenant.state(), key).find((i) => i.id === record!.id)!.version).toBe(before + 1);
    expect(agendaItems(tenant.state(), key).find((i) => i.id === record!.id)!.fields.Title).toBe(`${record!.title} – reviderad`);
  });

  it("a timeout before the effect is reported, nothing is written, and the retry writes once", async () => {
    const services = servicesAs(tenant, ORGANIZER, OPTIONS);
    const [record] = await services.agenda.list(key);
    const before = agendaItems(tenant.state(), key).find((i) => i.id === record!.id)!.version;
    tenant.injectFaults(["timeout"]);
    const error = await failure(services.agenda.update(record!.id, record!.etag, edited(draftOf(record!))));
    expect(isGraphError(error) && [error.code, error.status]).toEqual(["timeout", 504]);
    expect(agendaItems(tenant.state(), key).find((i) => i.id === record!.id)!.version).toBe(before);
    await services.agenda.update(record!.id, record!.etag, edited(draftOf(record!)));
    expect(agendaItems(tenant.state(), key).find((i) => i.id === record!.id)!.version).toBe(before + 1);
  });

  it("a real conflict (someone else's different text) still rejects with 'conflict'", async () => {
    const mine = servicesAs(tenant, ORGANIZER, OPTIONS);
    // The secretariat in another pane: members may not write at all (403), so "someone else" is a second session.
    const theirs = servicesAs(tenant, ORGANIZER, OPTIONS);
    const [record] = await mine.agenda.list(key);
    await theirs.agenda.update(record!.id, record!.etag, { ...draftOf(record!), presenter: "Sara Dahl, utredare" });
    const error = await failure(mine.agenda.update(record!.id, record!.etag, edited(draftOf(record!))));
    expect(isGraphError(error) && error.code).toBe("conflict");
  });

  it("a new item whose answer is lost is found by its order key and text, and never created twice", async () => {
    const services = servicesAs(tenant, ORGANIZER, OPTIONS);
    const count = agendaItems(tenant.state(), key).length;
    const draft: AgendaItemDraft = { title: "Övriga frågor", presenter: "", description: "", proposedDecisions: [], kind: "diskussion", startTime: null };
    tenant.clearRequests();
    tenant.injectFaults(["lostResponse"]);
    const created = await services.agenda.create(key, draft, count + 1);
    expect(created).toMatchObject({ title: "Övriga frågor", sortKey: count + 1 });
    expect(agendaItems(tenant.state(), key)).toHaveLength(count + 1);
    expect(writes("POST", "/items")).toHaveLength(1);
  });

  it("a create that failed before the effect is reported and not repeated by the services", async () => {
    const services = servicesAs(tenant, ORGANIZER, OPTIONS);
    const count = agendaItems(tenant.state(), key).length;
    const draft: AgendaItemDraft = { title: "Övriga frågor", presenter: "", description: "", proposedDecisions: [], kind: "diskussion", startTime: null };
    tenant.clearRequests();
    tenant.injectFaults(["timeout"]);
    const error = await failure(services.agenda.create(key, draft, count + 1));
    expect(isGraphError(error) && error.code).toBe("timeout");
    expect(writes("POST", "/items")).toHaveLength(1);
    expect(agendaItems(tenant.state(), key)).toHaveLength(count);
  });
});

describe("uploads", () => {
  const bytes = new TextEncoder().encode("%PDF-1.4 budgetunderlag ".repeat(30));

  it("an upload whose answer is lost resolves to the uploaded file, with its item number, no '(2)'", async () => {
    const services = servicesAs(tenant, ORGANIZER, OPTIONS);
    const view = await services.meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });
    const folder = view.folder.state === "ready" ? view.folder.value! : null;
    tenant.injectFaults(["lostResponse"]);
    const result = await services.documents.upload(folder!.id, "Budgetunderlag.pdf", bytes, "6");
    expect(result).toMatchObject({ renamed: false, file: { name: "Budgetunderlag.pdf", itemId: "6", size: bytes.length } });
    expect(folderFiles(tenant.state(), DEFAULT_FOLDER).filter((f) => f.name.startsWith("Budgetunderlag")).map((f) => [f.name, f.fields.ItemId])).toEqual([["Budgetunderlag.pdf", "6"]]);
  });

  it("the user's retry after a reported failure recognises its own file; a different file of that name still gets '(2)'", async () => {
    const services = servicesAs(tenant, ORGANIZER, OPTIONS);
    const view = await services.meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });
    const folder = view.folder.state === "ready" ? view.folder.value! : null;
    tenant.injectFaults(["lostResponse", ...READ_FAILS]);
    const error = await failure(services.documents.upload(folder!.id, "Budgetunderlag.pdf", bytes, "6"));
    expect(isGraphError(error) && error.code).toBe("timeout");
    const retry = await services.documents.upload(folder!.id, "Budgetunderlag.pdf", bytes, "6");
    expect(retry).toMatchObject({ renamed: false, file: { name: "Budgetunderlag.pdf", itemId: "6" } });
    const other = await services.documents.upload(folder!.id, "Budgetunderlag.pdf", new TextEncoder().encode("en annan fil"), null);
    expect(other).toMatchObject({ renamed: true, file: { name: "Budgetunderlag (2).pdf" } });
    expect(folderFiles(tenant.state(), DEFAULT_FOLDER).filter((f) => f.name.startsWith("Budgetunderlag")).map((f) => f.name).sort()).toEqual([
      "Budgetunderlag (2).pdf",
      "Budgetunderlag.pdf",
    ]);
  });
});

describe("answers to the invitation", () => {
  const attendee = () => eventOn(tenant.state(), "2026-12-11").attendees.find((a) => a.mail === MEMBER)!;

  it("a decline whose answer is lost after the effect is 'unknown', never repeated by the services", async () => {
    const member = servicesAs(tenant, MEMBER, OPTIONS);
    const view = await member.meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });
    tenant.clearRequests();
    tenant.injectFaults(["lostResponse"]);
    expect(await member.meetings.respond(view.meeting.id, "decline", "Förhinder.")).toBe("unknown");
    expect(rsvpEffects(tenant, "decline")).toBe(1);
    expect(writes("POST", "/decline")).toHaveLength(1);
    expect(attendee().response).toBe("declined");
  });

  it("issue 12.7: a member who already declined declines again with a message; the POST times out before Exchange sees it: not 'sent'", async () => {
    const member = servicesAs(tenant, MEMBER, OPTIONS);
    const view = await member.meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });
    expect(await member.meetings.respond(view.meeting.id, "decline", "")).toBe("sent");
    const answeredAt = attendee().responseTime;
    tenant.clearRequests();
    tenant.injectFaults(["timeout"]);
    // The stored answer already says "declined": comparing it would call this sent although nothing arrived.
    expect(await member.meetings.respond(view.meeting.id, "decline", "Jag har fått förhinder, ersättare Per Ek.")).toBe("unknown");
    expect(rsvpEffects(tenant, "decline")).toBe(0);
    expect(attendee().responseTime).toBe(answeredAt);
    // The user's "Skicka igen" is the one answer that arrives.
    expect(await member.meetings.respond(view.meeting.id, "decline", "Jag har fått förhinder, ersättare Per Ek.")).toBe("sent");
    expect(rsvpEffects(tenant, "decline")).toBe(1);
  });

  it("a definite refusal still rejects with its code", async () => {
    const member = servicesAs(tenant, MEMBER, OPTIONS);
    const view = await member.meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });
    tenant.injectFaults(READ_FAILS);
    const error = await failure(member.meetings.respond(view.meeting.id, "decline", "Förhinder."));
    // 503 is Graph saying it did nothing: a definite "unavailable", never an "unknown" that invites a second answer.
    expect(isGraphError(error) && error.code).toBe("unavailable");
    expect(rsvpEffects(tenant, "decline")).toBe(0);
  });
});

describe("expired tokens", () => {
  function tokens(rejected: number): TokenProvider & { issued: number } {
    const provider = {
      issued: 0,
      stale: true,
      getToken(): Promise<string> {
        provider.issued += 1;
        // A token the tenant does not accept stands for an expired one.
        return Promise.resolve(provider.issued <= rejected ? "demo:utgangen@familjenhelsingborg.se" : `demo:${ORGANIZER}`);
      },
      invalidate(): void {
        provider.stale = true;
      },
    };
    return provider;
  }

  it("a rejected token is dropped and a fresh one fetched once, silently", async () => {
    const provider = tokens(1);
    const services = createServices(configFor(tenant), provider, OPTIONS);
    const records = await services.agenda.list(key);
    expect(records.length).toBeGreaterThan(0);
    expect(provider.issued).toBe(2);
    expect(tenant.requests().map((r) => r.status)).toEqual([401, 200]);
  });

  it("a token that stays rejected ends after one renewal as 'unauthenticated' (the sign-in prompt)", async () => {
    const provider = tokens(Number.POSITIVE_INFINITY);
    const services = createServices(configFor(tenant), provider, OPTIONS);
    const error = await failure(services.agenda.list(key));
    expect(isGraphError(error) && error.code).toBe("unauthenticated");
    expect(provider.issued).toBe(2);
    expect(tenant.requests().map((r) => r.status)).toEqual([401, 401]);
  });
});
