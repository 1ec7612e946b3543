import { isMunicipality, MUNICIPALITIES, normaliseOrganisation, organisationFromMail, SECRETARIAT } from "../../../src/core/municipality";
import { compareSv } from "../../../src/core/collation";

describe("municipalities", () => {
  it("are the 11 of Familjen Helsingborg, in Swedish alphabetical order", () => {
    expect(MUNICIPALITIES).toHaveLength(11);
    expect([...MUNICIPALITIES].sort(compareSv)).toEqual(MUNICIPALITIES);
    expect(isMunicipality("Åstorp")).toBe(true);
    expect(isMunicipality("Region Skåne")).toBe(false);
    expect(isMunicipality(SECRETARIAT)).toBe(false);
  });
});

describe("normaliseOrganisation", () => {
  it.each([
    ["Helsingborgs stad", "Helsingborg"],
    ["Helsingborgs Stad", "Helsingborg"],
    ["Båstads kommun", "Båstad"],
    ["Höganäs kommun", "Höganäs"],
    ["Landskrona stad", "Landskrona"],
    ["ÖRKELLJUNGA KOMMUN", "Örkelljunga"],
    ["  Ängelholms   kommun ", "Ängelholm"],
    ["Klippan", "Klippan"],
    ["Bjuvs kommun", "Bjuv"],
    ["Familjen Helsingborg", "sekretariatet"],
    ["familjen helsingborg", "sekretariatet"],
    ["Sekretariatet", "sekretariatet"],
    // Decomposed "Å" (A + combining ring) as some directories deliver it.
    ["A\u030Astorps kommun", "Åstorp"],
  ])("%j -> %j", (raw, expected) => {
    expect(normaliseOrganisation(raw)).toBe(expected);
  });

  it("keeps other organisations as given, trimmed", () => {
    expect(normaliseOrganisation("  Region  Skåne ")).toBe("Region Skåne");
    expect(normaliseOrganisation("Helsingborgs stad, arbetsmarknadsförvaltningen")).toBe("Helsingborgs stad, arbetsmarknadsförvaltningen");
    expect(normaliseOrganisation("Lunds kommun")).toBe("Lunds kommun");
  });

  it("gives null for blank or missing values", () => {
    expect(normaliseOrganisation(null)).toBeNull();
    expect(normaliseOrganisation(undefined)).toBeNull();
    expect(normaliseOrganisation("   ")).toBeNull();
  });
});

describe("organisationFromMail", () => {
  const map = { "helsingborg.se": "Helsingborg", "Familjenhelsingborg.se": "Familjen Helsingborg" };
  it("maps exact domains, parent domains and any case", () => {
    expect(organisationFromMail("a@helsingborg.se", map)).toBe("Helsingborg");
    expect(organisationFromMail("a@skola.helsingborg.se", map)).toBe("Helsingborg");
    expect(organisationFromMail("A@HELSINGBORG.SE", map)).toBe("Helsingborg");
    expect(organisationFromMail("a@familjenhelsingborg.se", map)).toBe("sekretariatet");
  });

  it("does not match a domain that merely ends with the same letters, nor a bare top-level domain", () => {
    expect(organisationFromMail("a@nothelsingborg.se", map)).toBeNull();
    expect(organisationFromMail("a@se", { se: "Sverige" })).toBeNull();
    expect(organisationFromMail("ingen-snabel-a", map)).toBeNull();
  });
});
