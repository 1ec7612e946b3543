/** Field-by-field merge of two versions of an agenda item after a save conflict. */
import { conflictingFields, defaultChoices, droppedFromTheirs, fieldsBothChanged, mergeItem, unionDecisions } from "../../../src/core";
import type { MergeValues } from "../../../src/core";

const base: MergeValues = {
  title: "Budget 2027",
  startTime: "09.40",
  presenter: "Karin Holm, kommundirektör",
  description: "Förslag till budget.",
  kind: "beslut",
  proposedDecisions: ["godkänna budgeten", "lägga informationen till handlingarna"],
};

describe("conflictingFields", () => {
  it("is empty for equal versions, also when only spacing, case or a full stop differ in clauses", () => {
    expect(conflictingFields(base, { ...base })).toEqual([]);
    expect(conflictingFields(base, { ...base, title: " Budget 2027 ", proposedDecisions: ["Godkänna  budgeten.", "lägga informationen till handlingarna"] })).toEqual([]);
  });

  it("names every differing field in the editor's order", () => {
    const theirs: MergeValues = { ...base, kind: "information", title: "Budget 2027 (rev.)", startTime: null, proposedDecisions: ["godkänna budgeten"] };
    expect(conflictingFields(base, theirs)).toEqual(["title", "startTime", "proposedDecisions", "kind"]);
    expect(conflictingFields({ ...base, startTime: null }, { ...base, startTime: null })).toEqual([]);
    expect(conflictingFields(base, { ...base, presenter: "Sara Dahl", description: "Ny bakgrund." })).toEqual(["presenter", "description"]);
  });
});

describe("unionDecisions", () => {
  it("keeps the saved clauses in order, then adds the user's new ones, without duplicates", () => {
    expect(unionDecisions(["godkänna budgeten", "uppdra åt sekretariatet att återkomma"], ["Godkänna budgeten.", "lägga informationen till handlingarna"])).toEqual([
      "Godkänna budgeten.",
      "lägga informationen till handlingarna",
      "uppdra åt sekretariatet att återkomma",
    ]);
  });

  it("drops empty clauses and trims", () => {
    expect(unionDecisions(["  a  ", ""], ["", "b"])).toEqual(["b", "a"]);
  });
});

describe("mergeItem", () => {
  const mine: MergeValues = { ...base, title: "Budget 2027 – reviderad", proposedDecisions: [...base.proposedDecisions, "uppdra åt sekretariatet att återkomma"] };
  const theirs: MergeValues = { ...base, presenter: "Sara Dahl, utredare", proposedDecisions: ["godkänna budgeten", "fastställa ramarna"] };

  it("keeps the user's version of every field without a choice", () => {
    expect(mergeItem(mine, theirs, {})).toEqual(mine);
  });

  it("takes the chosen fields from the saved version and unions the clauses on 'both'", () => {
    const merged = mergeItem(mine, theirs, { presenter: "theirs", proposedDecisions: "both" });
    expect(merged).toEqual({
      ...mine,
      presenter: "Sara Dahl, utredare",
      proposedDecisions: ["godkänna budgeten", "fastställa ramarna", "lägga informationen till handlingarna", "uppdra åt sekretariatet att återkomma"],
    });
    expect(droppedFromTheirs(base, theirs, merged)).toEqual({ fields: [], clauses: [] });
  });

  it("takes all of theirs when every field says so", () => {
    const all = mergeItem(mine, theirs, { title: "theirs", startTime: "theirs", presenter: "theirs", description: "theirs", kind: "theirs", proposedDecisions: "theirs" });
    expect(all).toEqual(theirs);
    expect(all.proposedDecisions).not.toBe(theirs.proposedDecisions);
  });

  it("reports what an overwrite drops of the other person's edit, so it is never silent", () => {
    const merged = mergeItem(mine, theirs, {});
    // Their title is the base's: keeping mine drops nothing of theirs. Their presenter and new clause would go.
    expect(droppedFromTheirs(base, theirs, merged)).toEqual({ fields: ["presenter"], clauses: ["fastställa ramarna"] });
  });
});

describe("defaultChoices", () => {
  it("keeps each side's own edits and unites clauses both sides changed", () => {
    const mine: MergeValues = { ...base, title: "Budget 2027 – reviderad", proposedDecisions: [...base.proposedDecisions, "uppdra åt sekretariatet att återkomma"] };
    const theirs: MergeValues = { ...base, presenter: "Sara Dahl, utredare", proposedDecisions: ["godkänna budgeten", "fastställa ramarna"] };
    const choices = defaultChoices(base, mine, theirs);
    expect(choices).toEqual({ title: "mine", presenter: "theirs", proposedDecisions: "both" });
    const merged = mergeItem(mine, theirs, choices);
    expect(merged.title).toBe("Budget 2027 – reviderad");
    expect(merged.presenter).toBe("Sara Dahl, utredare");
    expect(droppedFromTheirs(base, theirs, merged)).toEqual({ fields: [], clauses: [] });
  });

  it("keeps mine where both changed a field differently, and takes theirs where only they changed the clauses", () => {
    const mine: MergeValues = { ...base, description: "Min bakgrund." };
    const theirs: MergeValues = { ...base, description: "Deras bakgrund.", proposedDecisions: ["fastställa ramarna"] };
    expect(defaultChoices(base, mine, theirs)).toEqual({ proposedDecisions: "theirs", description: "mine" });
    expect(droppedFromTheirs(base, theirs, mergeItem(mine, theirs, defaultChoices(base, mine, theirs)))).toEqual({ fields: ["description"], clauses: [] });
  });

  it("keeps my clauses when only I changed them", () => {
    const mine: MergeValues = { ...base, proposedDecisions: ["fastställa ramarna"] };
    const theirs: MergeValues = { ...base, kind: "diskussion" };
    expect(defaultChoices(base, mine, theirs)).toEqual({ proposedDecisions: "mine", kind: "theirs" });
  });
});

describe("fieldsBothChanged", () => {
  it("names the fields both changed differently, never one only one side changed", () => {
    const mine: MergeValues = { ...base, title: "Min rubrik", description: "Min bakgrund.", proposedDecisions: ["fastställa budgeten"] };
    const theirs: MergeValues = { ...base, title: "Deras rubrik", presenter: "Sara Dahl, utredare", proposedDecisions: ["godkänna budgeten"] };
    expect(fieldsBothChanged(base, mine, theirs)).toEqual(["title", "proposedDecisions"]);
  });

  it("is empty when both made the same change (nothing to decide)", () => {
    const same: MergeValues = { ...base, title: "Samma rubrik" };
    expect(fieldsBothChanged(base, same, { ...same })).toEqual([]);
  });
});
