import {
  ATTENDANCE_UNKNOWN,
  buildProtokoll,
  LOCATION_BLANK,
  NUMBER_BLANK,
  PLACE_BLANK,
  placeOf,
  protokollTitle,
  renderProtokollText,
  UNKNOWN_ORGANISATION,
} from "../../../src/core/protokoll";
import type { ProtokollInput } from "../../../src/core/protokoll";
import { agenda, ATTENDEES, meeting, report } from "./fixtures";

const input = (overrides: Partial<ProtokollInput> = {}): ProtokollInput => ({
  meeting: meeting(),
  meetingNumber: 3,
  agenda: agenda(),
  attendance: report(),
  groupName: "Kommundirektörsgruppen i Familjen Helsingborg",
  ...overrides,
});

describe("protokoll head (seed conventions, DESIGN §5)", () => {
  it("titles the draft 'Protokoll nr N YYYY' with the meeting's number in its local year", () => {
    expect(buildProtokoll(input()).title).toBe("Protokoll nr 3 2018");
    // 23.30 UTC on 31 December is already the next year in Helsingborg.
    expect(protokollTitle(1, "2025-12-31T23:30:00Z")).toBe("Protokoll nr 1 2026");
  });

  it("leaves a marked blank when the number in the year is unknown", () => {
    expect(buildProtokoll(input({ meetingNumber: null })).title).toBe("Protokoll nr [nr] 2018");
  });

  it("carries the group's heading and the place-and-date line: place, ISO date and the secretary's mail (issue 14)", () => {
    const p = buildProtokoll(input());
    expect(p.groupName).toBe("Kommundirektörsgruppen i Familjen Helsingborg");
    expect(p.placeAndDate).toBe("Helsingborg 2018-04-20 johan.lindberg@familjenhelsingborg.se");
    expect(buildProtokoll(input({ secretary: { name: "Eva Ny", role: "sekreterare", email: "eva.ny@familjenhelsingborg.se" } })).placeAndDate).toBe("Helsingborg 2018-04-20 eva.ny@familjenhelsingborg.se");
    // Another secretary without a known mail: no mail, rather than the organizer's.
    expect(buildProtokoll(input({ secretary: { name: "Eva Ny", role: "sekreterare" } })).placeAndDate).toBe("Helsingborg 2018-04-20");
  });

  it("holds the facts a template lays out its own way (2016–2018: 'protokoll 3/2018', 'Tid/Plats: 180420 kl. 08.30–12.05')", () => {
    expect(buildProtokoll(input()).facts).toEqual({
      number: "3",
      year: "2018",
      isoDate: "2018-04-20",
      compactDate: "180420",
      longDate: "20 april 2018",
      time: "08.30–12.05",
      location: "Villa Thalassa, Helsingborg",
      place: "Helsingborg",
      secretaryEmail: "johan.lindberg@familjenhelsingborg.se",
    });
    const allDay = buildProtokoll(input({ meetingNumber: null, meeting: meeting({ isAllDay: true, startUtc: "2018-04-20T00:00:00Z", endUtc: "2018-04-21T00:00:00Z", location: "" }) })).facts;
    expect([allDay.number, allDay.time, allDay.location, allDay.place]).toEqual([NUMBER_BLANK, "hela dagen", LOCATION_BLANK, PLACE_BLANK]);
  });

  it("writes 'Plats och tid: Den 20 april 2018 08.30–12.05 på <plats>.' with an en dash and one final period", () => {
    expect(buildProtokoll(input()).placeAndTime).toEqual({ label: "Plats och tid:", text: "Den 20 april 2018 08.30–12.05 på Villa Thalassa, Helsingborg." });
    expect(buildProtokoll(input({ meeting: meeting({ location: "Mindpark, Helsingborg." }) })).placeAndTime.text).toBe("Den 20 april 2018 08.30–12.05 på Mindpark, Helsingborg.");
    expect(buildProtokoll(input({ meeting: meeting({ location: "  " }) })).placeAndTime.text).toBe(`Den 20 april 2018 08.30–12.05 på ${LOCATION_BLANK}.`);
  });

  it("takes the place from the municipality the location names, else an explicit place, else a marked blank", () => {
    expect(placeOf("Höganäs stadshus, sal 2", ["Höganäs", "Helsingborg"])).toBe("Höganäs");
    expect(placeOf("Helsingborg, möte med Höganäs", ["Höganäs", "Helsingborg"])).toBe("Höganäs");
    // "Åstorp" inside another word is not the place.
    expect(placeOf("Nyåstorpsgården", ["Åstorp"])).toBeNull();
    expect(placeOf("Stadshuset (Ängelholm)", ["", "Ängelholm"])).toBe("Ängelholm");
    expect(buildProtokoll(input({ meeting: meeting({ location: "Microsoft Teams-möte" }) })).placeAndDate).toBe(`${PLACE_BLANK} 2018-04-20 johan.lindberg@familjenhelsingborg.se`);
    expect(buildProtokoll(input({ place: "Landskrona" })).placeAndDate).toMatch(/^Landskrona 2018-04-20 /);
    expect(buildProtokoll(input({ place: " ", meeting: meeting({ location: "Bjuvs bibliotek, Bjuv" }) })).placeAndDate).toMatch(/^Bjuv 2018-04-20 /);
  });
});

describe("protokoll attendance", () => {
  const lines = buildProtokoll(input()).attendance;
  const byLabel = (label: string) => lines.find((l) => l.label === label);

  it("lists the accepted as 'Namn, Kommun', the secretariat last, joined 'a, b och c.'", () => {
    const present = byLabel("Närvarande:");
    expect(present?.entries).toEqual(["Jan Bernhardsson, Båstad", "Palle Lundberg, Helsingborg", "Herman Crespin, Höganäs", "Johan Lindberg, sekretariatet"]);
    expect(present?.text).toBe("Jan Bernhardsson, Båstad, Palle Lundberg, Helsingborg, Herman Crespin, Höganäs och Johan Lindberg, sekretariatet.");
    expect(present?.marked).toBe(false);
  });

  it("lists the declined members under Anmält förhinder and accepted guests under Inbjudna gäster", () => {
    expect(byLabel("Anmält förhinder:")?.entries).toEqual(["Christian Alexandersson, Landskrona", "Stefan Larsson, Svalöv"]);
    expect(byLabel("Inbjudna gäster:")?.entries).toEqual(["Eva Sturesson, Ängelholm"]);
  });

  it("lists tentative and unanswered people, guests included, marked for the secretariat to resolve", () => {
    const pending = byLabel("Att stämma av före justering:");
    expect(pending?.marked).toBe(true);
    expect(pending?.entries).toEqual(["Tomas Rikse, Klippan [Ej svarat]", "Ulf Bengtsson, Perstorp [Preliminärt]", "Bo Lindberg, Öresundskraft (inbjuden gäst) [Ej svarat]"]);
  });

  it("drops nobody but the guest who declined", () => {
    const text = lines.map((l) => l.text).join("\n");
    for (const a of ATTENDEES.filter((x) => !(x.type === "optional" && x.response === "declined"))) expect(text).toContain(a.name);
    expect(text).not.toContain("Sara Røpke");
  });

  it("marks a member's unknown municipality instead of guessing, and a dash for an empty list", () => {
    const p = buildProtokoll(input({ attendance: report([{ name: "Anna Okänd", email: "anna@example.org", type: "required", response: "accepted" }]) }));
    expect(p.attendance[0]?.entries).toContain(`Anna Okänd, ${UNKNOWN_ORGANISATION}`);
    expect(p.attendance[1]).toEqual({ kind: "apologies", label: "Anmält förhinder:", entries: [], text: "–", marked: false });
    expect(p.attendance.map((l) => l.label)).toEqual(["Närvarande:", "Anmält förhinder:"]);
  });

  it("writes a guest without organisation by name only, and uses the mail when the name is blank", () => {
    const p = buildProtokoll(input({
      attendance: report([
        { name: "Gäst Utan Org", email: "gast@example.org", type: "optional", response: "accepted" },
        { name: " ", email: "okand@example.org", type: "optional", response: "accepted" },
      ]),
    }));
    expect(p.attendance.find((l) => l.label === "Inbjudna gäster:")?.entries).toEqual(["Gäst Utan Org", "okand@example.org"]);
  });

  it("lists a person once even when the report names them as guest and in a group", () => {
    const r = report();
    const guest = r.guests[0]!;
    const twice = { ...r, groups: [...r.groups, { organisation: guest.organisation, entries: [guest] }] };
    const p = buildProtokoll(input({ attendance: twice }));
    const all = p.attendance.flatMap((l) => l.entries).filter((e) => e.startsWith(guest.name));
    expect(all).toHaveLength(1);
  });

  it("leaves marked blanks when the organizer's copy could not be read", () => {
    const p = buildProtokoll(input({ attendance: null }));
    expect(p.attendance).toEqual([
      { kind: "present", label: "Närvarande:", entries: [], text: ATTENDANCE_UNKNOWN, marked: true },
      { kind: "apologies", label: "Anmält förhinder:", entries: [], text: ATTENDANCE_UNKNOWN, marked: true },
    ]);
  });
});

describe("protokoll closing", () => {
  it("ends with Övriga frågor, Mötet avslutas and the signatures of ordförande and sekretariatschef", () => {
    const p = buildProtokoll(input());
    expect(p.closing.map((c) => c.heading)).toEqual(["Övriga frågor", "Mötet avslutas"]);
    expect(p.signatures).toEqual([
      { name: null, role: "ordförande" },
      { name: "Johan Lindberg", role: "sekretariatschef" },
    ]);
  });

  it("adds the chair, another secretary and justerare when given", () => {
    const p = buildProtokoll(input({ chair: "Palle Lundberg", secretary: { name: "Eva Ny", role: " " }, approvers: ["Lilian Eriksson", "  "] }));
    expect(p.signatures).toEqual([
      { name: "Palle Lundberg", role: "ordförande" },
      { name: "Eva Ny", role: "sekreterare" },
      { name: "Lilian Eriksson", role: "justerare" },
    ]);
    expect(buildProtokoll(input({ chair: " ", secretary: { name: "", role: "sekreterare" } })).signatures.slice(0, 2)).toEqual([
      { name: null, role: "ordförande" },
      { name: null, role: "sekreterare" },
    ]);
  });
});

describe("renderProtokollText", () => {
  it("prints the draft top to bottom in the seeds' order", () => {
    const text = renderProtokollText(buildProtokoll(input()));
    const order = [
      "Protokoll nr 3 2018",
      "Kommundirektörsgruppen i Familjen Helsingborg",
      "Helsingborg 2018-04-20 johan.lindberg@familjenhelsingborg.se",
      "Plats och tid: Den 20 april 2018 08.30–12.05 på Villa Thalassa, Helsingborg.",
      "Närvarande: Jan Bernhardsson, Båstad",
      "Anmält förhinder: Christian Alexandersson, Landskrona och Stefan Larsson, Svalöv.",
      "Inbjudna gäster: Eva Sturesson, Ängelholm.",
      "Att stämma av före justering: Tomas Rikse, Klippan [Ej svarat], Ulf Bengtsson, Perstorp [Preliminärt] och Bo Lindberg",
      "1 Uppföljning av workshop med kommunutredningen",
      "Regeringens Kommunutredning besökte styrelsemötet.\nUtredningen har ställt nya frågor.",
      "Föredragande: Johan Lindberg, sekretariatet.",
      "Underlag: Bilaga 1 – Frågor från kommunutredningen.\nUnderlag: Bilaga 2 – Förslag till svar.\nMötet beslutar\natt uppdra",
      "att presidiet får del av underlaget.",
      // An information item with nothing proposed has no decision block.
      "2 Inventering Kunskapsnätverk\n\n3 Processen kring ny verksamhetsplan",
      "Underlag: Bilaga 3 – BRP+ urval.\nUnderlag: Bilaga 4 – Modell för processen.",
      "Övriga frågor",
      "Mötet avslutas",
      "\nordförande",
      "Johan Lindberg\nsekretariatschef\n",
    ];
    let from = 0;
    for (const part of order) {
      const at = text.indexOf(part, from);
      expect({ part, found: at >= 0 }).toEqual({ part, found: true });
      from = at + part.length;
    }
  });
});
