import fc from "fast-check";
import { buildAgenda, orderRecords } from "../../../src/core/agenda";
import { appendKey, filesToBind, keyBetween, planMove, respace } from "../../../src/core/agendaEdits";
import type { AgendaItemRecord } from "../../../src/core/types";
import { file, record } from "./fixtures";

/** A row written by the app: ordered by SortKey, no ItemNumber. */
const keyed = (id: string, sortKey: number): AgendaItemRecord => record(id, 0, { sortKey, itemNumber: null });
const ids = (records: readonly AgendaItemRecord[]) => orderRecords(records).map((r) => r.id);

/** Applies a plan's writes to the records, as the store would. */
function apply(records: AgendaItemRecord[], writes: { id: string; sortKey: number }[]): AgendaItemRecord[] {
  const byId = new Map(writes.map((w) => [w.id, w.sortKey]));
  return records.map((r) => (byId.has(r.id) ? { ...r, sortKey: byId.get(r.id) as number } : r));
}

/** Moves as the editor does: one write, or a respacing and then one write. */
function move(records: AgendaItemRecord[], from: number, to: number): { records: AgendaItemRecord[]; writes: number } {
  const plan = planMove(records, from, to);
  if (plan.kind === "none") return { records, writes: 0 };
  if (plan.kind === "one") return { records: apply(records, [plan.write]), writes: 1 };
  const respaced = apply(records, plan.writes);
  const again = planMove(respaced, from, to);
  if (again.kind !== "one") throw new Error("no room after respacing");
  return { records: apply(respaced, [again.write]), writes: plan.writes.length + 1 };
}

describe("keyBetween", () => {
  it("finds a key strictly between two neighbours, before the first and after the last", () => {
    expect(keyBetween(1, 2)).toBe(1.5);
    expect(keyBetween(null, 1)).toBe(0);
    expect(keyBetween(3.5, null)).toBe(4);
    expect(keyBetween(null, null)).toBe(1);
  });

  it("finds none between equal keys (two items added at once) or keys halved past a double's precision", () => {
    expect(keyBetween(2, 2)).toBeNull();
    expect(keyBetween(1, 1 + Number.EPSILON)).toBeNull();
    expect(keyBetween(Number.POSITIVE_INFINITY, null)).toBeNull();
  });
});

describe("planMove", () => {
  const records = [keyed("a", 1), keyed("b", 2), keyed("c", 3), keyed("d", 4)];

  it("writes only the moved row, with a key between its new neighbours", () => {
    expect(planMove(records, 0, 2)).toEqual({ kind: "one", write: { id: "a", sortKey: 3.5 } });
    expect(planMove(records, 3, 0)).toEqual({ kind: "one", write: { id: "d", sortKey: 0 } });
    expect(planMove(records, 1, 3)).toEqual({ kind: "one", write: { id: "b", sortKey: 5 } });
    expect(planMove(records, 2, 2)).toEqual({ kind: "none" });
  });

  it("orders rows added by hand by their ItemNumber, and moves among them with one write too", () => {
    const hand = [record("x", 2), record("y", 1), record("z", 3)];
    expect(ids(hand)).toEqual(["y", "x", "z"]);
    const { records: moved, writes } = move(hand, 2, 0);
    expect(writes).toBe(1);
    expect(ids(moved)).toEqual(["z", "y", "x"]);
  });

  it.each([
    [-1, 0],
    [4, 0],
    [0, 4],
    [0.5, 1],
  ])("rejects indices (%p, %p) outside the agenda", (from, to) => {
    expect(() => planMove(records, from, to)).toThrow(RangeError);
  });

  it("lands every move where asked, one write each, for any sequence of moves (however often into one gap)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 120 }), (n, moves) => {
        let current = Array.from({ length: n }, (_, i) => keyed(`i${i}`, i + 1));
        const expected = current.map((r) => r.id);
        for (const [f, t] of moves) {
          const from = f % n;
          const to = t % n;
          const result = move(current, from, to);
          current = result.records;
          const [moved] = expected.splice(from, 1);
          expected.splice(to, 0, moved as string);
          expect(ids(current)).toEqual(expected);
          if (from !== to && result.writes !== 1) expect(result.writes).toBe(n + 1);
        }
      }),
    );
  });
});

describe("respace", () => {
  it("gives fresh keys above all, last item first, so every prefix of the writes keeps the order", () => {
    const records = [keyed("a", 1), keyed("b", 2), keyed("c", 2), record("h", 9, { sortKey: null })];
    const before = ids(records);
    const writes = respace(records);
    expect(writes.map((w) => w.id)).toEqual([...before].reverse());
    for (let k = 0; k <= writes.length; k++) expect(ids(apply(records, writes.slice(0, k)))).toEqual(before);
  });
});

describe("appendKey", () => {
  it("is one past the highest key, whole, and ignores rows without any order", () => {
    expect(appendKey([])).toBe(1);
    expect(appendKey([keyed("a", 1), keyed("b", 4.5), record("h", 0, { itemNumber: null })])).toBe(5);
    expect(appendKey([record("x", 7)])).toBe(8);
  });

  it("gives two panes adding at once two items with distinct numbers (the position), neither losing its bilaga", () => {
    const before = [keyed("1", 1), keyed("2", 2)];
    const key = appendKey(before);
    const mine = keyed("3", key);
    const theirs = keyed("4", key);
    const agenda = buildAgenda([...before, { ...mine, title: "Min" }, { ...theirs, title: "Deras" }], [file("f", "Bilaga.pdf"), { ...file("g", "Annan.pdf"), itemId: "3" }]);
    expect(agenda.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(agenda.items.find((i) => i.id === "3")?.attachments.map((a) => a.fileId)).toEqual(["g"]);
    expect(agenda.items.find((i) => i.id === "4")?.attachments).toEqual([]);
  });
});

describe("filesToBind", () => {
  it("binds files that follow an item by ItemNumber or name prefix to that item's id, and nothing else", () => {
    const records = [record("a", 1), record("b", 2), keyed("c", 3)];
    const files = [file("f1", "2 Budget.pdf"), file("f2", "Plan.pdf", 1), { ...file("f3", "1 Bunden.pdf"), itemId: "b" }, file("f4", "Lös.pdf"), file("f5", "3 Ny.pdf")];
    expect(filesToBind(records, files)).toEqual([
      { fileId: "f1", itemId: "b" },
      { fileId: "f2", itemId: "a" },
      { fileId: "f5", itemId: "c" },
    ]);
  });

  it("changes nothing a reader sees: the agenda is the same before and after the bindings", () => {
    const records = [record("a", 1), record("b", 2), record("c", 4)];
    const files = [file("f1", "2 Budget.pdf"), file("f2", "Plan.pdf", 4), file("f3", "3 Ingen.pdf"), file("f4", "1_x.pdf")];
    const bound = files.map((f) => ({ ...f, itemId: filesToBind(records, files).find((b) => b.fileId === f.id)?.itemId ?? f.itemId }));
    expect(buildAgenda(records, bound)).toEqual(buildAgenda(records, files));
  });
});

describe("planMove between two items that share a key (two panes added at once)", () => {
  it("respaces every row first, then the move is one write", () => {
    const records = [keyed("a", 1), keyed("b", 2), keyed("c", 2)];
    const plan = planMove(records, 0, 1);
    expect(plan.kind).toBe("respace");
    const moved = move(records, 0, 1);
    expect(ids(moved.records)).toEqual(["b", "a", "c"]);
    expect(new Set(moved.records.map((r) => r.sortKey)).size).toBe(3);
  });
});
