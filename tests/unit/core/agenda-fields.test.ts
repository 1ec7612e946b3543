/** The field table of an agenda item (issue 11 item 1): every field declared once, and what derives from it. */
import fc from "fast-check";
import {
  AGENDA_FIELD_NAMES,
  AGENDA_FIELDS,
  AGENDA_LIST,
  defaultFields,
  draftOfForm,
  EDITOR_FIELDS,
  emptyForm,
  fieldsShownIn,
  formOf,
  holdsFields,
  labelOf,
  MERGE_FIELDS,
  mergesClauses,
  OUTCOME_CHOICES,
  OUTCOMES,
  pickFields,
  readAgendaFields,
  RECORD_FIELDS,
  splitDecisions,
  writeAgendaFields,
} from "../../../src/core";
import type { AgendaItemFields, ColumnType, MergeKind, RowProblem } from "../../../src/core";
import { en } from "../../../src/core/i18n/en";
import { sv } from "../../../src/core/i18n/sv";

// Which SharePoint column types can hold a field that merges in a given way.
const FITS: Record<MergeKind, readonly ColumnType[]> = { text: ["text", "note"], clauses: ["note"], choice: ["choice"], time: ["text"] };

describe("the agenda field table", () => {
  it("gives each field its own Dagordning column, of a type that can hold it", () => {
    const columns = AGENDA_FIELD_NAMES.map((name) => AGENDA_FIELDS[name].column);
    expect(new Set(columns).size).toBe(columns.length);
    for (const name of AGENDA_FIELD_NAMES) {
      const spec = AGENDA_FIELDS[name];
      const column = AGENDA_LIST.columns[spec.column];
      expect([name, FITS[spec.merge].includes(column.type)]).toEqual([name, true]);
    }
    // The Outcome column offers exactly the Swedish choices of the core's outcomes, in the order they are offered.
    expect(AGENDA_LIST.columns.Outcome.choices).toEqual(OUTCOMES.map((outcome) => OUTCOME_CHOICES[outcome]));
  });

  it("names every field in both languages", () => {
    for (const name of AGENDA_FIELD_NAMES) {
      for (const strings of [sv, en]) expect(labelOf(strings, AGENDA_FIELDS[name].label)).toMatch(/\S/);
    }
    expect(labelOf(sv, AGENDA_FIELDS.outcome.label)).toBe("Utfall");
    expect(labelOf(en, AGENDA_FIELDS.title.label)).toBe(en.outlook.titleLabel);
  });

  it("gives the editor its fields in the form's order and the record the four of DESIGN §4a, never shared", () => {
    expect(EDITOR_FIELDS).toEqual(["title", "startTime", "presenter", "proposedDecisions", "description", "kind"]);
    expect(MERGE_FIELDS).toEqual(EDITOR_FIELDS);
    expect(MERGE_FIELDS.filter(mergesClauses)).toEqual(["proposedDecisions"]);
    expect(RECORD_FIELDS).toEqual(["outcome", "decisions", "minutes", "carriedFrom"]);
    expect(fieldsShownIn("editor")).toEqual(EDITOR_FIELDS);
    for (const surface of ["kallelse", "editor"] as const) expect(fieldsShownIn(surface).filter((name) => (RECORD_FIELDS as readonly string[]).includes(name))).toEqual([]);
    expect(fieldsShownIn("protokoll")).toEqual(expect.arrayContaining([...RECORD_FIELDS]));
    expect(fieldsShownIn("record")).toEqual(expect.arrayContaining([...RECORD_FIELDS]));
  });

  it("reads a row with no columns at all as an item with its defaults, naming the missing title", () => {
    const problems: RowProblem[] = [];
    expect(readAgendaFields({}, problems)).toEqual({ ...defaultFields(), title: "(utan rubrik)", kind: "information" });
    expect(problems).toEqual([{ code: "missingTitle" }]);
  });

  it("hands out fresh defaults: changing one item's clauses changes no other's", () => {
    const first = defaultFields();
    first.decisions.push("godkänna");
    first.proposedDecisions.push("godkänna");
    expect(defaultFields()).toMatchObject({ decisions: [], proposedDecisions: [], outcome: null, minutes: "", carriedFrom: null });
  });

  it("reads back whatever it writes, for any value of any field", () => {
    // A clause as the list stores it: what a bullet ("* ", "- ") or a leading "att" would be read without is not one.
    const clause = fc
      .string({ minLength: 1 })
      .map((text) => text.replace(/\s+/g, " ").trim())
      .filter((text) => text !== "" && splitDecisions(text).length === 1 && splitDecisions(text)[0] === text);
    const fields = fc.record({
      title: fc.string({ minLength: 1 }).filter((text) => text.trim() !== ""),
      startTime: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, "0")}.${String(m).padStart(2, "0")}`)),
      presenter: fc.string(),
      proposedDecisions: fc.array(clause, { maxLength: 4 }),
      description: fc.string(),
      kind: fc.constantFrom("beslut", "information", "diskussion" as const),
      outcome: fc.option(fc.constantFrom(...OUTCOMES)),
      decisions: fc.array(clause, { maxLength: 4 }),
      minutes: fc.string(),
      carriedFrom: fc.option(fc.string({ minLength: 1 }).filter((text) => text.trim() !== "")),
    });
    fc.assert(
      fc.property(fields, (values) => {
        const problems: RowProblem[] = [];
        const written = writeAgendaFields(values as AgendaItemFields, AGENDA_FIELD_NAMES);
        const read = readAgendaFields(written, problems);
        expect(problems).toEqual([]);
        expect(holdsFields(read, values as AgendaItemFields, AGENDA_FIELD_NAMES)).toBe(true);
        expect(pickFields(read, RECORD_FIELDS)).toEqual(pickFields(values as AgendaItemFields, RECORD_FIELDS));
      }),
      { numRuns: 200 },
    );
  });

  it("knows a stored row holds a write as the list stores it, and tells a different one", () => {
    const stored = { ...defaultFields(), title: "T", startTime: "09.40", proposedDecisions: ["godkänna planen"], outcome: "decided" as const };
    expect(holdsFields(stored, { ...stored, startTime: "9:40", proposedDecisions: [" godkänna planen "] }, EDITOR_FIELDS)).toBe(true);
    const tabled: AgendaItemFields = { ...stored, outcome: "tabled" };
    expect(holdsFields(stored, tabled, EDITOR_FIELDS)).toBe(true);
    expect(holdsFields(stored, { ...stored, outcome: "tabled" }, RECORD_FIELDS)).toBe(false);
    expect(holdsFields(stored, { ...stored, title: "T " }, EDITOR_FIELDS)).toBe(false);
  });

  it("reads unknown and mistyped choices as their fallback, naming them", () => {
    const problems: RowProblem[] = [];
    const read = readAgendaFields({ Title: "T", Kind: 7, Outcome: ["beslutat"], StartTime: true, CarriedFrom: 5, ProposedDecisions: "godkänna" }, problems);
    expect(read).toMatchObject({ kind: "beslut", outcome: null, startTime: null, carriedFrom: null });
    expect(problems).toEqual([
      { code: "badField", field: "StartTime" },
      { code: "unknownKind", value: "7" },
      { code: "badField", field: "Outcome" },
      { code: "badField", field: "CarriedFrom" },
    ]);
  });
});

describe("the editor's form, derived from the table", () => {
  it("starts a new item empty, as a decision item", () => {
    expect(emptyForm()).toEqual({ title: "", startTime: "", presenter: "", proposedDecisions: "", description: "", kind: "beslut" });
  });

  it("shows a stored item's editor fields as typed text and reads them back trimmed, clauses one a line", () => {
    const stored = { ...defaultFields(), title: "Budget", startTime: "09.40", presenter: "Elin", proposedDecisions: ["godkänna", "notera"], description: "B", kind: "diskussion" as const };
    const form = formOf(stored);
    expect(form).toEqual({ title: "Budget", startTime: "09.40", presenter: "Elin", proposedDecisions: "godkänna\nnotera", description: "B", kind: "diskussion" });
    expect(draftOfForm({ ...form, title: " Budget ", startTime: "9:40" })).toEqual(pickFields(stored, EDITOR_FIELDS));
    expect(draftOfForm({ ...form, startTime: "  " }).startTime).toBeNull();
  });

  it("never carries a record field into the form or out of it", () => {
    const recorded = { ...defaultFields(), title: "T", outcome: "decided" as const, minutes: "Sagt." };
    expect(Object.keys(formOf(recorded))).toEqual([...EDITOR_FIELDS]);
    expect(Object.keys(draftOfForm(formOf(recorded)))).toEqual([...EDITOR_FIELDS]);
  });
});
