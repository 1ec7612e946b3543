/** The protokoll skeleton as data (DESIGN §5): every convention of the group's series is decided here, layout is not. */

/** Marker for attendees the secretariat must resolve before justering. */
export type PendingMarker = "Preliminärt" | "Ej svarat";

/** One attendance paragraph, e.g. label "Närvarande:" and "Anna Ek, Bjuv och Eva Ny, sekretariatet." */
export interface AttendanceLine {
  label: string;
  /** Each person as written: "Namn, Kommun", with a marker when pending. */
  entries: string[];
  /** The entries joined the seeds' way ("a, b och c."), or a marked blank. */
  text: string;
  /** True when the secretariat must act on this line (pending answers, unreadable attendance). */
  marked: boolean;
}

/** One decision clause: "att …", the last of several "samt att …" (as the seeds write it). */
export interface DecisionClause {
  lead: "att" | "samt att";
  /** Empty for the blank "att" line the meeting fills in. */
  text: string;
}

/** One ärende of the protokoll. */
export interface ProtokollItem {
  number: number;
  /** "3. Processen kring ny verksamhetsplan" (Heading 2). */
  heading: string;
  /** The description, one entry per paragraph. */
  paragraphs: string[];
  /** "Föredragande: Namn, roll", or null when the item names nobody. */
  presenterLine: string | null;
  /** "Underlag: Bilaga 3 – Utkast", numbered as in the kallelse and the tab. */
  underlagLines: string[];
  /** "Mötet beslutar" */
  decisionLabel: string;
  decisions: DecisionClause[];
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

/** The whole draft, top to bottom. */
export interface Protokoll {
  /** "Protokoll nr 11 2026" (Heading 1). */
  title: string;
  groupName: string;
  /** "Helsingborg 11 december 2026" */
  placeAndDate: string;
  /** "Plats och tid: Den 11 december 2026 08.30–11.30 på Mindpark, Helsingborg." split at the label. */
  placeAndTime: { label: string; text: string };
  /** Närvarande, Anmält förhinder, Inbjudna gäster, Att stämma av före justering. */
  attendance: AttendanceLine[];
  items: ProtokollItem[];
  closing: BlankSection[];
  signatures: Signature[];
}
