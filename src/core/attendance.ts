/** Attendance from the organizer's copy of the event, placed in organisations from directory data (DESIGN §2, §5). */
import { compareSv } from "./collation";
import { isMunicipality, normaliseOrganisation, organisationFromMail, SECRETARIAT } from "./municipality";
import { mergeDuplicates, personKey, resolvePerson } from "./people";
import type {
  Attendee,
  AttendanceEntry,
  AttendanceGroup,
  AttendanceReport,
  AttendanceStatus,
  DirectoryEntry,
  Organisation,
  Person,
  RsvpResponse,
} from "./types";

const STATUS: Record<RsvpResponse, AttendanceStatus> = {
  accepted: "present",
  organizer: "present",
  declined: "apologies",
  tentativelyAccepted: "tentative",
  none: "noResponse",
  notResponded: "noResponse",
};

/** The attendance status an RSVP answer means. */
export function statusOf(response: RsvpResponse): AttendanceStatus {
  return STATUS[response];
}

const mailKey = (email: string): string => email.trim().toLowerCase();

/** A person's organisation: directory companyName, else officeLocation, else the mail domain map; null when unknown. */
export function organisationOf(email: string, directory: ReadonlyMap<string, DirectoryEntry>, mailDomainMap: Record<string, string>): Organisation {
  const entry = directory.get(mailKey(email));
  return normaliseOrganisation(entry?.companyName) ?? normaliseOrganisation(entry?.officeLocation) ?? organisationFromMail(email, mailDomainMap);
}

/** Group order: municipalities alphabetically, then other organisations, then unknown, then the secretariat. */
export function compareOrganisations(a: Organisation, b: Organisation): number {
  const rank = (o: Organisation): number => (o === SECRETARIAT ? 3 : o === null ? 2 : isMunicipality(o) ? 0 : 1);
  return rank(a) - rank(b) || compareSv(a ?? "", b ?? "");
}

const compareEntries = (a: AttendanceEntry, b: AttendanceEntry): number => compareSv(a.name, b.name) || compareSv(mailKey(a.email), mailKey(b.email));

/** Builds the attendance report: members and organizer grouped by organisation and counted; optional attendees as guests. */
export function buildAttendance(
  attendees: Attendee[],
  organizer: Person,
  directory: DirectoryEntry[],
  mailDomainMap: Record<string, string>,
): AttendanceReport {
  const byMail = new Map(directory.map((entry) => [mailKey(entry.email), entry]));
  const entry = (person: Person & Pick<Attendee, "problems">, status: AttendanceStatus, role: AttendanceEntry["role"]): AttendanceEntry => ({
    name: person.name.trim() || byMail.get(mailKey(person.email))?.name.trim() || person.email,
    email: person.email,
    status,
    role,
    organisation: organisationOf(person.email, byMail, mailDomainMap),
    ...(person.problems === undefined ? {} : { problems: person.problems }),
  });

  // An X500 address is matched to its directory entry first, so that it joins the person's other entry if any.
  const host = resolvePerson(organizer, directory);
  // Graph may list the organizer among the attendees or not; either way they appear once, as organizer and present.
  const entries: AttendanceEntry[] = [entry(host, "present", "organizer")];
  const organizerKey = personKey(host);
  const people = mergeDuplicates(attendees.map((attendee) => resolvePerson(attendee, directory)));
  for (const attendee of people) {
    if (attendee.type === "resource" || personKey(attendee) === organizerKey) continue;
    entries.push(entry(attendee, statusOf(attendee.response), attendee.type === "optional" ? "guest" : "member"));
  }

  const participants = entries.filter((e) => e.role !== "guest");
  const groupsByOrg = new Map<Organisation, AttendanceEntry[]>();
  for (const participant of participants) groupsByOrg.set(participant.organisation, [...(groupsByOrg.get(participant.organisation) ?? []), participant]);
  const groups: AttendanceGroup[] = [...groupsByOrg.entries()]
    .sort(([a], [b]) => compareOrganisations(a, b))
    .map(([organisation, members]) => ({ organisation, entries: members.sort(compareEntries) }));

  return { groups, counts: countAttendance(groups), guests: entries.filter((e) => e.role === "guest").sort(compareEntries) };
}

/** The counts by status of the grouped participants (guests are not counted): the one rule the report and a recount share. */
export function countAttendance(groups: readonly AttendanceGroup[]): Record<AttendanceStatus, number> {
  const counts: Record<AttendanceStatus, number> = { present: 0, apologies: 0, tentative: 0, noResponse: 0 };
  for (const group of groups) for (const entry of group.entries) counts[entry.status] += 1;
  return counts;
}

/** The report with one person's status changed (their answer was accepted), recounted by the report's own rule. */
export function withStatusOf(report: AttendanceReport, email: string, response: RsvpResponse): AttendanceReport {
  const key = mailKey(email);
  const status = statusOf(response);
  const update = (entry: AttendanceEntry): AttendanceEntry => (mailKey(entry.email) === key ? { ...entry, status } : entry);
  const groups = report.groups.map((group) => ({ ...group, entries: group.entries.map(update) }));
  return { groups, counts: countAttendance(groups), guests: report.guests.map(update) };
}
