import { changedRecordFields, sameRecordField, mergeClauses, mergeRecord, recordValuesOf, isUnrecorded } from "../../../../src/core";
import type { RecordValues } from "../../../../src/core";

const base: RecordValues = { outcome: null, decisions: ["godkänna rapporten", "lägga den till handlingarna"], minutes: "Bakgrund." };

describe("mergeRecord", () => {
  it("keeps what only one side changed, from either side", () => {
    const mine = { ...base, outcome: "decided" as const };
    const theirs = { ...base, minutes: "Ordföranden föredrog ärendet." };
    expect(mergeRecord(base, mine, theirs)).toEqual({ merged: { outcome: "decided", decisions: base.decisions, minutes: "Ordföranden föredrog ärendet." }, conflicts: [] });
  });

  it("shows a text both changed differently, and keeps the saved one until the user chooses", () => {
    const result = mergeRecord(base, { ...base, minutes: "Min text" }, { ...base, minutes: "Deras text" });
    expect(result.conflicts).toEqual([{ field: "minutes", mine: "Min text", theirs: "Deras text" }]);
    expect(result.merged.minutes).toBe("Deras text");
  });

  it("shows an outcome both set differently", () => {
    const result = mergeRecord(base, { ...base, outcome: "decided" }, { ...base, outcome: "tabled" });
    expect(result.conflicts).toEqual([{ field: "outcome", mine: "decided", theirs: "tabled" }]);
  });

  it("is quiet when both made the same change", () => {
    const same = { ...base, outcome: "noted" as const, minutes: "Samma. " };
    expect(mergeRecord(base, same, { ...same, minutes: "Samma." }).conflicts).toEqual([]);
  });

  it("merges clauses: their reword and my new clause both survive, once each", () => {
    const mine = { ...base, decisions: [...base.decisions, "uppdra åt sekretariatet att återkomma"] };
    const theirs = { ...base, decisions: ["godkänna rapporten med ändringar", "lägga den till handlingarna"] };
    expect(mergeRecord(base, mine, theirs)).toEqual({
      merged: { ...base, decisions: ["godkänna rapporten med ändringar", "lägga den till handlingarna", "uppdra åt sekretariatet att återkomma"] },
      conflicts: [],
    });
  });

  it("merges clauses: my removal applies to theirs, my insert keeps its place", () => {
    expect(mergeClauses(["a", "b", "c"], ["a", "ny", "c"], ["a", "b", "c", "d"])).toEqual(["a", "ny", "c", "d"]);
    expect(mergeClauses(["a"], ["först", "a"], ["a", "sist"])).toEqual(["först", "a", "sist"]);
  });

  it("never doubles a clause both reworded differently: the user is shown both", () => {
    const mine = { ...base, decisions: ["godkänna rapporten i sin helhet", "lägga den till handlingarna"] };
    const theirs = { ...base, decisions: ["godkänna rapporten med ändringar", "lägga den till handlingarna"] };
    const result = mergeRecord(base, mine, theirs);
    expect(result.conflicts).toEqual([{ field: "decisions", mine: mine.decisions, theirs: theirs.decisions }]);
    expect(result.merged.decisions).toEqual(theirs.decisions);
  });

  it("accepts the same reword made on both sides, and a clause added by both once", () => {
    const both = ["Godkänna rapporten med ändringar.", "lägga den till handlingarna"];
    expect(mergeClauses(base.decisions, both, ["godkänna rapporten med ändringar", "lägga den till handlingarna"])).toEqual(["godkänna rapporten med ändringar", "lägga den till handlingarna"]);
    expect(mergeRecord(base, { ...base, decisions: [...base.decisions, "x"] }, { ...base, decisions: [...base.decisions, "X."] }).conflicts).toEqual([]);
  });

  it("takes my clauses whole when they did not touch theirs", () => {
    const mine = { ...base, decisions: ["bara detta"] };
    expect(mergeRecord(base, mine, { ...base, outcome: "decided" }).merged).toEqual({ outcome: "decided", decisions: ["bara detta"], minutes: base.minutes });
  });

  it("keeps my minutes when only I changed them", () => {
    expect(mergeRecord(base, { ...base, minutes: "Ny text" }, { ...base, outcome: "noted" }).merged).toEqual({ outcome: "noted", decisions: base.decisions, minutes: "Ny text" });
  });

  it("compares clauses as people read them", () => {
    expect(sameRecordField("decisions", base, { ...base, decisions: ["Godkänna rapporten.", "lägga  den till handlingarna"] })).toBe(true);
    expect(sameRecordField("decisions", base, { ...base, decisions: ["godkänna rapporten"] })).toBe(false);
  });

  it("names the changed fields", () => {
    expect(changedRecordFields(base, { ...base, decisions: ["godkänna rapporten"] , minutes: " Bakgrund. " })).toEqual(["decisions"]);
  });
});

describe("recordValuesOf", () => {
  const item = {
    id: "1",
    etag: "e",
    meetingKey: "k",
    sortKey: 1,
    itemNumber: null,
    title: "T",
    presenter: "",
    description: "Beskrivning",
    proposedDecisions: ["godkänna"],
    kind: "beslut" as const,
    startTime: null,
    outcome: null,
    decisions: [],
    minutes: "",
    carriedFrom: null,
  };

  it("prefills from the beslutsförslag and the description while nothing is recorded", () => {
    expect(isUnrecorded(item)).toBe(true);
    expect(recordValuesOf(item)).toEqual({ outcome: null, decisions: ["godkänna"], minutes: "Beskrivning" });
    expect(recordValuesOf({ ...item, outcome: null, decisions: [], minutes: "  " })).toEqual({ outcome: null, decisions: ["godkänna"], minutes: "Beskrivning" });
  });

  it("shows what is recorded once anything is", () => {
    expect(recordValuesOf({ ...item, outcome: "noted", decisions: [], minutes: "" })).toEqual({ outcome: "noted", decisions: [], minutes: "" });
    expect(recordValuesOf({ ...item, decisions: ["x"] })).toEqual({ outcome: null, decisions: ["x"], minutes: "" });
  });
});
