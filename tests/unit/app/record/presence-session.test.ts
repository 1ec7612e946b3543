/** The Närvaro session: a tap shows at once and is written at once; a failure keeps it, retries, survives a reload. */
import { PresenceSession, presenceDraftKey } from "../../../../src/app/record";
import type { PresenceEntry, PresenceState } from "../../../../src/app/record";
import { MemoryDrafts, MemoryPresence, NO_REGISTER, onlineSource } from "./memory-presence";
import { KEY, view } from "./presence-fixtures";

/** Timers run by hand. */
function manualTimers() {
  const timers = new Map<number, { run: () => void; ms: number }>();
  let next = 1;
  return {
    timers,
    setTimer: (run: () => void, ms: number) => {
      timers.set(next, { run, ms });
      return next++;
    },
    clearTimer: (handle: unknown) => void timers.delete(handle as number),
    /** Runs every timer due and returns their waits. */
    runAll(): number[] {
      const due = [...timers.entries()];
      timers.clear();
      for (const [, t] of due) t.run();
      return due.map(([, t]) => t.ms);
    },
  };
}

function setup(store = new MemoryPresence(), drafts = new MemoryDrafts()) {
  const timing = manualTimers();
  const session = new PresenceSession({ presence: store, register: NO_REGISTER, drafts, onlineAttendance: onlineSource("unavailable") }, view(), { retryMs: [10, 20], ...timing });
  const states: PresenceState[] = [];
  session.subscribe((s) => states.push(s));
  return { store, drafts, timing, session, states };
}

const entries = (session: PresenceSession): PresenceEntry[] => {
  const state = session.state;
  if (state.phase !== "ready") throw new Error(state.phase);
  return state.entries;
};
const entry = (session: PresenceSession, name: string): PresenceEntry => entries(session).find((e) => e.row.displayName === name)!;

describe("the Närvaro session", () => {
  it("loads, prefilling once; a tap shows at once as Sparar… and is stored", async () => {
    const { session, store, states, drafts } = setup();
    expect(session.state).toEqual({ phase: "loading" });
    await session.load();
    expect(entries(session)).toHaveLength(4);
    const bo = entry(session, "Bo Ek");
    const tap = session.change(bo.row.id, { status: "present" });
    expect(entry(session, "Bo Ek")).toMatchObject({ row: { status: "present" }, save: "saving" });
    await tap;
    expect(entry(session, "Bo Ek")).toEqual({ row: expect.objectContaining({ status: "present" }), save: "saved", error: null });
    expect(store.rows.find((r) => r.id === bo.row.id)?.status).toBe("present");
    expect(states.some((s) => s.phase === "ready" && s.entries.some((e) => e.save === "saving"))).toBe(true);
    expect(drafts.map.size).toBe(0);
  });

  it("offline: the change stays on screen and in the drafts as unsaved, retries by itself with growing waits, then is stored", async () => {
    const { session, store, timing, drafts } = setup();
    await session.load();
    const bo = entry(session, "Bo Ek").row;
    store.failNext("update", "offline");
    store.failNext("update", "offline");
    store.failNext("update", "offline");
    await session.change(bo.id, { status: "present", arrived: "08.45" });
    expect(entry(session, "Bo Ek")).toMatchObject({ row: { status: "present", arrived: "08.45" }, save: "unsaved", error: { code: "offline" } });
    expect(JSON.parse(drafts.map.get(presenceDraftKey(KEY))!)).toEqual({ v: 1, rows: { [bo.id]: { status: "present", arrived: "08.45" } } });
    expect(timing.runAll()).toEqual([10]);
    await session.settle();
    expect(timing.runAll()).toEqual([20]);
    await session.settle();
    expect(timing.runAll()).toEqual([20]);
    await session.settle();
    expect(entry(session, "Bo Ek").save).toBe("saved");
    expect(store.rows.find((r) => r.id === bo.id)).toMatchObject({ status: "present", arrived: "08.45" });
    expect(drafts.map.size).toBe(0);
  });

  it("a reload restores what was not saved and writes it; a draft of a row no longer there, or damaged, is dropped", async () => {
    const store = new MemoryPresence();
    const first = setup(store);
    await first.session.load();
    const bo = entry(first.session, "Bo Ek").row;
    store.failNext("update", "offline");
    await first.session.change(bo.id, { left: "11.10" });
    first.session.dispose();
    const saved = JSON.parse(first.drafts.map.get(presenceDraftKey(KEY))!);
    saved.rows["nope"] = { status: "present" };
    saved.rows[bo.id].role = "king";
    saved.rows[bo.id].arrived = "8.45";
    first.drafts.save(presenceDraftKey(KEY), JSON.stringify(saved));

    const second = setup(store, first.drafts);
    await second.session.load();
    expect(entry(second.session, "Bo Ek")).toMatchObject({ row: { left: "11.10", arrived: null, role: "member" }, save: "saved" });
    expect(store.rows.find((r) => r.id === bo.id)?.left).toBe("11.10");
    expect(store.rows).toHaveLength(4);

    for (const damaged of ["{", JSON.stringify({ v: 2, rows: {} }), JSON.stringify({ v: 1, rows: { [bo.id]: "x" } }), JSON.stringify({ v: 1, rows: null })]) {
      const drafts = new MemoryDrafts();
      drafts.save(presenceDraftKey(KEY), damaged);
      const third = setup(store, drafts);
      await third.session.load();
      expect(entries(third.session).every((e) => e.save === "saved")).toBe(true);
    }
  });

  it("a second tap while the first is written is written after it; nothing is lost or reverted", async () => {
    const { session, store } = setup();
    await session.load();
    const bo = entry(session, "Bo Ek").row;
    const a = session.change(bo.id, { status: "present" });
    const b = session.change(bo.id, { arrived: "08.45" });
    const c = session.change(bo.id, { status: "absent" });
    await Promise.all([a, b, c]);
    await session.settle();
    expect(store.rows.find((r) => r.id === bo.id)).toMatchObject({ status: "absent", arrived: "08.45" });
    expect(entry(session, "Bo Ek")).toMatchObject({ row: { status: "absent", arrived: "08.45" }, save: "saved" });
  });

  it("someone else's write in between: the tap is re-applied and their other field stands", async () => {
    const { session, store } = setup();
    await session.load();
    const bo = entry(session, "Bo Ek").row;
    store.otherWrites(bo.id, { arrived: "08.50" });
    await session.change(bo.id, { status: "present" });
    expect(entry(session, "Bo Ek")).toMatchObject({ row: { status: "present", arrived: "08.50" }, save: "saved" });
  });

  it("a row removed meanwhile is refused for good (failed, kept on screen) until the user retries", async () => {
    const { session, store, timing } = setup();
    await session.load();
    const bo = entry(session, "Bo Ek").row;
    store.failNext("update", "notFound");
    await session.change(bo.id, { status: "present" });
    expect(entry(session, "Bo Ek")).toMatchObject({ row: { status: "present" }, save: "failed", error: { code: "notFound" } });
    expect(timing.timers.size).toBe(0);
    await session.retry(bo.id);
    expect(entry(session, "Bo Ek").save).toBe("saved");
  });

  it("a tap during a retry wait is written at once, and the wait is cancelled", async () => {
    const { session, store, timing } = setup();
    await session.load();
    const bo = entry(session, "Bo Ek").row;
    store.failNext("update", "throttled");
    await session.change(bo.id, { status: "present" });
    expect(timing.timers.size).toBe(1);
    await session.change(bo.id, { arrived: "09.00" });
    expect(timing.timers.size).toBe(0);
    expect(store.rows.find((r) => r.id === bo.id)).toMatchObject({ status: "present", arrived: "09.00" });
  });

  it("a list that cannot be read is an error state, and loading again recovers", async () => {
    const { session, store } = setup();
    store.failNext("list", "forbidden");
    await session.load();
    expect(session.state).toMatchObject({ phase: "error", error: { code: "forbidden" } });
    jest.spyOn(store, "list").mockRejectedValueOnce(new Error("bug"));
    await session.load();
    expect(session.state).toEqual({ phase: "error", error: { code: "unknown" } });
    await session.load();
    expect(session.state.phase).toBe("ready");
  });

  it("an unknown failure of a write is unsaved and retried, never dropped", async () => {
    const { session, store, timing } = setup();
    await session.load();
    const bo = entry(session, "Bo Ek").row;
    jest.spyOn(store, "update").mockRejectedValueOnce(new Error("bug"));
    await session.change(bo.id, { status: "present" });
    expect(entry(session, "Bo Ek")).toMatchObject({ save: "unsaved", error: { code: "unknown" } });
    timing.runAll();
    await session.settle();
    expect(entry(session, "Bo Ek").save).toBe("saved");
  });

  it("adds a person to the list shown; an existing one is not doubled", async () => {
    const { session, store } = setup();
    await session.load();
    const input = { displayName: "Renee Mohlkert", organisation: "Helsingborg", role: "guest" as const, email: "" };
    expect((await session.add(input)).kind).toBe("added");
    expect((await session.add(input)).kind).toBe("exists");
    expect(entries(session).filter((e) => e.row.displayName === "Renee Mohlkert")).toHaveLength(1);
    // Added by someone else (or by an attempt whose answer was lost): found, and shown.
    await store.create({ ...entries(session)[0]!.row, email: "", displayName: "Ola Ny", role: "member" });
    expect(await session.add({ ...input, displayName: "Ola Ny" })).toMatchObject({ kind: "exists" });
    expect(entries(session).filter((e) => e.row.displayName === "Ola Ny")).toHaveLength(1);
  });

  it("fills from the online report and shows the rows written; after dispose nothing is emitted or written", async () => {
    const store = new MemoryPresence();
    const drafts = new MemoryDrafts();
    const online = onlineSource([{ email: "bo.ek@bjuv.se", displayName: "Bo Ek", joinedUtc: "2024-04-19T06:44:00Z", leftUtc: "2024-04-19T09:30:00Z" }]);
    const session = new PresenceSession({ presence: store, register: NO_REGISTER, drafts, onlineAttendance: online }, view());
    await session.load();
    expect(await session.fillFromOnline()).toMatchObject({ kind: "filled" });
    expect(entry(session, "Bo Ek").row).toMatchObject({ status: "remote", arrived: "08.45" });
    const unavailable = new PresenceSession({ presence: store, register: NO_REGISTER, drafts, onlineAttendance: onlineSource("unavailable") }, view());
    await unavailable.load();
    expect(await unavailable.fillFromOnline()).toEqual({ kind: "unavailable" });
    const listener = jest.fn();
    session.subscribe(listener);
    session.dispose();
    await session.change(entry(session, "Anna Berg").row.id, { status: "absent" });
    expect(listener).not.toHaveBeenCalled();
    expect(store.rows.find((r) => r.displayName === "Anna Berg")?.status).toBe("present");
  });
});
