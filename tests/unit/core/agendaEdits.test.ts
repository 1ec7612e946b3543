import fc from "fast-check";
import { buildAgenda } from "../../../src/core/agenda";
import { filesToRetarget, moveItem, nextItemNumber, removeItem, renumber } from "../../../src/core/agendaEdits";
import { file, record } from "./fixtures";

const ids = (records: { id: string }[]) => records.map((r) => r.id);
const numbers = (records: { itemNumber: number }[]) => records.map((r) => r.itemNumber);

describe("renumber", () => {
  it("numbers records 1..n in the given order and reports only real changes", () => {
    const edit = renumber([record("a", 1), record("b", 3), record("c", 3), record("d", 4)]);
    expect(numbers(edit.records)).toEqual([1, 2, 3, 4]);
    expect(edit.changes).toEqual([{ id: "b", from: 3, to: 2 }]);
    expect(edit.changedIds).toEqual(["b"]);
  });

  it("returns the same record objects when nothing changes", () => {
    const records = [record("a", 1), record("b", 2)];
    const edit = renumber(records);
    expect(edit.changes).toEqual([]);
    expect(edit.records[0]).toBe(records[0]);
  });
});

describe("moveItem", () => {
  const records = [record("a", 1), record("b", 2), record("c", 3), record("d", 4)];

  it("moves an item down and renumbers the ones in between", () => {
    const edit = moveItem(records, 0, 2);
    expect(ids(edit.records)).toEqual(["b", "c", "a", "d"]);
    expect(numbers(edit.records)).toEqual([1, 2, 3, 4]);
    expect(edit.changes).toEqual([
      { id: "b", from: 2, to: 1 },
      { id: "c", from: 3, to: 2 },
      { id: "a", from: 1, to: 3 },
    ]);
    expect(edit.changedIds).toEqual(["b", "c", "a"]);
  });

  it("moves an item up", () => {
    const edit = moveItem(records, 3, 1);
    expect(ids(edit.records)).toEqual(["a", "d", "b", "c"]);
    expect(edit.changedIds).toEqual(["d", "b", "c"]);
  });

  it("changes nothing when moving to the same place", () => {
    expect(moveItem(records, 2, 2).changes).toEqual([]);
  });

  it("does not mutate its input", () => {
    moveItem(records, 0, 3);
    expect(ids(records)).toEqual(["a", "b", "c", "d"]);
    expect(numbers(records)).toEqual([1, 2, 3, 4]);
  });

  it.each([
    [-1, 0],
    [4, 0],
    [0, 4],
    [0.5, 1],
  ])("rejects indices (%p, %p) outside the agenda", (from, to) => {
    expect(() => moveItem(records, from, to)).toThrow(RangeError);
  });

  it("keeps every item exactly once and numbers 1..n (any move)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), fc.nat(), (n, f, t) => {
        const list = Array.from({ length: n }, (_, i) => record(`r${i}`, i + 1));
        const edit = moveItem(list, f % n, t % n);
        expect([...ids(edit.records)].sort()).toEqual([...ids(list)].sort());
        expect(numbers(edit.records)).toEqual(list.map((_, i) => i + 1));
        expect(edit.records[t % n]?.id).toBe(`r${f % n}`);
      }),
    );
  });
});

describe("removeItem", () => {
  it("removes and closes the gap", () => {
    const edit = removeItem([record("a", 1), record("b", 2), record("c", 3)], "b");
    expect(ids(edit.records)).toEqual(["a", "c"]);
    expect(edit.changes).toEqual([{ id: "c", from: 3, to: 2 }]);
  });

  it("leaves the agenda as is for an unknown id", () => {
    const edit = removeItem([record("a", 1)], "x");
    expect(ids(edit.records)).toEqual(["a"]);
    expect(edit.changes).toEqual([]);
  });
});

describe("nextItemNumber", () => {
  it("is one past the highest ItemNumber", () => {
    expect(nextItemNumber([])).toBe(1);
    expect(nextItemNumber([record("a", 4), record("b", 2)])).toBe(5);
  });
});

describe("filesToRetarget", () => {
  it("keeps bilagor with their item after a move: the rebuilt agenda shows the same files under each item", () => {
    const records = [record("a", 1), record("b", 2), record("c", 3)];
    const files = [file("fa", "1 Dagordning.pdf"), file("fb", "Budget.pdf", 2), file("fc", "3_Rapport.pdf"), file("fx", "Lös fil.pdf")];
    const before = buildAgenda(records, files);
    const edit = moveItem(records, 2, 0);
    const retargets = filesToRetarget(files, edit.changes);
    expect(retargets).toEqual([
      { fileId: "fa", itemNumber: 2 },
      { fileId: "fb", itemNumber: 3 },
      { fileId: "fc", itemNumber: 1 },
    ]);

    const byId = new Map(retargets.map((r) => [r.fileId, r.itemNumber]));
    const filesAfter = files.map((f) => ({ ...f, itemNumber: byId.get(f.id) ?? f.itemNumber }));
    const after = buildAgenda(edit.records, filesAfter);
    const owner = (agenda: typeof before) => Object.fromEntries(agenda.items.flatMap((i) => i.attachments.map((a) => [a.fileId, i.id])));
    expect(owner(after)).toEqual(owner(before));
    expect(after.items.map((i) => i.attachments.map((a) => a.number))).toEqual([[1], [2], [3]]);
    expect(after.unassignedFiles.map((f) => f.id)).toEqual(["fx"]);
  });

  it("leaves files of unchanged items alone, and uses the first change for a duplicated old number", () => {
    const changes = [
      { id: "x", from: 2, to: 1 },
      { id: "y", from: 2, to: 3 },
    ];
    expect(filesToRetarget([file("f1", "1 A.pdf"), file("f2", "2 B.pdf")], changes)).toEqual([{ fileId: "f2", itemNumber: 1 }]);
  });
});
