import { draftKey, ItemRecordSession } from "../../../../src/app/record";
import type { ItemRecordState } from "../../../../src/app/record";
import { item, memoryRecord, writeAsOther } from "./memoryPorts";

const timing = { delayMs: 1000, retryMs: [2000, 5000] };

// Advances the clock, then lets the promise chains a timer started (save, 412, re-read, save again) run out.
async function settle(ms = 0): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
  for (let round = 0; round < 5; round++) await jest.advanceTimersByTimeAsync(0);
}

describe("ItemRecordSession", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("prefills from the beslutsförslag and description and writes nothing while only viewed", async () => {
    const rec = memoryRecord();
    const session = new ItemRecordSession(rec.ports, await rec.ports.items.get("1"), timing);
    expect(session.state.values).toEqual({ outcome: null, decisions: ["godkänna förslag 1", "lägga informationen till handlingarna"], minutes: "Beskrivning 1" });
    await settle(5000);
    expect(rec.writes).toEqual([]);
    expect(session.state.status).toBe("saved");
  });

  it("saves a moment after typing stops, once, with the prefilled fields on the first write", async () => {
    const rec = memoryRecord();
    const session = new ItemRecordSession(rec.ports, await rec.ports.items.get("1"), timing);
    session.edit({ minutes: "Ordf" });
    await settle(500);
    session.edit({ minutes: "Ordföranden föredrog." });
    expect(session.state.status).toBe("pending");
    await settle(999);
    expect(rec.writes).toHaveLength(0);
    await settle(1);
    expect(rec.writes).toEqual([{ id: "1", fields: { outcome: null, decisions: ["godkänna förslag 1", "lägga informationen till handlingarna"], minutes: "Ordföranden föredrog." } }]);
    expect(session.state.status).toBe("saved");
    expect(rec.drafts.size).toBe(0);
    session.edit({ outcome: "decided" });
    await settle(1000);
    expect(rec.writes[1]).toEqual({ id: "1", fields: { outcome: "decided" } });
  });

  it("merges per field on a stale eTag: the chair's outcome and my clause both survive", async () => {
    const rec = memoryRecord();
    const session = new ItemRecordSession(rec.ports, await rec.ports.items.get("1"), timing);
    writeAsOther(rec, "1", { outcome: "decided", decisions: ["godkänna förslag 1", "lägga informationen till handlingarna"], minutes: "Beskrivning 1" });
    session.edit({ decisions: ["godkänna förslag 1 med ändringen", "lägga informationen till handlingarna"] });
    await settle(1000);
    await settle(10);
    const stored = rec.items.get("1");
    expect(stored?.outcome).toBe("decided");
    expect(stored?.decisions).toEqual(["godkänna förslag 1 med ändringen", "lägga informationen till handlingarna"]);
    expect(session.state.status).toBe("saved");
    expect(session.state.values.outcome).toBe("decided");
  });

  it("shows a clause both reworded, never doubling it, and saves the user's choice", async () => {
    const rec = memoryRecord([item("1", { outcome: "decided", decisions: ["a", "b"], minutes: "x" })]);
    const session = new ItemRecordSession(rec.ports, await rec.ports.items.get("1"), timing);
    writeAsOther(rec, "1", { decisions: ["a deras", "b"] });
    session.edit({ decisions: ["a mitt", "b"] });
    await settle(1000);
    expect(session.state.status).toBe("conflict");
    expect(session.state.conflicts).toEqual([{ field: "decisions", mine: ["a mitt", "b"], theirs: ["a deras", "b"] }]);
    expect(rec.items.get("1")?.decisions).toEqual(["a deras", "b"]);
    await settle(10000);
    expect(rec.writes).toHaveLength(0);
    session.resolve("decisions", "mine");
    await settle(0);
    expect(rec.items.get("1")?.decisions).toEqual(["a mitt", "b"]);
    expect(session.state.status).toBe("saved");
  });

  it("keeps both versions' clauses when the user asks for both", async () => {
    const rec = memoryRecord([item("1", { outcome: "decided", decisions: ["a", "b"], minutes: "x" })]);
    const session = new ItemRecordSession(rec.ports, await rec.ports.items.get("1"), timing);
    writeAsOther(rec, "1", { decisions: ["a deras", "b"], minutes: "deras" });
    session.edit({ decisions: ["a mitt", "b"], minutes: "mitt" });
    await settle(1000);
    expect(session.state.conflicts.map((c) => c.field)).toEqual(["decisions", "minutes"]);
    session.resolve("decisions", "both");
    expect(session.state.status).toBe("conflict");
    session.resolve("minutes", "theirs");
    await settle(0);
    expect(rec.items.get("1")).toMatchObject({ decisions: ["a deras", "b", "a mitt"], minutes: "deras" });
  });

  it("keeps the text on screen and in the drafts while offline, says unsaved, and retries by itself", async () => {
    const rec = memoryRecord();
    const session = new ItemRecordSession(rec.ports, await rec.ports.items.get("2"), timing);
    const seen: ItemRecordState["status"][] = [];
    session.subscribe((s) => seen.push(s.status));
    rec.failWrites.push("offline", "throttled");
    session.edit({ outcome: "tabled" });
    await settle(1000);
    expect(session.state.status).toBe("unsaved");
    expect(session.state.error?.code).toBe("offline");
    expect(JSON.parse(rec.drafts.get(draftKey("2")) ?? "null")).toMatchObject({ values: { outcome: "tabled" } });
    await settle(2000);
    expect(session.state.error?.code).toBe("throttled");
    await settle(5000);
    expect(session.state.status).toBe("saved");
    expect(rec.items.get("2")?.outcome).toBe("tabled");
    expect(rec.drafts.size).toBe(0);
    expect(seen).toContain("unsaved");
  });

  it("restores a draft after a reload and merges it into what others saved meanwhile", async () => {
    const rec = memoryRecord();
    const first = new ItemRecordSession(rec.ports, await rec.ports.items.get("3"), timing);
    rec.failWrites.push("offline");
    first.edit({ minutes: "Skrivet offline" });
    await settle(1000);
    first.dispose();
    writeAsOther(rec, "3", { outcome: "noted", decisions: [], minutes: "Beskrivning 3" });
    const reloaded = new ItemRecordSession(rec.ports, await rec.ports.items.get("3"), timing);
    expect(reloaded.state.values.minutes).toBe("Skrivet offline");
    expect(reloaded.state.values.outcome).toBe("noted");
    await settle(0);
    expect(rec.items.get("3")).toMatchObject({ outcome: "noted", minutes: "Skrivet offline" });
    expect(rec.drafts.size).toBe(0);
  });

  it("restores a draft of the same version as it was and saves it", async () => {
    const rec = memoryRecord();
    rec.drafts.set(draftKey("1"), "{not json");
    const ignored = new ItemRecordSession(rec.ports, await rec.ports.items.get("1"), timing);
    expect(ignored.state.values.minutes).toBe("Beskrivning 1");
    const stored = await rec.ports.items.get("1");
    rec.drafts.set(draftKey("1"), JSON.stringify({ v: 1, etag: stored.etag, base: { outcome: null, decisions: [], minutes: "" }, values: { outcome: "withdrawn", decisions: [], minutes: "" } }));
    const session = new ItemRecordSession(rec.ports, stored, timing);
    expect(session.state.values.outcome).toBe("withdrawn");
    await session.flush();
    expect(rec.items.get("1")?.outcome).toBe("withdrawn");
  });

  it("waits for the user when a restored draft conflicts with what was saved meanwhile", async () => {
    const rec = memoryRecord([item("1", { outcome: "decided", decisions: ["a"], minutes: "x" })]);
    const old = await rec.ports.items.get("1");
    rec.drafts.set(draftKey("1"), JSON.stringify({ v: 1, etag: old.etag, base: { outcome: "decided", decisions: ["a"], minutes: "x" }, values: { outcome: "tabled", decisions: ["a"], minutes: "x" } }));
    writeAsOther(rec, "1", { outcome: "referredBack" });
    const session = new ItemRecordSession(rec.ports, await rec.ports.items.get("1"), timing);
    expect(session.state.status).toBe("conflict");
    expect(session.state.conflicts).toEqual([{ field: "outcome", mine: "tabled", theirs: "referredBack" }]);
    session.resolve("outcome", "theirs");
    await settle(0);
    expect(rec.items.get("1")?.outcome).toBe("referredBack");
    expect(rec.writes).toHaveLength(0);
    expect(session.state.status).toBe("saved");
  });

  it("does not store an empty clause box, and settles instead of saving again and again", async () => {
    const rec = memoryRecord([item("1", { outcome: "decided", decisions: ["a"], minutes: "x" })]);
    const session = new ItemRecordSession(rec.ports, await rec.ports.items.get("1"), timing);
    session.edit({ decisions: ["a", ""] });
    await settle(5000);
    expect(rec.writes).toHaveLength(0);
    expect(session.state.status).toBe("saved");
    session.edit({ decisions: ["a", " b ", ""] });
    await settle(5000);
    expect(rec.writes).toEqual([{ id: "1", fields: { decisions: ["a", "b"] } }]);
    expect(session.state).toMatchObject({ status: "saved", values: { decisions: ["a", " b ", ""] } });
  });

  it("saves edits made while a save is on its way, after it", async () => {
    const rec = memoryRecord();
    const session = new ItemRecordSession(rec.ports, await rec.ports.items.get("1"), timing);
    session.edit({ outcome: "decided" });
    const first = session.flush();
    session.edit({ minutes: "Mer text" });
    await first;
    await settle(1000);
    expect(rec.items.get("1")).toMatchObject({ outcome: "decided", minutes: "Mer text" });
    expect(session.state.status).toBe("saved");
  });
});
