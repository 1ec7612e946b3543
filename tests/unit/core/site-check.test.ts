/** The site contract and the check of a site against it (src/core/schema). */
import { AGENDA_LIST, checkSite, columnsOf, DOCUMENT_LIBRARY, SITE_CONTRACT } from "../../../src/core";
import type { FoundColumn, FoundList, ListSpec } from "../../../src/core";

/** A site that has exactly the contract. */
function fullSite(contract: readonly ListSpec[] = SITE_CONTRACT): Map<string, FoundList | null> {
  return new Map(
    contract.map((l) => [
      l.displayName,
      { id: `id-${l.key}`, template: l.template, columns: columnsOf(l).map(([name, s]): FoundColumn => ({ name, type: s.type, typeLabel: s.type, indexed: s.indexed, ...(s.choices ? { choices: s.choices } : {}) })) },
    ]),
  );
}

function withColumn(site: Map<string, FoundList | null>, list: string, name: string, change: (c: FoundColumn) => FoundColumn | null): Map<string, FoundList | null> {
  const found = site.get(list);
  if (!found) throw new Error(list);
  const columns = found.columns.map((c) => (c.name === name ? change(c) : c)).filter((c): c is FoundColumn => c !== null);
  return new Map(site).set(list, { ...found, columns });
}

describe("the site contract", () => {
  it("declares the columns the adapters read, with the indexed filter columns", () => {
    expect(Object.keys(AGENDA_LIST.columns)).toEqual(["Title", "MeetingKey", "SortKey", "ItemNumber", "Presenter", "Description", "ProposedDecisions", "Kind", "StartTime", "Outcome", "Decisions", "Minutes", "CarriedFrom"]);
    expect(Object.keys(DOCUMENT_LIBRARY.columns)).toEqual(["Title", "ItemId", "ItemNumber", "MeetingKey", "MeetingStart", "SharedWith"]);
    const indexed = SITE_CONTRACT.flatMap((l) => columnsOf(l).filter(([, c]) => c.indexed).map(([n]) => `${l.displayName}.${n}`));
    expect(indexed).toEqual([
      "Dagordning.MeetingKey",
      "Möteshandlingar.MeetingKey",
      "Möteshandlingar.MeetingStart",
      "Sammanträden.MeetingKey",
      "Sammanträden.Start",
      "Närvaro.MeetingKey",
      "Uppdrag.MeetingKey",
    ]);
  });
});

describe("checkSite", () => {
  it("finds nothing to do on a site that has the contract", () => {
    const check = checkSite(SITE_CONTRACT, fullSite());
    expect(check.actions).toEqual([]);
    expect(check.usable).toBe(true);
    expect(check.rows.every((r) => r.status === "finns")).toBe(true);
  });

  it("creates every list, without the built-in Title, on an empty site and calls it unusable", () => {
    const check = checkSite(SITE_CONTRACT, new Map());
    expect(check.usable).toBe(false);
    expect(check.actions.map((a) => (a.kind === "createList" ? a.list.displayName : a.kind))).toEqual(["Dagordning", "Möteshandlingar", "Sammanträden", "Närvaro", "Uppdrag"]);
    const first = check.actions[0];
    if (first?.kind !== "createList") throw new Error("expected createList");
    expect(first.columns.map(([n]) => n)).not.toContain("Title");
    expect(check.rows.filter((r) => r.column === null).map((r) => r.status)).toEqual(["saknas", "saknas", "saknas", "saknas", "saknas"]);
  });

  it("names a missing column, a retyped one and a lost index, creates only the missing one", () => {
    let site = withColumn(fullSite(), "Dagordning", "Presenter", () => null);
    site = withColumn(site, "Dagordning", "SortKey", (c) => ({ ...c, type: "text", typeLabel: "text" }));
    site = withColumn(site, "Möteshandlingar", "MeetingStart", (c) => ({ ...c, indexed: false }));
    const check = checkSite(SITE_CONTRACT, site);
    const bad = check.rows.filter((r) => r.status !== "finns").map((r) => `${r.list}.${r.column}:${r.status}`);
    expect(bad).toEqual(["Dagordning.SortKey:fel typ", "Dagordning.Presenter:saknas", "Möteshandlingar.MeetingStart:saknar index"]);
    expect(check.actions).toEqual([expect.objectContaining({ kind: "createColumn", name: "Presenter", listId: "id-agenda" })]);
    expect(check.rows.find((r) => r.column === "SortKey")?.advice).toMatch(/ändrar aldrig/);
    expect(check.usable).toBe(false);
  });

  it("a lost index is added by the provisioner when the column's id is known, as the one change to an existing column", () => {
    const check = checkSite(SITE_CONTRACT, withColumn(fullSite(), "Möteshandlingar", "MeetingKey", (c) => ({ ...c, id: "col-7", indexed: false })));
    expect(check.actions).toEqual([expect.objectContaining({ kind: "indexColumn", name: "MeetingKey", columnId: "col-7", listId: "id-library" })]);
    expect(check.rows.find((r) => r.list === "Möteshandlingar" && r.column === "MeetingKey")?.advice).toContain("npm run provision");
  });

  it("a missing optional column is created but does not make the site unusable", () => {
    const check = checkSite(SITE_CONTRACT, withColumn(fullSite(), "Dagordning", "ItemNumber", () => null));
    expect(check.usable).toBe(true);
    expect(check.actions).toEqual([expect.objectContaining({ kind: "createColumn", name: "ItemNumber" })]);
  });

  it("a choice column without one of the product's choices is named with what to add", () => {
    const check = checkSite(SITE_CONTRACT, withColumn(fullSite(), "Dagordning", "Kind", (c) => ({ ...c, choices: ["beslut", "information"] })));
    const row = check.rows.find((r) => r.column === "Kind");
    expect(row?.status).toBe("saknar val");
    expect(row?.advice).toContain('"diskussion"');
    expect(check.usable).toBe(false);
  });

  it("a list of the wrong template is reported, never changed", () => {
    const site = fullSite();
    const lib = site.get("Möteshandlingar");
    if (!lib) throw new Error("lib");
    site.set("Möteshandlingar", { ...lib, template: "genericList" });
    const check = checkSite(SITE_CONTRACT, site);
    expect(check.rows.find((r) => r.list === "Möteshandlingar" && r.column === null)?.status).toBe("fel typ");
    expect(check.actions).toEqual([]);
    expect(check.usable).toBe(false);
  });

  it("a column added to the contract is the one change", () => {
    const extended: ListSpec = { ...AGENDA_LIST, columns: { ...AGENDA_LIST.columns, Decided: { displayName: "Beslutad", type: "boolean", indexed: false, required: false } } };
    const check = checkSite([extended, DOCUMENT_LIBRARY], fullSite());
    expect(check.actions).toEqual([expect.objectContaining({ kind: "createColumn", name: "Decided" })]);
  });
});
