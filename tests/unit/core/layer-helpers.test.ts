/** Small core helpers the application layer and the hosts share: the surface vocabulary, a recount, recorded items. */
import { isSurface, withStatusOf } from "../../../src/core";
import { protokollFromView, recordedItems } from "../../../src/core/protokoll";
import { agenda, draftView, report } from "../protokoll/fixtures";

describe("isSurface", () => {
  it("knows the Teams surfaces and nothing else", () => {
    expect(isSurface("stage")).toBe(true);
    expect(isSurface("sidePanel")).toBe(true);
    expect(isSurface("meetingStage")).toBe(false);
    expect(isSurface(null)).toBe(false);
    expect(isSurface(undefined)).toBe(false);
  });
});

describe("withStatusOf", () => {
  it("changes one person's status, matched by mail whatever its case, and recounts by the report's own rule", () => {
    const before = report();
    const someone = before.groups.flatMap((g) => g.entries).find((e) => e.status !== "present");
    if (someone === undefined) throw new Error("the fixture has nobody to change");
    const after = withStatusOf(before, someone.email.toUpperCase(), "accepted");
    const changed = after.groups.flatMap((g) => g.entries).find((e) => e.email === someone.email);
    expect(changed?.status).toBe("present");
    expect(after.counts.present).toBe(before.counts.present + 1);
    expect(after.counts[someone.status]).toBe(before.counts[someone.status] - 1);
    expect(before.groups.flatMap((g) => g.entries).find((e) => e.email === someone.email)?.status).toBe(someone.status);
  });
});

describe("recordedItems", () => {
  it("holds the items something was recorded about, and only those", () => {
    const planned = agenda();
    const [first, second] = planned.items;
    if (first === undefined || second === undefined) throw new Error("the fixture has fewer than two items");
    const recorded = { ...planned, items: [{ ...first, outcome: "tabled" as const }, { ...second, minutes: "  " }, ...planned.items.slice(2)] };
    const map = recordedItems(recorded);
    expect([...map.keys()]).toEqual([first.id]);
    expect(map.get(first.id)).toEqual({ outcome: "tabled", decisions: first.decisions, minutes: first.minutes, carriedFrom: first.carriedFrom });
  });

  it("is what the protokoll of a view uses when the caller names no item records", () => {
    const folder = { id: "f", name: "2018-04-20 Kommundirektörsmöte", webUrl: "https://familjenhelsingborg.sharepoint.com/x" };
    const view = draftView(folder);
    if (view.agenda.state !== "ready") throw new Error("the fixture's agenda did not load");
    const [first] = view.agenda.value.items;
    if (first === undefined) throw new Error("the fixture has no item");
    const items = [{ ...first, outcome: "tabled" as const }, ...view.agenda.value.items.slice(1)];
    const withOutcome = { ...view, agenda: { state: "ready" as const, value: { ...view.agenda.value, items } } };
    const plain = protokollFromView(view, { groupName: "G" }).items[0];
    const tabled = protokollFromView(withOutcome, { groupName: "G" }).items[0];
    expect(tabled?.outcomeLine).not.toEqual(plain?.outcomeLine);
  });
});
