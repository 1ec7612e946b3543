/** Writes the protokoll model as a .docx with the `docx` package: Word heading styles, Swedish language, no layout by spaces. */
import { AlignmentType, Document, HeadingLevel, HighlightColor, LeaderType, Packer, Paragraph, Tab, TabStopType, TextRun } from "docx";
import type { IRunOptions, ParagraphChild } from "docx";
import { documentText } from "../../core";
import type { AttendanceLine, DecisionClause, Protokoll, ProtokollItem, Signature } from "../../core";

/** Document language: on the style defaults, the heading styles and every run, so spelling and hyphenation are Swedish. */
export const DOCUMENT_LANGUAGE = "sv-SE";

/** The .docx media type, for uploads and downloads. */
export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const language = { value: DOCUMENT_LANGUAGE };
const FONT = "Calibri";
// Sizes are half-points; spacing is twentieths of a point (twips).
const BODY_SIZE = 22;
const AFTER_PARAGRAPH = 120;
const SIGNATURE_GAP = 720;
const SIGNATURE_LINE = 4536; // 8 cm: room for a signature, drawn by a tab leader instead of underscores.

// Marked blanks ("[nr]", "[Ort]", "[Preliminärt]") are highlighted so the secretariat finds them before justering.
const BLANK = /(\[[^\]]*\])/;

/** Text as the writer puts it into the package: the model's own normalisation (core), kept here for the writer's callers. */
export { documentText };

function run(text: string, options: Omit<IRunOptions, "text"> = {}): TextRun {
  // The model is already clean; stripping again keeps the file well-formed whatever a caller passes in.
  return new TextRun({ ...options, text: documentText(text), language });
}

function withMarkedBlanks(text: string, options: Omit<IRunOptions, "text"> = {}): TextRun[] {
  return text
    .split(BLANK)
    .filter((part) => part !== "")
    .map((part) => (BLANK.test(part) ? run(part, { ...options, highlight: HighlightColor.YELLOW }) : run(part, options)));
}

function paragraph(children: ParagraphChild[], options: { keepNext?: boolean; spacingBefore?: number } = {}): Paragraph {
  return new Paragraph({ children, keepNext: options.keepNext, spacing: { before: options.spacingBefore ?? 0, after: AFTER_PARAGRAPH } });
}

function labelled(label: string, text: string, marked = false): Paragraph {
  const rest = marked ? [run(" "), run(text, { highlight: HighlightColor.YELLOW })] : [run(" "), ...withMarkedBlanks(text)];
  return paragraph([run(label, { bold: true }), ...rest]);
}

function attendanceParagraph(line: AttendanceLine): Paragraph {
  return labelled(line.label, line.text, line.marked);
}

function clause(decision: DecisionClause): Paragraph {
  const children = [run(decision.lead, { bold: true })];
  if (decision.text !== "") children.push(run(` ${decision.text}`));
  return paragraph(children);
}

function item(section: ProtokollItem): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [run(section.heading)] }),
    ...section.paragraphs.map((text) => paragraph([run(text)])),
    ...(section.presenterLine === null ? [] : [paragraph([run(section.presenterLine)])]),
    ...section.underlagLines.map((text) => paragraph([run(text)])),
    paragraph([run(section.decisionLabel, { bold: true })], { keepNext: true, spacingBefore: AFTER_PARAGRAPH }),
    ...section.decisions.map(clause),
  ];
}

function signature(block: Signature): Paragraph[] {
  const line = new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: SIGNATURE_GAP, after: 0 },
    tabStops: [{ type: TabStopType.LEFT, position: SIGNATURE_LINE, leader: LeaderType.UNDERSCORE }],
    children: [new TextRun({ children: [new Tab()], language })],
  });
  const name = block.name === null ? [] : [new Paragraph({ keepNext: true, children: [run(block.name)] })];
  return [line, ...name, new Paragraph({ children: [run(block.role)] })];
}

/** The protokoll's paragraphs in document order. */
export function protokollParagraphs(protokoll: Protokoll): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: withMarkedBlanks(protokoll.title) }),
    paragraph([run(protokoll.groupName, { bold: true, size: 26 })]),
    paragraph(withMarkedBlanks(protokoll.placeAndDate), { spacingBefore: 0 }),
    labelled(protokoll.placeAndTime.label, protokoll.placeAndTime.text),
    ...protokoll.attendance.map(attendanceParagraph),
    ...protokoll.items.flatMap(item),
    ...protokoll.closing.flatMap((section) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [run(section.heading)] }),
      paragraph([]),
    ]),
    ...protokoll.signatures.flatMap(signature),
  ];
}

/** The Word document of a protokoll (not yet packed); `author` is the signed-in user who made the draft. */
export function protokollDocument(protokoll: Protokoll, author: string | null = null): Document {
  const heading = (size: number) => ({
    run: { font: FONT, size, bold: true, color: "000000", language },
    paragraph: { spacing: { before: 240, after: AFTER_PARAGRAPH }, alignment: AlignmentType.LEFT },
  });
  // Word shows creator as Author and lastModifiedBy as "Senast sparad av"; without them it says "Un-named".
  const person = author === null ? "" : documentText(author).trim();
  return new Document({
    creator: person || "Sammanträde",
    lastModifiedBy: person || "Sammanträde",
    title: documentText(protokoll.title),
    subject: documentText(protokoll.groupName),
    description: "Protokollutkast skapat av Sammanträde",
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE, language }, paragraph: { spacing: { after: AFTER_PARAGRAPH } } },
        heading1: heading(32),
        heading2: heading(26),
      },
    },
    sections: [{ properties: {}, children: protokollParagraphs(protokoll) }],
  });
}

/** The protokoll as .docx bytes (works in the browser and in Node). */
export async function protokollToDocx(protokoll: Protokoll, author: string | null = null): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(protokollDocument(protokoll, author)));
}
