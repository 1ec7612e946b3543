/** Presenter suggestions for the combobox: "Namn, roll, Kommun" for each attendee, as the hint asks for them. */
import type { AttendanceReport, DirectoryEntry, Organisation, Person } from "../core";

/** How the options name an organisation (as the attendance list does: "Helsingborg", "Sekretariatet"). */
export type OrganisationNamer = (organisation: Organisation) => string | null;

/** Each attendee's organisation as the attendance report resolved it, by lower-case mail; empty when it is unknown. */
export function organisationsByMail(report: AttendanceReport | null): Map<string, Organisation> {
  const out = new Map<string, Organisation>();
  if (report === null) return out;
  for (const entry of [...report.groups.flatMap((group) => group.entries), ...report.guests]) out.set(entry.email.toLowerCase(), entry.organisation);
  return out;
}

/** A job title as a role after a name: "Stadsdirektör" -> "stadsdirektör"; "HR-chef" and "IT-strateg" stay as they are. */
export function roleText(jobTitle: string): string {
  const title = jobTitle.trim();
  const [first = "", second = ""] = [...title];
  return second !== "" && second === second.toLocaleLowerCase("sv") && second !== second.toLocaleUpperCase("sv") ? first.toLocaleLowerCase("sv") + title.slice(first.length) : title;
}

/**
 * "Karin Lindqvist, stadsdirektör, Helsingborg" for each attendee with a name, in invitation order, without
 * duplicates: the directory's job title, then the organisation as the attendance list names it (never the raw
 * companyName "Helsingborgs stad"); a part nobody knows is left out, not guessed.
 */
export function presenterOptions(
  attendees: readonly Person[],
  directory: readonly DirectoryEntry[],
  organisations: ReadonlyMap<string, Organisation>,
  nameOf: OrganisationNamer,
): string[] {
  const byMail = new Map(directory.map((entry) => [entry.email.toLowerCase(), entry]));
  const out = new Set<string>();
  for (const person of attendees) {
    const name = person.name.trim();
    if (name === "") continue;
    const mail = person.email.toLowerCase();
    const title = byMail.get(mail)?.jobTitle;
    const role = title ? roleText(title) : undefined;
    const place = nameOf(organisations.get(mail) ?? null);
    out.add([name, role, place].filter((part): part is string => typeof part === "string" && part !== "").join(", "));
  }
  return [...out];
}
