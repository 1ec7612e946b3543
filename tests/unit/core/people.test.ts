import { buildAttendance } from "../../../src/core/attendance";
import { addressMatches, exchangeDnAlias, isExchangeDn, isSmtpAddress, mergeDuplicates, personKey, resolvePerson } from "../../../src/core/people";
import type { Attendee, DirectoryEntry } from "../../../src/core/types";
import { FAMILJEN_HELSINGBORG_DOMAINS } from "../../../src/config/config";

const DN = "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f9c0d2a1b7e4c8d9e0f1a2b3c4d5e6f-anna.berg";
const LEGACY_DN = "/O=FAMILJEN/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=BO.EK";
const directory: DirectoryEntry[] = [
  { email: "anna.berg@bjuv.se", name: "Anna Berg", companyName: "Bjuvs kommun", officeLocation: null },
  { email: "bo.ek@bastad.se", name: "Bo Ek", companyName: "Båstads kommun", officeLocation: null },
  { email: "karin.holm@helsingborg.se", name: "Karin Holm", companyName: "Helsingborgs stad", officeLocation: null },
  { email: "karin.holm2@klippan.se", name: "Karin Holm", companyName: "Klippans kommun", officeLocation: null },
];
const organizer = { name: "Elin Sjöberg", email: "elin.sjoberg@familjenhelsingborg.se" };
const person = (name: string, email: string, response: Attendee["response"] = "none", type: Attendee["type"] = "required"): Attendee => ({ name, email, response, type });

describe("addresses", () => {
  it("tells SMTP from X500 addresses", () => {
    expect(isSmtpAddress(" Anna.Berg@bjuv.se ")).toBe(true);
    expect(isSmtpAddress(DN)).toBe(false);
    expect(isExchangeDn(DN)).toBe(true);
    expect(isExchangeDn(LEGACY_DN)).toBe(true);
    expect(isExchangeDn("anna@bjuv.se")).toBe(false);
  });

  it("reads the alias an X500 address ends in, with or without Exchange Online's hex prefix", () => {
    expect(exchangeDnAlias(DN)).toBe("anna.berg");
    expect(exchangeDnAlias(LEGACY_DN)).toBe("bo.ek");
    expect(exchangeDnAlias("anna@bjuv.se")).toBeNull();
    expect(exchangeDnAlias("/o=ExchangeLabs/ou=Recipients")).toBeNull();
    expect(exchangeDnAlias("/o=ExchangeLabs/cn=")).toBeNull();
  });

  it("matches an address to a mailbox: SMTP in any case, X500 by its alias", () => {
    expect(addressMatches("ELIN.sjoberg@familjenhelsingborg.se", "elin.sjoberg@familjenhelsingborg.se")).toBe(true);
    expect(addressMatches("/o=ExchangeLabs/ou=x/cn=Recipients/cn=0123456789abcdef0123456789abcdef-elin.sjoberg", "Elin.Sjoberg@familjenhelsingborg.se")).toBe(true);
    expect(addressMatches(DN, "elin.sjoberg@familjenhelsingborg.se")).toBe(false);
    expect(addressMatches("Elin Sjöberg", "elin.sjoberg@familjenhelsingborg.se")).toBe(false);
  });

  it("keys a person by address, or by name when there is none", () => {
    expect(personKey({ name: "Anna", email: " ANNA@bjuv.se" })).toBe("anna@bjuv.se");
    expect(personKey({ name: "  Anna   Berg ", email: "" })).toBe("name:anna berg");
  });
});

describe("resolvePerson", () => {
  it("matches an X500 person to the one directory entry of that name", () => {
    expect(resolvePerson(person("Anna Berg", DN), directory)).toMatchObject({ name: "Anna Berg", email: "anna.berg@bjuv.se" });
  });

  it("matches by alias when the name is missing or ambiguous, and takes the directory's name", () => {
    expect(resolvePerson(person("", LEGACY_DN), directory)).toMatchObject({ name: "Bo Ek", email: "bo.ek@bastad.se" });
    const twoKarins = "/o=ExchangeLabs/ou=x/cn=Recipients/cn=karin.holm2";
    expect(resolvePerson(person("Karin Holm", twoKarins), directory)).toMatchObject({ email: "karin.holm2@klippan.se" });
  });

  it("keeps the person as given when nothing matches once", () => {
    const stranger = person("Sven Okänd", "/o=ExchangeLabs/ou=x/cn=Recipients/cn=sven");
    expect(resolvePerson(stranger, directory)).toEqual(stranger);
    expect(resolvePerson(person("Karin Holm", "/o=x/cn=nobody"), directory).email).toBe("/o=x/cn=nobody");
  });

  it("lower-cases an SMTP address", () => {
    expect(resolvePerson(person("Anna", " Anna.Berg@BJUV.se"), directory).email).toBe("anna.berg@bjuv.se");
  });
});

describe("mergeDuplicates", () => {
  it("an answer beats no answer whichever comes first; required beats optional", () => {
    const merged = mergeDuplicates([person("Anna Berg", "anna@bjuv.se", "none", "optional"), person("", "ANNA@bjuv.se", "accepted", "required")]);
    expect(merged).toEqual([person("Anna Berg", "anna@bjuv.se", "accepted", "required")]);
    expect(mergeDuplicates([person("", "a@b.se", "notResponded"), person("A", "a@b.se", "declined")])).toEqual([person("A", "a@b.se", "declined")]);
  });

  it("keeps the first of two answers and the first position", () => {
    const merged = mergeDuplicates([person("A", "a@b.se", "tentativelyAccepted"), person("B", "b@b.se"), person("A", "A@b.se", "declined", "optional")]);
    expect(merged.map((p) => [p.email, p.response])).toEqual([
      ["a@b.se", "tentativelyAccepted"],
      ["b@b.se", "none"],
    ]);
  });
});

describe("attendance with odd addresses", () => {
  it("counts a person invited twice with different casing once, with the answer that is an answer", () => {
    const report = buildAttendance([person("Anna Berg", "anna.berg@bjuv.se", "none"), person("Anna Berg", "Anna.Berg@Bjuv.se", "accepted")], organizer, directory, {});
    expect(report.counts).toEqual({ present: 2, apologies: 0, tentative: 0, noResponse: 0 });
  });

  it("shows an X500 attendee by name, placed by the matched directory entry, and merges them with their SMTP entry", () => {
    const report = buildAttendance([person("Anna Berg", DN, "declined"), person("Anna Berg", "anna.berg@bjuv.se", "none"), person("Sven Okänd", "/o=x/cn=sven", "accepted")], organizer, directory, FAMILJEN_HELSINGBORG_DOMAINS);
    const entries = report.groups.flatMap((g) => g.entries.map((e) => [e.name, e.organisation, e.status]));
    expect(entries).toEqual([
      ["Anna Berg", "Bjuv", "apologies"],
      ["Sven Okänd", null, "present"],
      ["Elin Sjöberg", "sekretariatet", "present"],
    ]);
  });

  it("recognises an X500 organizer listed again among the attendees", () => {
    const dir: DirectoryEntry[] = [...directory, { email: organizer.email, name: "Elin Sjöberg", companyName: null, officeLocation: null }];
    const report = buildAttendance([person("Elin Sjöberg", organizer.email, "accepted")], { name: "Elin Sjöberg", email: "/o=ExchangeLabs/cn=Recipients/cn=elin.sjoberg" }, dir, {});
    expect(report.groups.flatMap((g) => g.entries).map((e) => [e.email, e.role])).toEqual([[organizer.email, "organizer"]]);
  });
});
