/** Attendance use cases over in-memory ports: prefill once, guarded writes that re-apply one change, add, online fill. */
import { addPerson, changePresence, fillFromOnline, markStatus, prefillOnce, timeNow, typedTime } from "../../../../src/app/record";
import type { AttendanceReport, PresenceRow } from "../../../../src/core";
import { ExpectedFailure } from "../../../../src/core";
import { MemoryPresence, NO_REGISTER, onlineSource, registerOf } from "./memory-presence";
import { KEY, REPORT, view } from "./presence-fixtures";


const named = (rows: PresenceRow[], name: string): PresenceRow => rows.find((r) => r.displayName === name)!;

describe("prefilling once", () => {
  it("creates a row per invited person from the RSVPs, and a second open (or a second secretary) creates none", async () => {
    const store = new MemoryPresence();
    const first = await prefillOnce({ presence: store, register: NO_REGISTER }, view());
    expect(first.map((r) => [r.displayName, r.status, r.role])).toEqual([
      ["Anna Berg", "present", "member"],
      ["Bo Ek", "absent", "member"],
      ["Herman Crespin", "apologies", "member"],
      ["Elin Sjöberg", "present", "secretariat"],
    ]);
    const second = await prefillOnce({ presence: store, register: NO_REGISTER }, view());
    expect(store.rows).toHaveLength(4);
    expect(second.map((r) => r.id).sort()).toEqual(first.map((r) => r.id).sort());
    expect(store.calls.filter((c) => c.method === "create")).toHaveLength(4);
  });

  it("never overwrites a row someone already marked, and adds only the newly invited", async () => {
    const store = new MemoryPresence();
    const rows = await prefillOnce({ presence: store, register: NO_REGISTER }, view());
    store.otherWrites(named(rows, "Herman Crespin").id, { status: "present", arrived: "08.45" });
    const more: AttendanceReport = { ...REPORT, guests: [{ name: "Gäst", email: "gast@x.se", status: "present", role: "guest", organisation: "Region Skåne" }] };
    const after = await prefillOnce({ presence: store, register: NO_REGISTER }, view({ attendance: { state: "ready", value: more } }));
    expect(named(after, "Herman Crespin")).toMatchObject({ status: "present", arrived: "08.45" });
    expect(store.rows).toHaveLength(5);
    expect(store.updates).toBe(0);
  });

  it("a lost answer to a create (the store finds the person on the next try) still leaves one row", async () => {
    const store = new MemoryPresence();
    await store.create({ meetingKey: KEY, email: "anna.berg@bjuv.se", displayName: "Anna Berg", organisation: "Bjuv", status: "present", arrived: null, left: null, role: "member", note: "" });
    // The list was read before the create landed: prefill asks to create Anna again; the store returns her row.
    const listed = jest.spyOn(store, "list").mockResolvedValueOnce([]);
    const rows = await prefillOnce({ presence: store, register: NO_REGISTER }, view());
    listed.mockRestore();
    expect(store.rows).toHaveLength(4);
    expect(rows).toHaveLength(4);
  });

  it("the chair named in the register is ordförande; an unreadable register names no chair, a bug is not hidden", async () => {
    const chaired = new MemoryPresence();
    const rows = await prefillOnce({ presence: chaired, register: registerOf({ chair: "Anna Berg" }) }, view());
    expect(rows.find((r) => r.displayName === "Anna Berg")?.role).toBe("chair");
    const unread = new MemoryPresence();
    const plain = await prefillOnce({ presence: unread, register: registerOf(new ExpectedFailure("throttled")) }, view());
    expect(plain.map((r) => r.role)).not.toContain("chair");
    expect(plain).toHaveLength(4);
    await expect(prefillOnce({ presence: new MemoryPresence(), register: registerOf(new Error("bug")) }, view())).rejects.toThrow("bug");
    // Nobody missing: the register is not read at all.
    const find = jest.spyOn(NO_REGISTER, "find");
    await prefillOnce({ presence: chaired, register: NO_REGISTER }, view());
    expect(find).not.toHaveBeenCalled();
  });

  it("without readable RSVPs lists what is there and creates nothing", async () => {
    const store = new MemoryPresence();
    const rows = await prefillOnce({ presence: store, register: NO_REGISTER }, view({ attendance: { state: "error", error: { code: "forbidden" } } }));
    expect(rows).toEqual([]);
    expect(store.rows).toEqual([]);
  });
});

describe("a guarded write", () => {
  it("marks present with one write of the one field", async () => {
    const store = new MemoryPresence();
    const rows = await prefillOnce({ presence: store, register: NO_REGISTER }, view());
    const written = await markStatus({ presence: store }, named(rows, "Bo Ek"), "present");
    expect(written.status).toBe("present");
    expect(store.calls.at(-1)).toEqual({ method: "update", args: [written.id, named(rows, "Bo Ek").etag, { status: "present" }] });
  });

  it("on a conflict re-reads and re-applies only this change: the other secretary's time stands", async () => {
    const store = new MemoryPresence();
    const rows = await prefillOnce({ presence: store, register: NO_REGISTER }, view());
    const bo = named(rows, "Bo Ek");
    store.otherWrites(bo.id, { arrived: "08.50", note: "ersättare" });
    const written = await changePresence({ presence: store }, bo, { status: "present" });
    expect(written).toMatchObject({ status: "present", arrived: "08.50", note: "ersättare" });
    expect(store.updates).toBe(2);
  });

  it("gives up after the attempts and says conflict; a row removed meanwhile says notFound", async () => {
    const store = new MemoryPresence();
    const rows = await prefillOnce({ presence: store, register: NO_REGISTER }, view());
    const bo = named(rows, "Bo Ek");
    store.failNext("update", "conflict");
    store.failNext("update", "conflict");
    store.failNext("update", "conflict");
    await expect(changePresence({ presence: store }, bo, { status: "present" })).rejects.toMatchObject({ appError: { code: "conflict" } });
    // Stale and removed: the write is refused as a conflict, and the re-read finds no row to re-apply it to.
    store.failNext("update", "conflict");
    store.rows = store.rows.filter((r) => r.id !== bo.id);
    await expect(changePresence({ presence: store }, bo, { status: "present" })).rejects.toMatchObject({ appError: { code: "notFound" } });
  });

  it("a change that asks nothing of the row as stored writes nothing; other failures pass through", async () => {
    const store = new MemoryPresence();
    const rows = await prefillOnce({ presence: store, register: NO_REGISTER }, view());
    const anna = named(rows, "Anna Berg");
    expect(await changePresence({ presence: store }, anna, () => null)).toBe(anna);
    expect(await changePresence({ presence: store }, anna, {})).toBe(anna);
    store.failNext("update", "offline");
    await expect(changePresence({ presence: store }, anna, { status: "absent" })).rejects.toMatchObject({ appError: { code: "offline" } });
    jest.spyOn(store, "update").mockRejectedValueOnce(new Error("bug"));
    await expect(changePresence({ presence: store }, anna, { status: "absent" })).rejects.toThrow("bug");
  });
});

describe("times", () => {
  it("one tap is now rounded to five minutes in Stockholm", () => {
    const now = () => new Date("2024-04-19T06:43:00Z");
    expect(timeNow({ now }, "arrived")).toEqual({ arrived: "08.45" });
    expect(timeNow({ now: () => new Date("2024-04-19T09:08:00Z") }, "left")).toEqual({ left: "11.10" });
  });

  it("a typed time is read leniently, blank clears it, and a departure before the arrival is refused", () => {
    expect(typedTime({ arrived: null, left: null }, "arrived", "845")).toEqual({ ok: true, fields: { arrived: "08.45" } });
    expect(typedTime({ arrived: "08.45", left: null }, "arrived", " ")).toEqual({ ok: true, fields: { arrived: null } });
    expect(typedTime({ arrived: "08.45", left: null }, "left", "11:10")).toEqual({ ok: true, fields: { left: "11.10" } });
    expect(typedTime({ arrived: "08.45", left: null }, "left", "8.00")).toEqual({ ok: false, problem: "leftBeforeArrived" });
    expect(typedTime({ arrived: null, left: "08.00" }, "arrived", "9")).toEqual({ ok: false, problem: "leftBeforeArrived" });
    expect(typedTime({ arrived: null, left: null }, "left", "25.00")).toEqual({ ok: false, problem: "range" });
  });
});

describe("adding someone who was not invited", () => {
  it("adds a guest once; the same person again is found, not doubled; a bad form writes nothing", async () => {
    const store = new MemoryPresence();
    await prefillOnce({ presence: store, register: NO_REGISTER }, view());
    const guest = { displayName: "Renee Mohlkert", organisation: "Helsingborgs stad", role: "guest" as const, email: "" };
    const added = await addPerson({ presence: store }, KEY, guest);
    expect(added).toMatchObject({ kind: "added", row: { displayName: "Renee Mohlkert", organisation: "Helsingborg", role: "guest", status: "present" } });
    expect(await addPerson({ presence: store }, KEY, { ...guest, displayName: "renee  mohlkert" })).toMatchObject({ kind: "exists" });
    expect(await addPerson({ presence: store }, KEY, { ...guest, displayName: "", email: "nej" })).toEqual({
      kind: "invalid",
      problems: { displayName: "nameMissing", email: "emailInvalid" },
    });
    expect(store.rows).toHaveLength(5);
  });
});

describe("times from the online attendance report", () => {
  const online = [
    { email: "Bo.Ek@bjuv.se", displayName: "Bo Ek", joinedUtc: "2024-04-19T06:44:00Z", leftUtc: "2024-04-19T09:40:00Z" },
    { email: "anna.berg@bjuv.se", displayName: "Anna Berg", joinedUtc: "2024-04-19T06:25:00Z", leftUtc: "2024-04-19T09:08:00Z" },
    { email: "herman@hoganas.se", displayName: "Herman Crespin", joinedUtc: "2024-04-19T06:55:00Z", leftUtc: "2024-04-19T09:31:00Z" },
    { email: "", displayName: "Extern Konsult", joinedUtc: "2024-04-19T06:30:00Z", leftUtc: "2024-04-19T09:30:00Z" },
    { email: "", displayName: "Gäst Utan Mejl", joinedUtc: "2024-04-19T07:00:00Z", leftUtc: "2024-04-19T09:30:00Z" },
    { email: "elin@familjenhelsingborg.se", displayName: "Elin Sjöberg", joinedUtc: "2024-04-19T06:30:00Z", leftUtc: "2024-04-19T09:30:00Z" },
  ];

  it("fills times only where none was set by hand; the unmarked joined remotely; those on no row are named", async () => {
    const store = new MemoryPresence();
    let rows = await prefillOnce({ presence: store, register: NO_REGISTER }, view());
    await addPerson({ presence: store }, KEY, { displayName: "Gäst utan mejl", organisation: "", role: "guest", email: "" });
    store.otherWrites(named(rows, "Herman Crespin").id, { status: "present", arrived: "09.00" });
    rows = await store.list(KEY);
    const result = await fillFromOnline({ presence: store, onlineAttendance: onlineSource(online) }, view(), rows);
    if (result.kind !== "filled") throw new Error(result.kind);
    expect(result.notListed.map((o) => o.displayName)).toEqual(["Extern Konsult"]);
    expect(result.updated.map((r) => [r.displayName, r.status, r.arrived, r.left])).toEqual([
      ["Bo Ek", "remote", "08.45", null],
      ["Anna Berg", "present", null, "11.10"],
      ["Gäst utan mejl", "present", "09.00", null],
    ]);
    expect(named(await store.list(KEY), "Herman Crespin")).toMatchObject({ arrived: "09.00", left: null });
  });

  it("never writes a departure before a hand-set arrival", async () => {
    const store = new MemoryPresence();
    const rows = await prefillOnce({ presence: store, register: NO_REGISTER }, view());
    const anna = store.otherWrites(named(rows, "Anna Berg").id, { arrived: "11.20" });
    const result = await fillFromOnline({ presence: store, onlineAttendance: onlineSource([online[1]!]) }, view(), [anna]);
    expect(result).toEqual({ kind: "filled", updated: [], notListed: [] });
  });

  it("is not offered for a meeting without a Teams link, and says unavailable without the report", async () => {
    const store = new MemoryPresence();
    const source = onlineSource("unavailable");
    expect(await fillFromOnline({ presence: store, onlineAttendance: source }, view({ onlineMeetingUrl: null }), [])).toEqual({ kind: "notOnline" });
    expect(await fillFromOnline({ presence: store, onlineAttendance: source }, view({ onlineMeetingUrl: " " }), [])).toEqual({ kind: "notOnline" });
    expect(source.read).not.toHaveBeenCalled();
    expect(await fillFromOnline({ presence: store, onlineAttendance: source }, view(), [])).toEqual({ kind: "unavailable" });
    expect(source.read).toHaveBeenCalledWith("https://teams.microsoft.com/l/meetup-join/x", { startUtc: "2024-04-19T06:30:00Z", endUtc: "2024-04-19T09:30:00Z" });
  });
});

it("ExpectedFailure is what the memory store throws (the shape the Graph store throws)", () => {
  expect(new ExpectedFailure("conflict").code).toBe("conflict");
});
