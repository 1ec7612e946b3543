/** The protokoll skeleton as data (DESIGN §5): every convention of the group's series is decided here, layout is not. */

/** Marker for attendees the secretariat must resolve before justering. */
export type PendingMarker = "Preliminärt" | "Ej svarat";

/** One attendance paragraph, e.g. label "Närvarande:" and "Anna Ek, Bjuv och Eva Ny, sekretariatet." */
export interface AttendanceLine {
  /** What the line lists, for templates that lay each list out on its own. */
  kind: AttendanceKind;
  label: string;
  /** Each person as written: "Namn, Kommun", with a marker when pending, with times when recorded. */
  entries: string[];
  /** The entries joined the seeds' way ("a, b och c."), or a marked blank. */
  text: string;
  /** True when the secretariat must act on this line (pending answers, unreadable attendance). */
  marked: boolean;
}

/** The lists of the attendance section. */
export type AttendanceKind = "present" | "apologies" | "absent" | "guests" | "pending";

/** One decision clause: "att …". The current style leads every clause with "att"; `last` lets a template write "samt att". */
export interface DecisionClause {
  lead: "att";
  /** Empty for the blank "att" line the meeting fills in; otherwise ends with a full stop. */
  text: string;
  /** True for the last clause of several (the 2016–2018 style led it "samt att"). */
  last: boolean;
}

/** One ärende of the protokoll. */
export interface ProtokollItem {
  number: number;
  /** "Processen kring ny verksamhetsplan" */
  title: string;
  /** "3 Processen kring ny verksamhetsplan" (Heading 2), as the group's current protocols write it. */
  heading: string;
  /** What was said (recorded), else the description; one entry per paragraph. */
  paragraphs: string[];
  /** "Föredragande: Namn, roll.", or null when the item names nobody. */
  presenterLine: string | null;
  /** "Underlag: Bilaga 3 – Utkast.", numbered as in the kallelse and the tab. */
  underlagLines: string[];
  /** A recorded outcome other than a decision ("Ärendet bordlades till nästa möte."); null when none. */
  outcomeLine: string | null;
  /** "Mötet beslutar" */
  decisionLabel: string;
  /** The decision block's clauses; empty when there is nothing to decide (no block is written then). */
  decisions: DecisionClause[];
  /** "Uppdrag: att ta fram … (Namn, till nästa möte)." given under this item. */
  assignmentLines: string[];
}

/** A signature block: a line to sign on, the name (blank when unknown) and the role. */
export interface Signature {
  name: string | null;
  role: string;
}

/** A heading with room under it for what only the meeting knows ("Övriga frågor", "Mötet avslutas"). */
export interface BlankSection {
  heading: string;
}

/** The facts a template may lay out its own way (the 2016–2018 head: "protokoll 9/2016", "Tid/Plats: 161028 kl. 08.30-12.20"). */
export interface ProtokollFacts {
  /** "11", or the marked blank "[nr]". */
  number: string;
  year: string;
  /** "2026-12-11" */
  isoDate: string;
  /** "261211" */
  compactDate: string;
  /** "11 december 2026" */
  longDate: string;
  /** "08.30–11.30", or "hela dagen". */
  time: string;
  /** "Mindpark, Helsingborg" without a final full stop, or a marked blank. */
  location: string;
  /** "Helsingborg", or a marked blank. */
  place: string;
  /** The secretary's mail, empty when unknown. */
  secretaryEmail: string;
}

/** The whole draft, top to bottom. */
export interface Protokoll {
  /** "Protokoll nr 11 2026" (Heading 1). */
  title: string;
  groupName: string;
  /** "Helsingborg 2026-12-11 elin.sjoberg@familjenhelsingborg.se" */
  placeAndDate: string;
  /** "Plats och tid: Den 11 december 2026 08.30–11.30 på Mindpark, Helsingborg." split at the label. */
  placeAndTime: { label: string; text: string };
  facts: ProtokollFacts;
  /** Närvarande, Anmält förhinder, Frånvarande, Inbjudna gäster, Att stämma av före justering. */
  attendance: AttendanceLine[];
  items: ProtokollItem[];
  /** Uppdrag given outside any item of the agenda ("Uppdrag: …"). */
  otherAssignments: string[];
  closing: BlankSection[];
  signatures: Signature[];
  /** True when the meeting's record (attendance or any outcome) was used. */
  recorded: boolean;
}
