/** Attendance as it happened, in pure core: the clock, prefilling from RSVPs, online times and the protokoll's lines. */
import {
  clockMinutes,
  groupPresence,
  missingPresence,
  newPerson,
  onlineTimes,
  parseClockTime,
  prefillPresence,
  presenceKey,
  roundedClock,
  roundToFiveMinutes,
  timesProblem,
} from "../../../../src/core";
import type { AttendanceReport, PresenceFields } from "../../../../src/core";
import { presenceEntry, presenceLines, UNKNOWN_ORGANISATION } from "../../../../src/core/protokoll";

const KEY = "ical-1";
// 08.30–11.30 in Stockholm (summer time, UTC+2).
const START = "2024-04-19T06:30:00Z";
const END = "2024-04-19T09:30:00Z";

const row = (over: Partial<PresenceFields>): PresenceFields => ({
  meetingKey: KEY,
  email: "",
  displayName: "Namn",
  organisation: "",
  status: "present",
  arrived: null,
  left: null,
  role: "member",
  note: "",
  ...over,
});

describe("the clock of the record", () => {
  it.each([
    ["2024-04-19T06:42:29Z", "08.40"],
    ["2024-04-19T06:42:30Z", "08.45"],
    ["2024-04-19T06:45:00Z", "08.45"],
    ["2024-04-19T06:47:29Z", "08.45"],
    ["2024-04-19T21:58:00Z", "00.00"],
    ["2024-01-19T07:43:00Z", "08.45"],
  ])("now at %s reads %s in Stockholm, rounded to five minutes", (iso, clock) => {
    expect(roundedClock(new Date(iso))).toBe(clock);
    expect(roundedClock(iso)).toBe(clock);
  });

  it("rounds an instant to the nearest five minutes", () => {
    expect(roundToFiveMinutes(Date.parse("2024-04-19T06:42:31Z"))).toBe(Date.parse("2024-04-19T06:45:00Z"));
  });

  it.each([
    ["8.45", "08.45"],
    ["08:45", "08.45"],
    ["0845", "08.45"],
    ["845", "08.45"],
    ["8,45", "08.45"],
    [" kl 8.45 ", "08.45"],
    ["kl. 11.10", "11.10"],
    ["8", "08.00"],
    ["23.59", "23.59"],
    ["0", "00.00"],
  ])("a typed %p is %p", (typed, clock) => {
    expect(parseClockTime(typed)).toEqual({ ok: true, value: clock });
  });

  it.each([
    ["", "empty"],
    ["  ", "empty"],
    ["kvart i nio", "format"],
    ["8.4", "format"],
    ["08.450", "format"],
    ["12345", "format"],
    ["-8.45", "format"],
    ["24.00", "range"],
    ["8.60", "range"],
    ["2500", "range"],
  ])("a typed %p is refused (%s)", (typed, error) => {
    expect(parseClockTime(typed)).toEqual({ ok: false, error });
  });

  it("counts minutes since midnight", () => {
    expect(clockMinutes("08.45")).toBe(525);
    expect(clockMinutes("")).toBe(0);
  });

  it("refuses a departure that is not after the arrival", () => {
    expect(timesProblem("08.45", "11.10")).toBeNull();
    expect(timesProblem(null, "11.10")).toBeNull();
    expect(timesProblem("08.45", null)).toBeNull();
    expect(timesProblem("11.10", "08.45")).toBe("leftBeforeArrived");
    expect(timesProblem("08.45", "08.45")).toBe("leftBeforeArrived");
  });
});

describe("prefilling from the RSVPs", () => {
  const report: AttendanceReport = {
    groups: [
      {
        organisation: "Helsingborg",
        entries: [
          { name: "Palle Lundberg", email: "Palle.Lundberg@helsingborg.se", status: "present", role: "member", organisation: "Helsingborg" },
          { name: "Tina Ek", email: "tina@helsingborg.se", status: "tentative", role: "member", organisation: "Helsingborg" },
        ],
      },
      { organisation: "Perstorp", entries: [{ name: "Åke Svensson", email: "ake@perstorp.se", status: "apologies", role: "member", organisation: "Perstorp" }] },
      { organisation: null, entries: [{ name: "Okänd", email: "okand@example.org", status: "noResponse", role: "member", organisation: null }] },
      {
        organisation: "sekretariatet",
        entries: [{ name: "Jan-Inge Hansson", email: "jan-inge@familjenhelsingborg.se", status: "present", role: "organizer", organisation: "sekretariatet" }],
      },
    ],
    counts: { present: 2, apologies: 1, tentative: 1, noResponse: 1 },
    guests: [
      { name: "Renee Mohlkert", email: "renee@helsingborg.se", status: "present", role: "guest", organisation: "Helsingborg" },
      { name: "Palle Lundberg", email: "palle.lundberg@helsingborg.se", status: "present", role: "guest", organisation: "Helsingborg" },
    ],
  };

  it("accepted → present, declined → apologies, others absent; roles and organisations as the attendance shows them", () => {
    const rows = prefillPresence(KEY, report, " palle  LUNDBERG ");
    expect(rows.map((r) => [r.displayName, r.email, r.organisation, r.status, r.role])).toEqual([
      ["Palle Lundberg", "palle.lundberg@helsingborg.se", "Helsingborg", "present", "chair"],
      ["Tina Ek", "tina@helsingborg.se", "Helsingborg", "absent", "member"],
      ["Åke Svensson", "ake@perstorp.se", "Perstorp", "apologies", "member"],
      ["Okänd", "okand@example.org", "", "absent", "member"],
      ["Jan-Inge Hansson", "jan-inge@familjenhelsingborg.se", "sekretariatet", "present", "secretariat"],
      ["Renee Mohlkert", "renee@helsingborg.se", "Helsingborg", "present", "guest"],
    ]);
    expect(rows.every((r) => r.meetingKey === KEY && r.arrived === null && r.left === null && r.note === "")).toBe(true);
  });

  it("without a chair nobody is chair", () => {
    expect(prefillPresence(KEY, report).map((r) => r.role)).not.toContain("chair");
  });

  it("knows whom a row is about: the mail, else the name", () => {
    expect(presenceKey({ email: " A@B.se ", displayName: "X" })).toBe("a@b.se");
    expect(presenceKey({ email: "", displayName: "  Åsa   Ström " })).toBe("name:åsa ström");
  });

  it("creates only the people without a row, matched by mail or by name", () => {
    const wanted = [row({ email: "a@b.se", displayName: "A" }), row({ displayName: "Gäst Utan Mejl" }), row({ email: "c@d.se", displayName: "C" })];
    const existing = [{ email: "A@b.se", displayName: "Annat namn" }, { email: "", displayName: "gäst utan mejl" }];
    expect(missingPresence(wanted, existing).map((r) => r.displayName)).toEqual(["C"]);
  });
});

describe("times from the online attendance report", () => {
  const online = (joinedUtc: string, leftUtc: string) => ({ email: "a@b.se", displayName: "A", joinedUtc, leftUtc });

  it("a late join and an early leave become Kom kl and Gick kl, rounded to five minutes", () => {
    expect(onlineTimes(online("2024-04-19T06:43:10Z", "2024-04-19T09:08:40Z"), START, END)).toEqual({ arrived: "08.45", left: "11.10" });
  });

  it("a join in the lobby before the start and a leave after the end say nothing", () => {
    expect(onlineTimes(online("2024-04-19T06:20:00Z", "2024-04-19T09:45:00Z"), START, END)).toEqual({ arrived: null, left: null });
  });

  it("a join a minute or two late rounds to the start and is no arrival; a leave a minute early is no departure", () => {
    expect(onlineTimes(online("2024-04-19T06:32:00Z", "2024-04-19T09:28:00Z"), START, END)).toEqual({ arrived: null, left: null });
  });

  it("a join after the end is no arrival", () => {
    expect(onlineTimes(online("2024-04-19T10:00:00Z", "2024-04-19T10:30:00Z"), START, END)).toEqual({ arrived: null, left: null });
  });
});

describe("the protokoll's lines (the one presence formatter, core/protokoll)", () => {
  it("writes the group's style", () => {
    expect(presenceEntry(row({ displayName: "Herman Crespin", organisation: "Höganäs", arrived: "08.45" }))).toBe("Herman Crespin, Höganäs, från kl 08.45");
    expect(presenceEntry(row({ displayName: "Katarina Pelin", organisation: "Båstad", left: "12.10" }))).toBe("Katarina Pelin, Båstad, fram till kl 12.10");
    expect(presenceEntry(row({ displayName: "Tomas Rikse", organisation: "Klippan", arrived: "08.50", left: "11.10" }))).toBe(
      "Tomas Rikse, Klippan, från kl 08.50 fram till kl 11.10",
    );
    expect(presenceEntry(row({ displayName: "Palle Lundberg", organisation: "Helsingborg" }))).toBe("Palle Lundberg, Helsingborg");
    expect(presenceEntry(row({ displayName: " Utan Organisation ", organisation: " ", role: "guest" }))).toBe("Utan Organisation");
    expect(presenceEntry(row({ displayName: " Utan Organisation ", organisation: " " }))).toBe(`Utan Organisation, ${UNKNOWN_ORGANISATION}`);
    expect(presenceEntry(row({ displayName: "Lilian Eriksson", organisation: "Ängelholm", status: "remote" }))).toBe("Lilian Eriksson, Ängelholm, på distans");
  });

  const rows = [
    row({ displayName: "Johan Lindberg", organisation: "sekretariatet", role: "secretariat" }),
    row({ displayName: "Herman Crespin", organisation: "Höganäs", arrived: "08.45" }),
    row({ displayName: "Åke Svensson", organisation: "Perstorp", status: "apologies" }),
    row({ displayName: "Christer Pålsson", organisation: "Bjuv" }),
    row({ displayName: "Bo Andersson", organisation: "Bjuv", status: "absent" }),
    row({ displayName: "Renee Mohlkert", organisation: "Helsingborg", role: "guest" }),
    row({ displayName: "Ulla Gäst", organisation: "Region Skåne", role: "guest", status: "absent" }),
    row({ displayName: "Okänd Person", organisation: "" }),
    row({ displayName: "Eva Ek", organisation: "Region Skåne" }),
  ];

  it("groups as the attendance does: municipalities, other organisations, unknown, sekretariatet, then guests", () => {
    expect(groupPresence(rows).map((g) => [g.guests ? "gäster" : g.organisation, g.rows.map((r) => r.displayName)])).toEqual([
      ["Bjuv", ["Bo Andersson", "Christer Pålsson"]],
      ["Höganäs", ["Herman Crespin"]],
      ["Perstorp", ["Åke Svensson"]],
      ["Region Skåne", ["Eva Ek"]],
      [null, ["Okänd Person"]],
      ["sekretariatet", ["Johan Lindberg"]],
      ["gäster", ["Renee Mohlkert", "Ulla Gäst"]],
    ]);
    expect(groupPresence([row({})]).some((g) => g.guests)).toBe(false);
  });

  it("sorts into Närvarande, Anmält förhinder, Frånvarande and Inbjudna gäster, in the order the Närvaro view groups them", () => {
    // An unknown municipality is a marked blank after the known ones (not first), the secretariat last; a guest who did
    // not come (Ulla Gäst) is left out.
    expect(presenceLines(rows).map((line) => [line.kind, line.text])).toEqual([
      ["present", `Christer Pålsson, Bjuv, Herman Crespin, Höganäs, från kl 08.45, Eva Ek, Region Skåne, Okänd Person, ${UNKNOWN_ORGANISATION} och Johan Lindberg, sekretariatet.`],
      ["apologies", "Åke Svensson, Perstorp."],
      ["absent", "Bo Andersson, Bjuv."],
      ["guests", "Renee Mohlkert, Helsingborg."],
    ]);
  });
});

describe("adding someone who was not invited", () => {
  it("checks the form and gives a present row, organisation as the attendance names it", () => {
    expect(newPerson(KEY, { displayName: "  Eva\u200B  Ek ", organisation: "Båstads kommun", role: "guest", email: " Eva.Ek@Bastad.se " })).toEqual({
      ok: true,
      fields: row({ displayName: "Eva Ek", organisation: "Båstad", role: "guest", email: "eva.ek@bastad.se" }),
    });
    expect(newPerson(KEY, { displayName: "Ersättare", organisation: "", role: "member", email: "" })).toEqual({ ok: true, fields: row({ displayName: "Ersättare" }) });
  });

  it("names each field's problem", () => {
    expect(newPerson(KEY, { displayName: " ", organisation: "x".repeat(256), role: "guest", email: "inte en adress" })).toEqual({
      ok: false,
      problems: { displayName: "nameMissing", email: "emailInvalid", organisation: "organisationTooLong" },
    });
    expect(newPerson(KEY, { displayName: "x".repeat(256), organisation: "", role: "guest", email: "" })).toEqual({ ok: false, problems: { displayName: "nameTooLong" } });
  });
});
