/** Fills organisations the meeting view could not know: guests are not group members, so the view's directory lacks them. */
import { normaliseOrganisation } from "../municipality";
import type { AttendanceEntry, AttendanceReport, DirectoryEntry } from "../types";

const mailKey = (email: string): string => email.trim().toLowerCase();

function entries(report: AttendanceReport): AttendanceEntry[] {
  return [...report.groups.flatMap((g) => g.entries), ...report.guests];
}

/** Mail addresses of the people whose organisation is unknown (to look up in the directory). */
export function unknownOrganisationEmails(report: AttendanceReport): string[] {
  return [...new Set(entries(report).filter((e) => e.organisation === null && e.email.trim() !== "").map((e) => mailKey(e.email)))];
}

/** The report with unknown organisations taken from directory data (companyName, else officeLocation); known ones are kept. */
export function withDirectoryOrganisations(report: AttendanceReport, directory: readonly DirectoryEntry[]): AttendanceReport {
  const byMail = new Map(directory.map((d) => [mailKey(d.email), d]));
  const fill = (entry: AttendanceEntry): AttendanceEntry => {
    if (entry.organisation !== null) return entry;
    const found = byMail.get(mailKey(entry.email));
    const organisation = normaliseOrganisation(found?.companyName) ?? normaliseOrganisation(found?.officeLocation);
    return organisation === null ? entry : { ...entry, organisation };
  };
  return { ...report, groups: report.groups.map((g) => ({ ...g, entries: g.entries.map(fill) })), guests: report.guests.map(fill) };
}
