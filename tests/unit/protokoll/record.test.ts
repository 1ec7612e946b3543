/** The protokoll from the meeting's record (issue 13 item 6): attendance with times, outcomes, clauses, uppdrag. */
import { buildProtokoll, outcomeLine, presenceEntry, renderProtokollText, UNKNOWN_ORGANISATION } from "../../../src/core/protokoll";
import type { ProtokollInput } from "../../../src/core/protokoll";
import type { AssignmentRow, ItemRecordFields, MeetingRecord, MeetingRegisterRow, PresenceRow } from "../../../src/core/record";
import { agenda, meeting, report } from "./fixtures";

const KEY = meeting().iCalUId;

function presence(displayName: string, organisation: string, overrides: Partial<PresenceRow> = {}): PresenceRow {
  return { id: displayName, etag: "1", meetingKey: KEY, email: "", displayName, organisation, status: "present", arrived: null, left: null, role: "member", note: "", ...overrides };
}

function assignment(title: string, overrides: Partial<AssignmentRow> = {}): AssignmentRow {
  return { id: title, etag: "1", title, meetingKey: KEY, itemId: "a", assignee: "Tomas Rikse", assigneeEmail: null, due: null, status: "open", closedNote: "", closedAt: null, ...overrides };
}

const register: MeetingRegisterRow = {
  id: "r1", etag: "1", meetingKey: KEY, title: "Kommundirektörsmöte", startUtc: meeting().startUtc, number: 4, folderName: "2018-04-20 Kommundirektörsmöte",
  chair: "Palle Lundberg", approvers: ["Herman Crespin"], state: "ended", currentItemId: null, protokollFileId: null, protokollPdfId: null,
};

const ROWS: PresenceRow[] = [
  presence("Johan Lindberg", "sekretariatet", { role: "secretariat" }),
  presence("Herman Crespin", "Höganäs", { arrived: "08.45" }),
  presence("Katarina Pelin", "Båstad", { left: "11.10" }),
  presence("Christer Pålsson", "Bjuv", { arrived: "9.00", left: "11:05" }),
  presence("Annika Enberg", "Ängelholm", { status: "remote" }),
  presence("Stefan Larsson", "Svalöv", { status: "apologies" }),
  presence("Ulf Bengtsson", "Perstorp", { status: "absent" }),
  presence("Renee Mohlkert", "Helsingborgs stad", { role: "guest" }),
  presence("Gäst Som Uteblev", "Region Skåne", { role: "guest", status: "absent" }),
];

const record = (overrides: Partial<MeetingRecord> = {}): MeetingRecord => ({ register, presence: ROWS, assignments: [], ...overrides });

const input = (overrides: Partial<ProtokollInput> = {}): ProtokollInput => ({
  meeting: meeting(), meetingNumber: 3, agenda: agenda(), attendance: report(), groupName: "Kommundirektörsgruppen i Familjen Helsingborg", ...overrides,
});

const fields = (overrides: Partial<ItemRecordFields>): ItemRecordFields => ({ outcome: null, decisions: [], minutes: "", carriedFrom: null, ...overrides });

describe("attendance as recorded", () => {
  const lines = buildProtokoll(input({ record: record() })).attendance;
  const text = (kind: string) => lines.find((l) => l.kind === kind)?.text;

  it("writes närvarande with times in the group's style, by municipality, the secretariat last", () => {
    expect(lines.find((l) => l.kind === "present")?.entries).toEqual([
      "Christer Pålsson, Bjuv, från kl 09.00 fram till kl 11.05",
      "Katarina Pelin, Båstad, fram till kl 11.10",
      "Herman Crespin, Höganäs, från kl 08.45",
      "Annika Enberg, Ängelholm, på distans",
      "Johan Lindberg, sekretariatet",
    ]);
  });

  it("writes anmält förhinder and frånvarande as recorded, guests who came, and drops a guest who did not", () => {
    expect(text("apologies")).toBe("Stefan Larsson, Svalöv.");
    expect(text("absent")).toBe("Ulf Bengtsson, Perstorp.");
    expect(text("guests")).toBe("Renee Mohlkert, Helsingborgs stad.");
    expect(lines.map((l) => l.text).join(" ")).not.toContain("Uteblev");
    expect(lines.some((l) => l.kind === "pending")).toBe(false);
  });

  it("keeps rows the UI would never write visible: a bad time bracketed, a missing name or municipality marked", () => {
    expect(presenceEntry(presence("Eva Ny", "Bjuv", { arrived: "kvart i nio" }))).toBe("Eva Ny, Bjuv, från kl [kvart i nio]");
    expect(presenceEntry(presence(" ", "", { email: "eva@example.org" }))).toBe(`eva@example.org, ${UNKNOWN_ORGANISATION}`);
    expect(presenceEntry(presence("", "", { role: "guest" }))).toBe("[namn saknas]");
    expect(presenceEntry(presence("Eva Ny", " Sekretariatet ", { arrived: " ", left: "" }))).toBe("Eva Ny, sekretariatet");
    const onlyAbsent = buildProtokoll(input({ record: record({ presence: [presence("Eva Ny", "Bjuv", { status: "absent" })] }) })).attendance;
    expect(onlyAbsent.map((l) => [l.kind, l.text])).toEqual([["present", "–"], ["apologies", "–"], ["absent", "Eva Ny, Bjuv."]]);
  });

  it("falls back to the answers to the invitation when nobody was recorded", () => {
    expect(buildProtokoll(input({ record: record({ presence: [] }) })).attendance).toEqual(buildProtokoll(input()).attendance);
  });
});

describe("items as recorded", () => {
  const itemRecords = new Map<string, ItemRecordFields>([
    ["a", fields({ outcome: "decided", decisions: ["uppdra åt Tomas Rikse att förbereda ett underlag", "samt att avstämning görs i juni"], minutes: "Utredningen redovisade.\nGruppen diskuterade." })],
    ["b", fields({ outcome: "noted" })],
    ["c", fields({ outcome: "tabled", decisions: [] })],
  ]);
  const assignments = [
    assignment("att förbereda ett underlag", { due: "2018-06-01" }),
    assignment("Struket uppdrag", { status: "struck" }),
    assignment("ta fram en tidplan.", { itemId: null, assignee: "sekretariatet" }),
    assignment("", { itemId: "borttagen", assignee: " " }),
  ];
  const p = buildProtokoll(input({ record: record({ assignments }), itemRecords }));

  it("writes what was said instead of the description, and the decision clauses as taken", () => {
    const [a] = p.items;
    expect(a?.paragraphs).toEqual(["Utredningen redovisade.", "Gruppen diskuterade."]);
    expect(a?.decisions.map((c) => `${c.lead} ${c.text}`)).toEqual(["att uppdra åt Tomas Rikse att förbereda ett underlag.", "att avstämning görs i juni."]);
    expect(a?.outcomeLine).toBeNull();
  });

  it("writes the outcome of an item not decided, with no decision block where nothing was decided", () => {
    expect([p.items[1]?.outcomeLine, p.items[1]?.decisions]).toEqual(["Informationen noterades.", []]);
    expect([p.items[2]?.outcomeLine, p.items[2]?.decisions]).toEqual(["Ärendet bordlades till nästa möte.", []]);
    expect(["referredBack", "withdrawn", "decided", null].map((o) => outcomeLine(o as never))).toEqual(["Ärendet återremitterades.", "Ärendet utgick.", null, null]);
  });

  it("leaves one blank 'att' only where a decision was recorded without its words", () => {
    const blank = buildProtokoll(input({ itemRecords: new Map([["c", fields({ outcome: "decided" })]]) }));
    expect(blank.items[2]?.decisions).toEqual([{ lead: "att", text: "", last: false }]);
  });

  it("uses decisions edited before the outcome was set, and the proposals when none were", () => {
    const edited = buildProtokoll(input({ itemRecords: new Map([["c", fields({ decisions: ["bjuda in Gamma"] })], ["a", fields({ minutes: " " })]]) }));
    expect(edited.items[2]?.decisions.map((c) => c.text)).toEqual(["bjuda in Gamma."]);
    expect(edited.items[0]?.paragraphs).toEqual(buildProtokoll(input()).items[0]?.paragraphs);
    expect(edited.recorded).toBe(false);
  });

  it("lists the uppdrag under their item, those of no item at the end, and never a struck one", () => {
    expect(p.items[0]?.assignmentLines).toEqual(["Uppdrag: att förbereda ett underlag (Tomas Rikse, senast 2018-06-01)."]);
    expect(p.otherAssignments).toEqual(["Uppdrag: att ta fram en tidplan (sekretariatet, till nästa möte).", "Uppdrag: att [uppdrag saknas] ([vem?], till nästa möte)."]);
    expect(renderProtokollText(p)).not.toContain("Struket");
    expect(renderProtokollText(p)).toContain("Ärendet bordlades till nästa möte.\n");
  });

  it("takes the number, the chair and the justerare from the register, and says the record was used", () => {
    expect(p.title).toBe("Protokoll nr 4 2018");
    expect(p.signatures).toEqual([
      { name: "Palle Lundberg", role: "ordförande" },
      { name: "Johan Lindberg", role: "sekretariatschef" },
      { name: "Herman Crespin", role: "justerare" },
    ]);
    expect(p.recorded).toBe(true);
    expect(buildProtokoll(input({ record: record(), approvers: ["Eva Ny"], chair: "Anna Ek" })).signatures.map((s) => s.name)).toEqual(["Anna Ek", "Johan Lindberg", "Eva Ny"]);
  });
});

describe("without a record", () => {
  it("is exactly the draft made from the agenda and the answers", () => {
    const plain = buildProtokoll(input());
    expect(buildProtokoll(input({ record: null, itemRecords: new Map() }))).toEqual(plain);
    expect(buildProtokoll(input({ record: { register: null, presence: [], assignments: [] } }))).toEqual(plain);
    expect(plain.recorded).toBe(false);
    expect(plain.otherAssignments).toEqual([]);
    expect(plain.items.every((i) => i.outcomeLine === null && i.assignmentLines.length === 0)).toBe(true);
  });
});
