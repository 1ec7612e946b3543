/** The 11 municipalities of Familjen Helsingborg and how directory data names them (DESIGN §2). */
import { stripHiddenControls } from "./hiddenControls";

/** The municipalities, in Swedish alphabetical order. */
export const MUNICIPALITIES: readonly string[] = [
  "Bjuv",
  "Båstad",
  "Helsingborg",
  "Höganäs",
  "Klippan",
  "Landskrona",
  "Perstorp",
  "Svalöv",
  "Åstorp",
  "Ängelholm",
  "Örkelljunga",
];

/** The secretariat's organisation label; listed like a municipality, always last. */
export const SECRETARIAT = "sekretariatet";

const SECRETARIAT_ALIASES = new Set(["sekretariatet", "familjen helsingborg", "familjen helsingborgs sekretariat", "sekretariatet familjen helsingborg"]);

// Directory fields are typed or pasted by people: hidden controls ("Svalövs\u200B kommun") must neither stop a match
// nor reach the attendance list, so they go before anything else.
const tidy = (text: string): string => stripHiddenControls(text).normalize("NFC").trim().replace(/\s+/g, " ");
const fold = (text: string): string => tidy(text).toLocaleLowerCase("sv");

// Directory data says "Helsingborgs stad", "Båstads kommun", "Höganäs kommun" or just "Klippan": the name, an optional
// genitive s, an optional "kommun"/"stad". Anything longer is another organisation and is kept as given.
// Built on first use, not at module load: the first locale-aware lower-casing loads ICU's Swedish data, a cost the
// meeting tab's entry would otherwise pay before it sends its Graph request.
let foldedForms: Map<string, string> | null = null;

function byFoldedForm(): Map<string, string> {
  if (foldedForms !== null) return foldedForms;
  const forms = new Map<string, string>();
  for (const name of MUNICIPALITIES) {
    const folded = fold(name);
    for (const stem of [folded, `${folded}s`]) {
      forms.set(stem, name);
      forms.set(`${stem} kommun`, name);
      forms.set(`${stem} stad`, name);
    }
  }
  foldedForms = forms;
  return forms;
}

/** True when the label is one of the 11 municipalities (as returned by normaliseOrganisation). */
export function isMunicipality(organisation: string): boolean {
  return MUNICIPALITIES.includes(organisation);
}

/** Maps directory spellings to the municipality's short name or "sekretariatet"; other names are returned trimmed; blank gives null. */
export function normaliseOrganisation(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const folded = fold(raw);
  if (folded === "") return null;
  if (SECRETARIAT_ALIASES.has(folded)) return SECRETARIAT;
  return byFoldedForm().get(folded) ?? tidy(raw);
}

/** The organisation configured for a mail address's domain or any parent domain (case-insensitive), or null. */
export function organisationFromMail(email: string, mailDomainMap: Record<string, string>): string | null {
  const at = email.lastIndexOf("@");
  if (at < 0) return null;
  const map = new Map(Object.entries(mailDomainMap).map(([domain, org]) => [domain.trim().toLowerCase(), org]));
  const labels = email.slice(at + 1).trim().toLowerCase().split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const organisation = map.get(labels.slice(i).join("."));
    if (organisation !== undefined) return normaliseOrganisation(organisation);
  }
  return null;
}
