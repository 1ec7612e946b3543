import { addAssignment, assignmentProblems, openRecord, readStage, setCurrentItem, suggestedAssignments } from "../../../../src/app/record";
import { ExpectedFailure } from "../../../../src/core";
import type { MeetingRegisterRow } from "../../../../src/core";
import { memoryRecord, writeAsOther } from "./memoryPorts";
import { registerRow as baseRow } from "../memory-register";

const meeting = { key: "M1", subject: "Kommundirektörsgruppen", startUtc: "2027-02-12T07:30:00Z", folderName: "2027-02-12 Kommundirektörsgruppen" };

// The register's complete default row, as another meeting of the year (not this one's key, no title, number 1).
const registerRow = (extra: Partial<MeetingRegisterRow>): MeetingRegisterRow =>
  baseRow({ id: "9", etag: '"r"', meetingKey: "X", title: "", startUtc: "2027-01-15T07:30:00Z", number: 1, folderName: "", ...extra });

describe("openRecord", () => {
  it("creates the row once, numbered among the group's meetings of the year, state pågår", async () => {
    const rec = memoryRecord();
    rec.rows.push(registerRow({ id: "1", meetingKey: "JAN" }), registerRow({ id: "2", meetingKey: "LASTYEAR", startUtc: "2026-11-20T07:30:00Z" }));
    const row = await openRecord(rec.ports, meeting);
    expect(row).toMatchObject({ meetingKey: "M1", number: 2, state: "inProgress", title: meeting.subject, folderName: meeting.folderName });
    const again = await openRecord(rec.ports, meeting);
    expect(again.id).toBe(row.id);
    expect(rec.rows).toHaveLength(3);
  });

  it("starts a planned row and leaves a running one alone", async () => {
    const rec = memoryRecord();
    rec.rows.push(registerRow({ meetingKey: "M1", state: "planned", number: 7 }));
    expect(await openRecord(rec.ports, meeting)).toMatchObject({ state: "inProgress", number: 7 });
    const etag = rec.rows[0]?.etag;
    await openRecord(rec.ports, meeting);
    expect(rec.rows[0]?.etag).toBe(etag);
  });

  it("starts a row another secretary created as planned a moment before", async () => {
    const rec = memoryRecord();
    const ensure = rec.ports.register.ensure;
    rec.ports.register.ensure = async (fields) => ensure({ ...fields, state: "planned" });
    expect((await openRecord(rec.ports, meeting)).state).toBe("inProgress");
  });
});

describe("setCurrentItem", () => {
  it("writes CurrentItem, and again over someone else's newer write of the row", async () => {
    const rec = memoryRecord();
    const row = await openRecord(rec.ports, meeting);
    const moved = await setCurrentItem(rec.ports, row, "2");
    expect(moved.currentItemId).toBe("2");
    // The chair's device changed the row meanwhile: the stale eTag is re-read, not an error.
    const third = await setCurrentItem(rec.ports, row, "3");
    expect(third.currentItemId).toBe("3");
    expect(await setCurrentItem(rec.ports, third, "3")).toBe(third);
  });

  it("gives up after repeated conflicts and passes other failures on", async () => {
    const rec = memoryRecord();
    const row = await openRecord(rec.ports, meeting);
    rec.ports.register.update = async () => {
      throw new ExpectedFailure("conflict");
    };
    await expect(setCurrentItem(rec.ports, row, "2")).rejects.toMatchObject({ appError: { code: "conflict" } });
    rec.ports.register.find = async () => null;
    await expect(setCurrentItem(rec.ports, row, "2")).rejects.toMatchObject({ appError: { code: "conflict" } });
    rec.ports.register.update = async () => {
      throw new ExpectedFailure("offline");
    };
    await expect(setCurrentItem(rec.ports, row, "2")).rejects.toMatchObject({ appError: { code: "offline" } });
  });
});

describe("readStage", () => {
  it("follows the current item and shows its decision once anything is recorded", async () => {
    const rec = memoryRecord();
    expect(await readStage(rec.ports, "M1")).toEqual({ currentItemId: null, outcome: null, decisions: [], recorded: false });
    const row = await openRecord(rec.ports, meeting);
    await setCurrentItem(rec.ports, row, "2");
    expect(await readStage(rec.ports, "M1")).toEqual({ currentItemId: "2", outcome: null, decisions: [], recorded: false });
    writeAsOther(rec, "2", { outcome: "decided", decisions: ["godkänna med ändring"] });
    expect(await readStage(rec.ports, "M1")).toEqual({ currentItemId: "2", outcome: "decided", decisions: ["godkänna med ändring"], recorded: true });
    // An item removed while on the stage: the register still names it, nothing recorded is shown.
    rec.items.delete("2");
    expect(await readStage(rec.ports, "M1")).toEqual({ currentItemId: "2", outcome: null, decisions: [], recorded: false });
  });
});

describe("uppdrag", () => {
  it("saves an uppdrag by hand under the item, without a leading att", async () => {
    const rec = memoryRecord();
    const row = await addAssignment(rec.ports, "M1", "2", { title: "att ta fram en tidplan", assignee: " Sekretariatet ", due: null });
    expect(row).toMatchObject({ title: "ta fram en tidplan", assignee: "Sekretariatet", itemId: "2", meetingKey: "M1", due: null, status: "open" });
    expect(rec.assignments).toHaveLength(1);
  });

  it("refuses an uppdrag without what or who, or with an impossible date, and writes nothing", async () => {
    expect(assignmentProblems({ title: "att ", assignee: "", due: "2027-02-30" })).toEqual(["titleMissing", "assigneeMissing", "dueInvalid"]);
    expect(assignmentProblems({ title: "x", assignee: "y", due: "12/3" })).toEqual(["dueInvalid"]);
    expect(assignmentProblems({ title: "x", assignee: "y", due: "2027-03-12" })).toEqual([]);
    const rec = memoryRecord();
    await expect(addAssignment(rec.ports, "M1", "2", { title: "", assignee: "", due: null })).rejects.toThrow(RangeError);
    expect(rec.assignments).toHaveLength(0);
  });

  it("suggests the uppdrag a clause gives until it is saved", async () => {
    const rec = memoryRecord();
    const clauses = ["godkänna rapporten", "uppdra åt sekretariatet att ta fram en tidplan", "uppdra åt Sekretariatet att ta fram en tidplan."];
    expect(suggestedAssignments(clauses, [])).toEqual([{ assignee: "sekretariatet", title: "ta fram en tidplan", due: null }]);
    const saved = await addAssignment(rec.ports, "M1", "2", { title: "ta fram en tidplan", assignee: "sekretariatet", due: null });
    expect(suggestedAssignments(clauses, [saved])).toEqual([]);
  });
});
