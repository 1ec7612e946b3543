/** Presenter suggestions for the combobox: the appointment's attendees, with their municipality when the directory knows it. */
import type { DirectoryEntry, Person } from "../../core";

/** "Karin Holm, Helsingborg" for each attendee with a name, without duplicates, in invitation order. */
export function presenterOptions(attendees: readonly Person[], directory: readonly DirectoryEntry[]): string[] {
  const byMail = new Map(directory.map((entry) => [entry.email.toLowerCase(), entry]));
  const out = new Set<string>();
  for (const person of attendees) {
    const name = person.name.trim();
    if (name === "") continue;
    const place = byMail.get(person.email.toLowerCase())?.companyName?.trim();
    out.add(place ? `${name}, ${place}` : name);
  }
  return [...out];
}
