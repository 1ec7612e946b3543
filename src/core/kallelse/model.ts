/** The kallelse as data (DESIGN §5): what both renderers (HTML for the body, plain text) print. */
import { attachmentTitle } from "../agenda";
import { formatMeetingWhen, localYear, STOCKHOLM } from "../format";
import type { Agenda, ItemKind, Person } from "../types";

/** What the kallelse is made from: the appointment's facts, the group, and the agenda. */
export interface KallelseInput {
  groupName: string;
  /** Meeting number within its year, null when unknown. */
  meetingNumber: number | null;
  startUtc: string;
  endUtc: string;
  /** Graph's isAllDay when known; Outlook's all-day appointments are recognised as midnight to midnight. */
  isAllDay?: boolean;
  location: string;
  /** True when the body carries a Teams join block: the place then points at it. */
  online: boolean;
  agenda: Agenda;
  /** Who receives apologies besides the RSVP (the organizer), null when unknown. */
  contact: Person | null;
  timeZone?: string;
}

/** One bilaga line: "Bilaga 2 – Utkast till förfrågningsunderlag" and where it opens. */
export interface KallelseAttachment {
  number: number;
  label: string;
  url: string;
}

/** One agenda line of the kallelse. */
export interface KallelseItem {
  number: number;
  /** Title with the optional start time in front ("09.40 Samhällsorientering"). */
  title: string;
  /** "(information)" style marker for non-decision items, empty for beslut. */
  kindNote: string;
  presenter: string;
  proposedDecisions: string[];
  attachments: KallelseAttachment[];
}

/** The kallelse ready to render. */
export interface Kallelse {
  heading: string;
  subheading: string;
  when: string;
  place: string;
  items: KallelseItem[];
  /** Shown instead of the list when the agenda is still empty. */
  emptyAgenda: string;
  closing: string;
}

const KIND_NOTES: Record<ItemKind, string> = { beslut: "", information: "(information)", diskussion: "(diskussion)" };

function placeLine(location: string, online: boolean): string {
  const place = location.trim();
  if (place !== "" && online) return `Plats: ${place} eller via Microsoft Teams (länk nedan)`;
  if (place !== "") return `Plats: ${place}`;
  return online ? "Plats: Microsoft Teams (länk nedan)" : "Plats: meddelas senare";
}

function closingLine(contact: Person | null): string {
  const base = "Anmäl förhinder genom att tacka nej till inbjudan i Outlook";
  if (contact === null) return `${base}.`;
  const name = contact.name.trim() === "" ? contact.email : contact.name.trim();
  return name === contact.email ? `${base} eller meddela ${contact.email}.` : `${base} eller meddela ${name}, ${contact.email}.`;
}

/** Builds the kallelse model: Swedish dates and times in the meeting's zone, bilagor numbered as in the agenda. */
export function buildKallelse(input: KallelseInput): Kallelse {
  const zone = input.timeZone ?? STOCKHOLM;
  const year = localYear(input.startUtc, zone);
  const subheading = input.meetingNumber === null ? `Kallelse till möte ${year}` : `Kallelse till möte nr ${input.meetingNumber} ${year}`;
  const items = input.agenda.items.map(
    (item): KallelseItem => ({
      number: item.number,
      title: item.startTime ? `${item.startTime} ${item.title.trim()}` : item.title.trim(),
      kindNote: KIND_NOTES[item.kind],
      presenter: item.presenter.trim(),
      proposedDecisions: item.proposedDecisions.map((clause) => clause.trim()).filter((clause) => clause !== ""),
      attachments: item.attachments.map((a) => ({ number: a.number, label: `Bilaga ${a.number} – ${attachmentTitle(a.name)}`, url: a.webUrl })),
    }),
  );
  return {
    heading: input.groupName.trim(),
    subheading,
    when: `Tid: ${formatMeetingWhen(input, zone)}`,
    place: placeLine(input.location, input.online),
    items,
    emptyAgenda: "Dagordningen kompletteras.",
    closing: closingLine(input.contact),
  };
}
