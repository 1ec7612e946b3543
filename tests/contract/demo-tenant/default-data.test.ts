import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import mammoth from "mammoth";
import { DEMO_CONFIG, FAMILJEN_HELSINGBORG_DOMAINS } from "../../../src/config/config";
import { ASSIGNMENT_LIST, PRESENCE_LIST, REGISTER_LIST } from "../../../src/core";
import { DEFAULT_DATA_PATH, loadDataFile } from "../../../src/demo-tenant/store";

const data = loadDataFile(DEFAULT_DATA_PATH);
const dataDir = resolve(DEFAULT_DATA_PATH, "..");
const directors = data.users.filter((u) => u.jobTitle === "Kommundirektör" || u.jobTitle === "Stadsdirektör");

describe("default demo data", () => {
  it("matches the demo configuration (site, group, lists, organizer)", () => {
    const site = data.sites.find((s) => s.id === DEMO_CONFIG.siteId);
    expect(site).toBeDefined();
    expect(site?.lists.map((l) => l.displayName)).toEqual([DEMO_CONFIG.agendaListName, DEMO_CONFIG.libraryName, ...[REGISTER_LIST, PRESENCE_LIST, ASSIGNMENT_LIST].map((l) => l.displayName)]);
    expect(data.groups.map((g) => g.id)).toContain(DEMO_CONFIG.groupId);
    const organizer = data.users.find((u) => u.mail === DEMO_CONFIG.organizerMailbox);
    expect(organizer).toMatchObject({ displayName: "Elin Sjöberg", role: "secretariat", companyName: "Familjen Helsingborg" });
  });

  it("has 11 directors, one per municipality domain, with one placed by officeLocation and one only by mail domain", () => {
    expect(directors).toHaveLength(11);
    const municipalities = directors.map((u) => FAMILJEN_HELSINGBORG_DOMAINS[u.mail.split("@")[1] ?? ""]);
    expect(new Set(municipalities).size).toBe(11);
    expect(municipalities).not.toContain(undefined);
    expect(municipalities).not.toContain("sekretariatet");
    for (const u of directors) expect(u.mail).toMatch(/^[a-z]+\.[a-z]+@[a-z]+\.se$/);
    expect(directors.filter((u) => !u.companyName && u.officeLocation)).toHaveLength(1);
    expect(directors.filter((u) => !u.companyName && !u.officeLocation)).toHaveLength(1);
    expect(directors.filter((u) => u.companyName).map((u) => u.companyName)).toEqual(expect.arrayContaining(["Helsingborgs stad", "Båstads kommun"]));
  });

  it("schedules meeting 11 of 2026 on Friday 11 December, 08.30–11.30 Stockholm time, with no July meeting", () => {
    // The group's meetings: the series' occurrences (the organizer's board meeting that year is not one of them).
    const year = data.events.filter((e) => e.startUtc.startsWith("2026") && e.seriesId === "kommundirektorsmote-2026").sort((a, b) => a.startUtc.localeCompare(b.startUtc));
    expect(year).toHaveLength(11);
    expect(year.some((e) => e.startUtc.startsWith("2026-07"))).toBe(false);
    const dec = year[10];
    expect(dec?.startUtc).toBe("2026-12-11T07:30:00Z");
    expect(dec?.endUtc).toBe("2026-12-11T10:30:00Z");
    expect(new Date(dec?.startUtc ?? "").getUTCDay()).toBe(5);
    expect(dec?.location).toBe("Familjen Helsingborgs kansli, Södergatan 22, Helsingborg");
    const fmt = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", minute: "2-digit" });
    for (const e of year) {
      expect(fmt.format(new Date(e.startUtc))).toBe("08:30");
      expect(fmt.format(new Date(e.endUtc))).toBe("11:30");
      expect(e.seriesId).toBe(data.series[0]?.id);
      expect(e.iCalUId).toMatch(/^040000008200E00074C5B7101A82E008[0-9A-F]+$/);
    }
    expect(new Set(year.map((e) => e.iCalUId)).size).toBe(11);
  });

  it("has guests who are optional attendees, and a presenter who is not invited", () => {
    const dec = data.events.find((e) => e.startUtc.startsWith("2026-12-11"));
    const optional = dec?.attendees.filter((a) => a.type === "optional") ?? [];
    expect(optional.length).toBeGreaterThanOrEqual(2);
    const agenda = data.sites[0]?.lists.find((l) => l.name === "Dagordning")?.items.filter((i) => i.fields.MeetingKey === dec?.iCalUId) ?? [];
    const presenters = agenda.map((i) => String(i.fields.Presenter));
    expect(presenters.some((p) => p.startsWith("Ida Strand"))).toBe(true);
    expect(dec?.attendees.some((a) => a.mail.startsWith("ida."))).toBe(false);
    expect(agenda.filter((i) => i.fields.StartTime !== undefined).length).toBeGreaterThan(3);
    for (const i of agenda) expect(String(i.fields.ProposedDecisions ?? "")).not.toMatch(/^att /m);
  });

  it("ships real bilagor: PDFs with a valid xref and DOCX files that Word readers open", async () => {
    const files = data.sites.flatMap((s) => s.lists.flatMap((l) => l.drive?.items ?? [])).filter((i) => i.kind === "file");
    expect(files.length).toBe(9);
    for (const f of files) {
      const bytes = readFileSync(resolve(dataDir, f.contentPath ?? ""));
      expect(bytes.length).toBe(f.size);
      if (f.name.endsWith(".pdf")) {
        const text = bytes.toString("latin1");
        expect(text.startsWith("%PDF-1.4")).toBe(true);
        const startxref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
        expect(text.slice(startxref, startxref + 4)).toBe("xref");
        const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
        offsets.forEach((o, i) => expect(text.slice(o, o + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
      } else {
        const { value } = await mammoth.extractRawText({ buffer: bytes });
        expect(value).toContain("Demodokument med fiktivt innehåll");
      }
    }
  });
});

describe("default demo data: the meeting's record", () => {
  const list = (name: string) => data.sites[0]!.lists.find((l) => l.displayName === name)!;
  const group = data.events.filter((e) => e.seriesId === "kommundirektorsmote-2026").sort((a, b) => a.startUtc.localeCompare(b.startUtc));

  it("registers January–November as nr 1–10 and leaves December without a row (its number is computed)", () => {
    const rows = list("Sammanträden").items;
    expect(rows.map((r) => r.fields.Number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows.map((r) => r.fields.MeetingKey)).toEqual(group.slice(0, 10).map((e) => e.iCalUId));
    expect(rows.every((r) => r.fields.RecordState === "justerat")).toBe(true);
  });

  it("holds another meeting of the organizer the same year that is not the group's: no folder, no register row", () => {
    const others = data.events.filter((e) => e.startUtc.startsWith("2026") && e.seriesId !== "kommundirektorsmote-2026");
    expect(others.map((e) => e.subject)).toEqual(["Styrelsemöte Familjen Helsingborg AB"]);
    const board = others[0]!;
    expect(board.organizer).toBe(DEMO_CONFIG.organizerMailbox);
    expect(board.startUtc < group[10]!.startUtc).toBe(true);
    expect(list("Möteshandlingar").drive!.items.some((i) => i.fields.MeetingKey === board.iCalUId)).toBe(false);
    expect(list("Sammanträden").items.some((i) => i.fields.MeetingKey === board.iCalUId)).toBe(false);
  });

  it("has December's online meeting with an attendance report of those who joined online", () => {
    const december = group[10]!;
    const online = data.onlineMeetings?.find((m) => m.joinWebUrl === december.joinUrl);
    expect(online?.organizer).toBe(DEMO_CONFIG.organizerMailbox);
    const report = online?.attendanceReports.find((r) => r.meetingStartUtc.startsWith("2026-12-11"));
    expect(report?.records.filter((r) => r.role !== "Organizer").length).toBeGreaterThanOrEqual(3);
  });
});
