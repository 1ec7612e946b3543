/** Text hygiene for documents: what reaches a .docx must be valid XML 1.0 and must not be laid out by spaces. */

// XML 1.0 forbids C0 controls other than tab, LF and CR, the non-characters U+FFFE/U+FFFF and unpaired surrogates;
// a single one makes Word refuse the whole file, and list data is typed or pasted by people.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that XML 1.0 cannot carry. */
export function stripInvalidXml(text: string): string {
  return text.replace(INVALID_XML, "");
}

// C1 controls are legal XML but discouraged (XML 1.0 §2.2) and mean nothing in a protokoll; readers differ on them
// (mammoth breaks the paragraph at U+0085 NEL, LibreOffice keeps it invisibly), so documents never carry them.
const C1_CONTROLS = /[\u0080-\u009F]/g;

/** Text fit for a document: only characters XML 1.0 can carry, and no C1 controls (the one place both are removed). */
export function documentText(text: string): string {
  return stripInvalidXml(text).replace(C1_CONTROLS, "");
}

/** One line of text: invalid characters and C1 controls removed, any run of white space (tabs, line breaks) one space, trimmed. */
export function singleLine(text: string): string {
  return documentText(text).replace(/\s+/g, " ").trim();
}

/** Paragraphs of a multi-line text: one per non-empty line, each a clean single line. */
export function paragraphs(text: string): string[] {
  return documentText(text)
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(singleLine)
    .filter((line) => line !== "");
}

/** Joins a list the Swedish way, as the seeds do: "a, b och c". */
export function joinSv(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} och ${parts[parts.length - 1]}`;
}
