/** The kallelse as data (DESIGN §5): what both renderers (HTML for the body, plain text) print. */
import { attachmentTitle } from "../agenda";
import { formatDate, formatMeetingWhen, localYear, STOCKHOLM } from "../format";
import type { Agenda, ItemKind, Person } from "../types";

/** Where the papers can be found besides each item's own links; each is null when it does not exist (yet). */
export interface KallelsePapersInput {
  /** The meeting's folder in Möteshandlingar. */
  folderUrl: string | null;
  /** "Kallelse med handlingar, möte 11/2026.pdf" in that folder. */
  handlingarPdfUrl: string | null;
}

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
  /** When and where the kallelse is issued ("Helsingborg 4 december 2026"); omitted: no issue line. */
  issued?: { place: string; atUtc: string };
  /** Short links by file id (≤ 100 characters, for plain text); a bilaga without one keeps its webUrl. */
  shortLinks?: ReadonlyMap<string, string>;
  papers?: KallelsePapersInput;
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

/** A line of text with an optional link written out after it. */
export interface KallelseLine {
  text: string;
  url: string | null;
}

/** The kallelse ready to render. */
export interface Kallelse {
  /** "Helsingborg 4 december 2026", empty when not given. */
  issued: string;
  heading: string;
  subheading: string;
  when: string;
  place: string;
  items: KallelseItem[];
  /** Shown instead of the list when the agenda is still empty. */
  emptyAgenda: string;
  /** "Handlingar": where the papers are, for members of other organisations too. */
  papersHeading: string;
  papers: KallelseLine[];
  /** "Svara på kallelsen": how to answer, from any organisation's calendar. */
  answerHeading: string;
  answer: string[];
}

// A line break inside a title or a file name would let it forge a line of its own in the plain text ("Bilaga 9 – …",
// or an address a mail client makes a link of): every single-line field keeps to its one line.
const LINE_BREAKS = /[\r\n\v\f\u2028\u2029]+/g;

/** The text on one line: each run of line breaks becomes one space. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, " ");
}

const KIND_NOTES: Record<ItemKind, string> = { beslut: "", information: "(information)", diskussion: "(diskussion)" };

function placeLine(location: string, online: boolean): string {
  const place = location.trim();
  if (place !== "" && online) return `Plats: ${place} eller via Microsoft Teams (länk nedan)`;
  if (place !== "") return `Plats: ${place}`;
  return online ? "Plats: Microsoft Teams (länk nedan)" : "Plats: meddelas senare";
}

function contactText(contact: Person | null): string | null {
  if (contact === null) return null;
  const email = oneLine(contact.email);
  const name = contact.name.trim() === "" ? email : oneLine(contact.name.trim());
  return name === email ? email : `${name}, ${email}`;
}

function answerLines(contact: Person | null): string[] {
  const who = contactText(contact);
  return [
    "Svara på inbjudan med Acceptera eller Avböj. Det går lika bra från din egen organisations kalender (Outlook, Teams eller annan); svaret kommer fram till sekretariatet.",
    who === null ? "Anmäl förhinder genom att tacka nej till inbjudan." : `Anmäl förhinder genom att tacka nej till inbjudan eller meddela ${who}.`,
  ];
}

function papersLines(papers: KallelsePapersInput | undefined, contact: Person | null, hasAttachments: boolean): KallelseLine[] {
  const lines: KallelseLine[] = [];
  if (hasAttachments) lines.push({ text: "Bilagorna öppnas med länken under varje bilaga.", url: null });
  if (papers?.handlingarPdfUrl) lines.push({ text: "Kallelsen och alla bilagor i en PDF, för läsplatta och utskrift:", url: papers.handlingarPdfUrl });
  if (papers?.folderUrl) lines.push({ text: "Mötets mapp med alla handlingar:", url: papers.folderUrl });
  const who = contactText(contact);
  lines.push({
    text:
      who === null
        ? "Länkarna kräver inloggning. Kan du inte öppna dem, svara på detta mejl så skickar sekretariatet handlingarna."
        : `Länkarna kräver inloggning. Kan du inte öppna dem, kontakta ${who} så skickar sekretariatet handlingarna.`,
    url: null,
  });
  return lines;
}

/** "Kallelse till möte 11/2026" as the group writes it; "Kallelse till möte 2026" while the number is unknown. */
export function kallelseTitle(meetingNumber: number | null, year: number): string {
  return meetingNumber === null ? `Kallelse till möte ${year}` : `Kallelse till möte ${meetingNumber}/${year}`;
}

/** Builds the kallelse model: Swedish dates and times in the meeting's zone, bilagor numbered as in the agenda. */
export function buildKallelse(input: KallelseInput): Kallelse {
  const zone = input.timeZone ?? STOCKHOLM;
  const year = localYear(input.startUtc, zone);
  const items = input.agenda.items.map(
    (item): KallelseItem => ({
      number: item.number,
      title: oneLine(item.startTime ? `${item.startTime} ${item.title.trim()}` : item.title.trim()),
      kindNote: KIND_NOTES[item.kind],
      presenter: oneLine(item.presenter.trim()),
      proposedDecisions: item.proposedDecisions.map((clause) => oneLine(clause.trim())).filter((clause) => clause !== ""),
      attachments: item.attachments.map((a) => ({
        number: a.number,
        label: oneLine(`Bilaga ${a.number} – ${attachmentTitle(a.name)}`),
        url: input.shortLinks?.get(a.fileId) ?? a.webUrl,
      })),
    }),
  );
  const issuedPlace = input.issued?.place.trim() ?? "";
  return {
    issued: input.issued ? oneLine(`${issuedPlace === "" ? "" : `${issuedPlace} `}${formatDate(input.issued.atUtc, zone)}`) : "",
    heading: oneLine(input.groupName.trim()),
    subheading: kallelseTitle(input.meetingNumber, year),
    when: `Tid: ${formatMeetingWhen(input, zone)}`,
    place: placeLine(oneLine(input.location), input.online),
    items,
    emptyAgenda: "Dagordningen kompletteras.",
    papersHeading: "Handlingar",
    papers: papersLines(input.papers, input.contact, items.some((item) => item.attachments.length > 0)),
    answerHeading: "Svara på kallelsen",
    answer: answerLines(input.contact),
  };
}
