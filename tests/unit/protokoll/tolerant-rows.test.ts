/**
 * Rows kept although a field was missing or bad (#11 item 5) reach the kallelse and the protokoll in their place:
 * numbered after the others when they have no order, with the repaired title, and without the secretariat's marking.
 */
import { buildAgenda } from "../../../src/core";
import { buildKallelse, renderKallelseText } from "../../../src/core/kallelse";
import { buildProtokoll } from "../../../src/core/protokoll";
import { toAgendaItemRecord } from "../../../src/services/graph/parse/agenda-item";
import { input, POLICY } from "../kallelse/fixtures";
import { meeting, report } from "./fixtures";

const row = (id: string, fields: Record<string, unknown>): unknown => ({ id, eTag: `"{${id}},1"`, fields: { MeetingKey: "K", ...fields } });

const records = [
  row("1", { Title: "Inledning", ItemNumber: 1, Kind: "information" }),
  row("2", { Title: "Punkt tillagd för hand", Presenter: "Elin Sjöberg" }),
  row("3", { Title: "Budget 2027", ItemNumber: 2, Kind: "Beslutsärende", ProposedDecisions: "godkänna budgeten" }),
  row("4", { Title: 42, ItemNumber: 3 }),
].map(toAgendaItemRecord);
const agenda = buildAgenda(records, []);

test("the agenda keeps every row: ordered ones in order, the unordered one last", () => {
  expect(agenda.items.map((i) => `${i.number}. ${i.title}`)).toEqual(["1. Inledning", "2. Budget 2027", "3. (utan rubrik)", "4. Punkt tillagd för hand"]);
});

test("the kallelse lists them in their place, without what was wrong", () => {
  const kallelse = buildKallelse(input({ agenda }));
  expect(kallelse.items.map((i) => `${i.number}. ${i.title}`)).toEqual(["1. Inledning", "2. Budget 2027", "3. (utan rubrik)", "4. Punkt tillagd för hand"]);
  expect(kallelse.items[1]!.proposedDecisions).toEqual(["godkänna budgeten"]);
  const text = renderKallelseText(kallelse, POLICY);
  expect(text).toContain("Punkt tillagd för hand");
  expect(text).not.toMatch(/Beslutsärende|Saknar|rätta/);
});

test("the protokoll has a section for each, in the same order", () => {
  const protokoll = buildProtokoll({ meeting: meeting(), meetingNumber: 4, agenda, attendance: report(), groupName: "Kommundirektörsgruppen" });
  expect(protokoll.items.map((i) => i.heading)).toEqual(["1 Inledning", "2 Budget 2027", "3 (utan rubrik)", "4 Punkt tillagd för hand"]);
  expect(protokoll.items[3]!.presenterLine).toContain("Elin Sjöberg");
  expect(JSON.stringify(protokoll.items)).not.toMatch(/Beslutsärende|Saknar|rätta/);
});
