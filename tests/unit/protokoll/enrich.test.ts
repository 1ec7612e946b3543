import { buildAgenda } from "../../../src/core/agenda";
import { closingSections, unknownOrganisationEmails, withDirectoryOrganisations } from "../../../src/core/protokoll";
import { record } from "../core/fixtures";
import { report } from "./fixtures";

describe("organisations from the directory", () => {
  const r = report([
    { name: "Sara Røpke", email: "Sara.Ropke@greatercph.com", type: "optional", response: "accepted" },
    { name: "Ny Ledamot", email: "ny@example.org", type: "required", response: "declined" },
    { name: "Eva Sturesson", email: "eva.sturesson@engelholm.se", type: "optional", response: "accepted" },
  ]);

  it("asks only for people whose organisation is unknown, once each", () => {
    expect(unknownOrganisationEmails(r).sort()).toEqual(["ny@example.org", "sara.ropke@greatercph.com"]);
  });

  it("fills unknown organisations (companyName, else officeLocation, normalised) and keeps known ones", () => {
    const filled = withDirectoryOrganisations(r, [
      { email: "sara.ropke@greatercph.com", name: "Sara", companyName: " ", officeLocation: "Greater Copenhagen" },
      { email: "NY@example.org", name: "Ny", companyName: "Klippans kommun", officeLocation: null },
      { email: "eva.sturesson@engelholm.se", name: "Eva", companyName: "Fel organisation", officeLocation: null },
    ]);
    const all = [...filled.groups.flatMap((g) => g.entries), ...filled.guests];
    expect(Object.fromEntries(all.map((e) => [e.name, e.organisation]))).toMatchObject({ "Sara Røpke": "Greater Copenhagen", "Ny Ledamot": "Klippan", "Eva Sturesson": "Ängelholm" });
    expect(withDirectoryOrganisations(r, [])).toEqual(r);
  });
});

describe("closing sections", () => {
  it("adds Övriga frågor and Mötet avslutas unless the agenda already has them", () => {
    expect(closingSections(buildAgenda([record("a", 1)], []))).toEqual([{ heading: "Övriga frågor" }, { heading: "Mötet avslutas" }]);
    expect(closingSections(buildAgenda([record("a", 1), record("b", 2, { title: " övriga  frågor: " })], []))).toEqual([{ heading: "Mötet avslutas" }]);
    expect(closingSections(buildAgenda([record("c", 1, { title: "Mötet avslutas." }), record("d", 2, { title: "Övriga frågor" })], []))).toEqual([]);
  });
});
