/** Characters that change how text reads without being seen: bidi controls and zero-width characters (issue 12, item 9). */

// Bidi embeddings and overrides (U+202A–202E), isolates (U+2066–2069), marks (U+200E/F, U+061C), zero-width
// space/non-joiner/joiner (U+200B–200D), word joiner and the invisible operators (U+2060–2064), the BOM/ZWNBSP
// (U+FEFF) and the Mongolian vowel separator (U+180E). "Faktura\u202Efdp.exe" reads "Fakturaexe.pdf"; a zero-width
// space inside "Svalövs kommun" keeps it from matching. None of them is needed in a file name or an organisation.
const HIDDEN = /[\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * The text without bidi controls and zero-width characters, so it reads and matches as it is stored.
 *
 * Applied where untrusted text is shown or matched (a bilaga's title, an organisation's name), not when parsing:
 * the stored file name stays the file's identity for writes (upload conflicts, the picker), and stripping it there
 * would make us compare a name SharePoint does not have. Stripping (rather than isolating with U+2068…2069) shows
 * the characters in their real order: "Faktura\u202Efdp.exe" becomes "Fakturafdp.exe", its true extension last.
 */
export function stripHiddenControls(text: string): string {
  return text.replace(HIDDEN, "");
}
