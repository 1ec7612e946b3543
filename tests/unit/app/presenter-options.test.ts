/** Föredragande suggestions: "Namn, roll, Kommun" from the directory's job title and attendance's organisation. */
import type { AttendanceReport, DirectoryEntry, Organisation } from "../../../src/core";
import { organisationsByMail, presenterOptions, roleText } from "../../../src/app/presenterOptions";

const name = (o: Organisation): string | null => (o === null ? null : o === "sekretariatet" ? "Sekretariatet" : o);
const entry = (email: string, organisation: Organisation) => ({ email, name: email, status: "present" as const, role: "member" as const, organisation });
const report: AttendanceReport = {
  groups: [
    { organisation: "Helsingborg", entries: [entry("karin.lindqvist@helsingborg.se", "Helsingborg")] },
    { organisation: "Perstorp", entries: [entry("annika.svensson@perstorp.se", "Perstorp")] },
    { organisation: "sekretariatet", entries: [entry("elin.sjoberg@familjenhelsingborg.se", "sekretariatet")] },
  ],
  counts: { present: 3, apologies: 0, tentative: 0, noResponse: 0 },
  guests: [{ ...entry("bo.lindberg@oresundskraft.se", "Öresundskraft"), role: "guest" }],
};
const directory: DirectoryEntry[] = [
  { email: "karin.lindqvist@helsingborg.se", name: "Karin", companyName: "Helsingborgs stad", officeLocation: null, jobTitle: "Stadsdirektör" },
  { email: "elin.sjoberg@familjenhelsingborg.se", name: "Elin", companyName: "Familjen Helsingborg", officeLocation: null, jobTitle: "Sekretariatschef" },
  { email: "annika.svensson@perstorp.se", name: "Annika", companyName: null, officeLocation: "Perstorp", jobTitle: " " },
];

describe("presenterOptions", () => {
  it("gives name, role and the municipality as attendance names it, never the raw companyName", () => {
    const options = presenterOptions(
      [
        { name: "Karin Lindqvist", email: "Karin.Lindqvist@helsingborg.se" },
        { name: "Annika Svensson", email: "annika.svensson@perstorp.se" },
        { name: "Elin Sjöberg", email: "elin.sjoberg@familjenhelsingborg.se" },
        { name: "Bo Lindberg", email: "bo.lindberg@oresundskraft.se" },
        { name: "Okänd Person", email: "okand@example.org" },
        { name: " ", email: "blank@example.org" },
        { name: "Karin Lindqvist", email: "karin.lindqvist@helsingborg.se" },
      ],
      directory,
      organisationsByMail(report),
      name,
    );
    expect(options).toEqual([
      "Karin Lindqvist, stadsdirektör, Helsingborg",
      "Annika Svensson, Perstorp",
      "Elin Sjöberg, sekretariatschef, Sekretariatet",
      "Bo Lindberg, Öresundskraft",
      "Okänd Person",
    ]);
    expect(options.join(" ")).not.toContain("Helsingborgs stad");
  });

  it("leaves the place out when the attendance could not be read", () => {
    expect(presenterOptions([{ name: "Karin Lindqvist", email: "karin.lindqvist@helsingborg.se" }], directory, organisationsByMail(null), name)).toEqual([
      "Karin Lindqvist, stadsdirektör",
    ]);
  });
});

describe("roleText", () => {
  it("lower-cases a capitalised title but keeps abbreviations", () => {
    expect(roleText("Kommundirektör")).toBe("kommundirektör");
    expect(roleText("HR-chef")).toBe("HR-chef");
    expect(roleText("stadsdirektör")).toBe("stadsdirektör");
    expect(roleText("Ö")).toBe("Ö");
  });
});
