/** "Påminn de som inte svarat": who has not answered, and the reminder e-mail to them (HTML, every text escaped). */
import { formatTimeRange, formatWeekdayDate } from "../format";
import { escapeHtml } from "../kallelse/escape";
import type { NewMessage } from "../ports-sharing";
import type { Attendee, Person } from "../types";

const mailKey = (email: string): string => email.trim().toLowerCase();
const UNANSWERED = new Set(["none", "notResponded"]);

/**
 * The appointment's attendees without an answer: those the organizer's copy lists as not responded, and those added
 * in Outlook since the copy was read (they cannot have answered). Resources and the organizer are never reminded.
 */
export function nonResponders(invited: readonly Person[], answers: readonly Attendee[], organizerEmail: string): Person[] {
  const byMail = new Map(answers.map((a) => [mailKey(a.email), a]));
  const seen = new Set<string>([mailKey(organizerEmail)]);
  const out: Person[] = [];
  for (const person of invited) {
    const email = mailKey(person.email);
    if (!email.includes("@") || seen.has(email)) continue;
    seen.add(email);
    const answer = byMail.get(email);
    if (answer !== undefined && (answer.type === "resource" || !UNANSWERED.has(answer.response))) continue;
    out.push({ name: person.name, email: person.email.trim() });
  }
  return out;
}

/** The meeting as the reminder names it. */
export interface ReminderMeeting {
  subject: string;
  startUtc: string;
  endUtc: string;
  location: string;
  groupName: string;
}

/** The reminder: time, place and how to answer, also from another organisation's calendar. Swedish, like the kallelse. */
export function buildReminder(meeting: ReminderMeeting, to: readonly Person[]): NewMessage {
  const when = `${formatWeekdayDate(meeting.startUtc)} ${formatTimeRange(meeting.startUtc, meeting.endUtc)}`;
  const subject = `Påminnelse: svara på inbjudan till ${meeting.subject.trim()} ${formatWeekdayDate(meeting.startUtc)}`;
  const paragraphs = [
    "Hej!",
    `Vi har ännu inte fått ditt svar på inbjudan till ${meeting.groupName.trim()}s möte ${meeting.subject.trim()}.`,
    `Tid: ${when}.`,
    meeting.location.trim() === "" ? null : `Plats: ${meeting.location.trim()}.`,
    "Svara genom att acceptera eller tacka nej till mötesinbjudan i din kalender. Det går lika bra från din egen organisations Outlook eller annan kalender: öppna inbjudan och välj Acceptera eller Avböj. Förhinder anmäls genom att tacka nej.",
    "Hälsningar\nsekretariatet",
  ].filter((p): p is string => p !== null);
  const htmlBody = paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("");
  return { to: [...to], subject, htmlBody };
}
