import { buildAttendance, compareOrganisations, organisationOf, statusOf } from "../../../src/core/attendance";
import { FAMILJEN_HELSINGBORG_DOMAINS } from "../../../src/config/config";
import type { Attendee, DirectoryEntry, Person } from "../../../src/core/types";

const organizer: Person = { name: "Elin Sjöberg", email: "elin.sjoberg@familjenhelsingborg.se" };

const attendee = (name: string, email: string, response: Attendee["response"] = "accepted", type: Attendee["type"] = "required"): Attendee => ({
  name,
  email,
  response,
  type,
});

const dir = (email: string, companyName: string | null, officeLocation: string | null = null, name = ""): DirectoryEntry => ({
  email,
  name,
  companyName,
  officeLocation,
});

describe("statusOf", () => {
  it.each([
    ["accepted", "present"],
    ["organizer", "present"],
    ["declined", "apologies"],
    ["tentativelyAccepted", "tentative"],
    ["none", "noResponse"],
    ["notResponded", "noResponse"],
  ] as const)("%s -> %s", (response, status) => {
    expect(statusOf(response)).toBe(status);
  });
});

describe("buildAttendance", () => {
  it("maps RSVP answers to status and counts members and organizer", () => {
    const report = buildAttendance(
      [
        attendee("Anna Berg", "anna.berg@bjuv.se", "accepted"),
        attendee("Bo Ek", "bo.ek@bastad.se", "declined"),
        attendee("Cecilia Dahl", "cecilia.dahl@klippan.se", "tentativelyAccepted"),
        attendee("David Falk", "david.falk@perstorp.se", "none"),
        attendee("Eva Gran", "eva.gran@svalov.se", "notResponded"),
      ],
      organizer,
      [],
      FAMILJEN_HELSINGBORG_DOMAINS,
    );
    expect(report.counts).toEqual({ present: 2, apologies: 1, tentative: 1, noResponse: 2 });
    const status = Object.fromEntries(report.groups.flatMap((g) => g.entries).map((e) => [e.name, e.status]));
    expect(status).toEqual({
      "Anna Berg": "present",
      "Bo Ek": "apologies",
      "Cecilia Dahl": "tentative",
      "David Falk": "noResponse",
      "Eva Gran": "noResponse",
      "Elin Sjöberg": "present",
    });
  });

  it("adds the organizer when not in the attendee list, as organizer and present", () => {
    const report = buildAttendance([attendee("Anna Berg", "anna.berg@bjuv.se")], organizer, [], FAMILJEN_HELSINGBORG_DOMAINS);
    const last = report.groups[report.groups.length - 1];
    expect(last).toEqual({
      organisation: "sekretariatet",
      entries: [{ name: "Elin Sjöberg", email: organizer.email, status: "present", role: "organizer", organisation: "sekretariatet" }],
    });
  });

  it("lists the organizer once when Graph also lists them as an attendee (any case of mail)", () => {
    const report = buildAttendance(
      [attendee("Elin Sjöberg", "Elin.Sjoberg@FamiljenHelsingborg.se", "organizer")],
      organizer,
      [],
      FAMILJEN_HELSINGBORG_DOMAINS,
    );
    expect(report.groups.flatMap((g) => g.entries)).toHaveLength(1);
    expect(report.groups[0]?.entries[0]?.role).toBe("organizer");
    expect(report.counts.present).toBe(1);
  });

  it("lists an optional attendee as guest with their organisation, outside groups and counts", () => {
    const report = buildAttendance(
      [
        attendee("Henriikka Airaskorpi", "henriikka.airaskorpi@helsingborg.se", "accepted", "optional"),
        attendee("Anna Berg", "anna.berg@bjuv.se", "declined"),
        attendee("Gäst Utan Domän", "gast@example.org", "none", "optional"),
      ],
      organizer,
      [],
      FAMILJEN_HELSINGBORG_DOMAINS,
    );
    expect(report.guests).toEqual([
      { name: "Gäst Utan Domän", email: "gast@example.org", status: "noResponse", role: "guest", organisation: null },
      { name: "Henriikka Airaskorpi", email: "henriikka.airaskorpi@helsingborg.se", status: "present", role: "guest", organisation: "Helsingborg" },
    ]);
    expect(report.groups.flatMap((g) => g.entries).some((e) => e.role === "guest")).toBe(false);
    expect(report.counts).toEqual({ present: 1, apologies: 1, tentative: 0, noResponse: 0 });
  });

  it("ignores resources (rooms, equipment)", () => {
    const report = buildAttendance([attendee("Mindpark rum 3", "rum3@mindpark.se", "accepted", "resource")], organizer, [], {});
    expect(report.groups.flatMap((g) => g.entries).map((e) => e.email)).toEqual([organizer.email]);
    expect(report.guests).toEqual([]);
  });

  it("takes the organisation from companyName, then officeLocation, then the mail domain", () => {
    const report = buildAttendance(
      [
        attendee("A Company", "a@helsingborg.se"),
        attendee("B Office", "b@helsingborg.se"),
        attendee("C Domain", "c@landskrona.se"),
        attendee("D Blank", "d@hoganas.se"),
      ],
      organizer,
      [
        dir("A@Helsingborg.se", "Båstads kommun", "Helsingborg"),
        dir("b@helsingborg.se", null, "Klippan"),
        dir("d@hoganas.se", "  ", ""),
      ],
      FAMILJEN_HELSINGBORG_DOMAINS,
    );
    const org = Object.fromEntries(report.groups.flatMap((g) => g.entries).map((e) => [e.name, e.organisation]));
    expect(org).toMatchObject({ "A Company": "Båstad", "B Office": "Klippan", "C Domain": "Landskrona", "D Blank": "Höganäs" });
  });

  it("matches mail domains case-insensitively and through subdomains", () => {
    const report = buildAttendance([attendee("Sub Domän", "x@Mail.Engelholm.SE")], organizer, [], { "ENGELHOLM.se": "Ängelholms kommun" });
    expect(report.groups[0]?.organisation).toBe("Ängelholm");
  });

  it("keeps an unknown organisation as null (shown visibly, not guessed from the name)", () => {
    const report = buildAttendance([attendee("Helsing Borg", "hb@gmail.com")], organizer, [], FAMILJEN_HELSINGBORG_DOMAINS);
    expect(report.groups.map((g) => g.organisation)).toEqual([null, "sekretariatet"]);
  });

  it("keeps an organisation outside the 11 municipalities as given", () => {
    const report = buildAttendance(
      [attendee("Region Person", "r@skane.se"), attendee("Kommun Person", "k@bjuv.se")],
      organizer,
      [dir("r@skane.se", "  Region Skåne ")],
      FAMILJEN_HELSINGBORG_DOMAINS,
    );
    expect(report.groups.map((g) => g.organisation)).toEqual(["Bjuv", "Region Skåne", "sekretariatet"]);
  });

  it("orders groups: municipalities alphabetically (Swedish), other organisations, unknown, sekretariatet last", () => {
    const people: [string, string][] = [
      ["Ö", "o@orkelljunga.se"],
      ["Sek", "sek@familjenhelsingborg.se"],
      ["Okänd", "x@example.com"],
      ["Ä", "a@engelholm.se"],
      ["Å", "a@astorp.se"],
      ["Annan", "y@skanekommuner.se"],
      ["H", "h@helsingborg.se"],
      ["B", "b@bastad.se"],
      ["Bj", "b@bjuv.se"],
    ];
    const report = buildAttendance(
      people.map(([name, email]) => attendee(name, email)),
      organizer,
      [dir("y@skanekommuner.se", "Skånes Kommuner")],
      FAMILJEN_HELSINGBORG_DOMAINS,
    );
    expect(report.groups.map((g) => g.organisation)).toEqual([
      "Bjuv",
      "Båstad",
      "Helsingborg",
      "Åstorp",
      "Ängelholm",
      "Örkelljunga",
      "Skånes Kommuner",
      null,
      "sekretariatet",
    ]);
  });

  it("sorts entries within a group by name (Swedish), then mail", () => {
    const report = buildAttendance(
      [
        attendee("Östen Ek", "ostens@helsingborg.se"),
        attendee("Åsa Berg", "asa@helsingborg.se"),
        attendee("Anna Berg", "anna2@helsingborg.se"),
        attendee("Anna Berg", "anna1@helsingborg.se"),
        attendee("Zelda Ek", "zelda@helsingborg.se"),
      ],
      organizer,
      [],
      FAMILJEN_HELSINGBORG_DOMAINS,
    );
    expect(report.groups[0]?.entries.map((e) => e.email)).toEqual([
      "anna1@helsingborg.se",
      "anna2@helsingborg.se",
      "zelda@helsingborg.se",
      "asa@helsingborg.se",
      "ostens@helsingborg.se",
    ]);
  });

  it("fills a missing display name from the directory, else the mail address", () => {
    const report = buildAttendance(
      [attendee("", "kent@klippan.se"), attendee(" ", "noname@klippan.se")],
      organizer,
      [dir("kent@klippan.se", "Klippans kommun", null, "Kent Holm")],
      FAMILJEN_HELSINGBORG_DOMAINS,
    );
    expect(report.groups[0]?.entries.map((e) => e.name)).toEqual(["Kent Holm", "noname@klippan.se"]);
  });

  it("lists a person once when Graph repeats them", () => {
    const report = buildAttendance(
      [attendee("Anna Berg", "anna@bjuv.se", "accepted"), attendee("Anna Berg", "ANNA@bjuv.se", "declined")],
      organizer,
      [],
      FAMILJEN_HELSINGBORG_DOMAINS,
    );
    expect(report.counts).toEqual({ present: 2, apologies: 0, tentative: 0, noResponse: 0 });
  });
});

describe("compareOrganisations", () => {
  it("ranks municipality < other < unknown < sekretariatet", () => {
    const orgs = ["sekretariatet", null, "Region Skåne", "Örkelljunga", "Bjuv"];
    expect([...orgs].sort(compareOrganisations)).toEqual(["Bjuv", "Örkelljunga", "Region Skåne", null, "sekretariatet"]);
    expect(compareOrganisations(null, null)).toBe(0);
  });
});

describe("organisationOf", () => {
  it("looks the person up by mail, case-insensitively", () => {
    const directory = new Map([["anna@bjuv.se", dir("anna@bjuv.se", "Bjuvs kommun")]]);
    expect(organisationOf(" ANNA@bjuv.se ", directory, {})).toBe("Bjuv");
    expect(organisationOf("okand@bjuv.se", directory, {})).toBeNull();
  });
});

describe("an attendee read with an unknown answer (#11 item 5, #12 item 6)", () => {
  const odd: Attendee = { ...attendee("Anna Berg", "anna.berg@bjuv.se", "none"), problems: [{ code: "unknownResponse", value: "maybe" }] };

  it("counts as no answer and carries the problem to the secretariat's list", () => {
    const report = buildAttendance([odd, attendee("Karin Lindqvist", "karin.lindqvist@helsingborg.se")], organizer, [], FAMILJEN_HELSINGBORG_DOMAINS);
    expect(report.counts).toMatchObject({ noResponse: 1, present: 2 });
    const anna = report.groups.flatMap((g) => g.entries).find((e) => e.email === "anna.berg@bjuv.se");
    expect(anna).toMatchObject({ status: "noResponse", problems: [{ code: "unknownResponse", value: "maybe" }] });
    expect(report.groups.flatMap((g) => g.entries).filter((e) => e.problems !== undefined)).toHaveLength(1);
  });

  it("a duplicate entry with a real answer supersedes the unknown one, problem and all", () => {
    const report = buildAttendance([odd, attendee("Anna Berg", "anna.berg@bjuv.se", "declined")], organizer, [], FAMILJEN_HELSINGBORG_DOMAINS);
    const anna = report.groups.flatMap((g) => g.entries).find((e) => e.email === "anna.berg@bjuv.se");
    expect(anna?.status).toBe("apologies");
    expect(anna?.problems).toBeUndefined();
  });
});
