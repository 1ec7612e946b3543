/**
 * Raw WordprocessingML for the built-in protokoll templates: every part written by hand, so that each placeholder sits
 * whole in one run (docxtemplater reads it) and the package is the same bytes on every run of the script.
 */
import PizZip from "pizzip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const LANGUAGE = "sv-SE";
// A fixed time stamp for every zip entry: the committed templates are then reproducible byte for byte.
const ZIP_DATE = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));

/** XML-escaped text. */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Run formatting. */
export interface RunStyle {
  bold?: boolean;
  size?: number;
  color?: string;
}

/** One run of text, always in Swedish (spelling and hyphenation). */
export function run(text: string, style: RunStyle = {}): string {
  const props = [style.bold ? "<w:b/>" : "", style.color ? `<w:color w:val="${style.color}"/>` : "", style.size ? `<w:sz w:val="${style.size}"/>` : "", `<w:lang w:val="${LANGUAGE}"/>`].join("");
  return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

/** A tab (for the signature line drawn by a tab leader). */
export function tab(): string {
  return `<w:r><w:rPr><w:lang w:val="${LANGUAGE}"/></w:rPr><w:tab/></w:r>`;
}

/** Paragraph formatting. */
export interface ParagraphStyle {
  style?: string;
  keepNext?: boolean;
  align?: "left" | "center" | "right";
  before?: number;
  /** A right tab stop with an underscore leader at this position (twips): the signature line. */
  leaderTab?: number;
}

/** One paragraph. */
export function p(runs: string, style: ParagraphStyle = {}): string {
  const props = [
    style.style ? `<w:pStyle w:val="${style.style}"/>` : "",
    style.keepNext ? "<w:keepNext/>" : "",
    style.leaderTab ? `<w:tabs><w:tab w:val="left" w:leader="underscore" w:pos="${style.leaderTab}"/></w:tabs>` : "",
    style.before !== undefined ? `<w:spacing w:before="${style.before}"/>` : "",
    style.align ? `<w:jc w:val="${style.align}"/>` : "",
  ].join("");
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}${runs}</w:p>`;
}

/** A paragraph holding only a loop or condition tag: docxtemplater's paragraphLoop removes it from the output. */
export function tag(name: string): string {
  return p(run(`{${name}}`));
}

/** A borderless table of equal columns, one row: the row is repeated by a loop opened in its first cell and closed in its last. */
export function table(cells: string[], widthTwips: number): string {
  const column = Math.floor(widthTwips / cells.length);
  const none = ["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => `<w:${side} w:val="nil"/>`).join("");
  return [
    `<w:tbl><w:tblPr><w:tblW w:w="${column * cells.length}" w:type="dxa"/><w:tblBorders>${none}</w:tblBorders><w:tblLayout w:type="fixed"/>`,
    `<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>`,
    `<w:tblGrid>${cells.map(() => `<w:gridCol w:w="${column}"/>`).join("")}</w:tblGrid>`,
    `<w:tr>${cells.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="${column}" w:type="dxa"/></w:tcPr>${cell}</w:tc>`).join("")}</w:tr></w:tbl>`,
  ].join("");
}

/** A field Word and LibreOffice compute when laid out (PAGE, NUMPAGES); "1" until then. */
export function field(instruction: string, style: RunStyle = {}): string {
  return `<w:fldSimple w:instr=" ${instruction} ">${run("1", style)}</w:fldSimple>`;
}

/** The styles: Swedish Calibri 11 pt, Heading 1 and 2 in the navigation pane, and "Indrag" for the indented blocks. */
export function stylesXml(options: { font: string; bodySize: number; heading1Size: number; heading2Size: number; indent: number }): string {
  const heading = (id: string, name: string, level: number, size: number) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${level}"/></w:pPr>` +
    `<w:rPr><w:b/><w:color w:val="000000"/><w:sz w:val="${size}"/><w:lang w:val="${LANGUAGE}"/></w:rPr></w:style>`;
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<w:styles xmlns:w="${W}">`,
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${options.font}" w:hAnsi="${options.font}" w:cs="${options.font}"/><w:sz w:val="${options.bodySize}"/><w:lang w:val="${LANGUAGE}"/></w:rPr></w:rPrDefault>`,
    `<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>`,
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`,
    heading("Heading1", "heading 1", 0, options.heading1Size),
    heading("Heading2", "heading 2", 1, options.heading2Size),
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Indrag"><w:name w:val="Indrag"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="${options.indent}"/></w:pPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr></w:style>`,
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
    `</w:styles>`,
  ].join("");
}

/** What a template package is made of. */
export interface TemplateParts {
  title: string;
  body: string;
  header: string;
  footer: string;
  styles: string;
}

const wrap = (root: string, content: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} xmlns:w="${W}" xmlns:r="${R}">${content}</w:${root}>`;

/** The .docx package of a template (A4, 2.5 cm margins, header and footer on every page). */
export function templatePackage(parts: TemplateParts): Uint8Array {
  const section =
    `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>` +
    `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`;
  const files: Record<string, string> = {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
      `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    "_rels/.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    "word/_rels/document.xml.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      `<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
      `<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`,
    "word/document.xml": wrap("document", `<w:body>${parts.body}${section}</w:body>`),
    "word/styles.xml": parts.styles,
    "word/header1.xml": wrap("hdr", parts.header),
    "word/footer1.xml": wrap("ftr", parts.footer),
    "docProps/core.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>${esc(parts.title)}</dc:title><dc:creator>Sammanträde</dc:creator><cp:lastModifiedBy>Sammanträde</cp:lastModifiedBy>` +
      `<dc:language>${LANGUAGE}</dc:language></cp:coreProperties>`,
    "docProps/app.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Sammanträde</Application></Properties>`,
  };
  const zip = new PizZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content, { date: ZIP_DATE, createFolders: false });
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}
