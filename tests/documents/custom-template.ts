/**
 * A template as a secretariat might make it in Word, written by the test: the placeholders in another order, a logo
 * image, the ärenden in a table (one row per item) and the attendance as running text.
 */
import { PNG } from "pngjs";
import PizZip from "pizzip";
import { p, run, stylesXml, templatePackage } from "../../scripts/protokoll-templates/wordml";

function logoPng(): Buffer {
  const png = new PNG({ width: 60, height: 30 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([0, 92, 169, 255], i); // Familjen Helsingborg blue
  return PNG.sync.write(png);
}

const EMU = 9525; // English Metric Units per pixel at 96 dpi
const logo =
  `<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${120 * EMU}" cy="${60 * EMU}"/><wp:docPr id="1" name="Logotyp"/>` +
  `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
  `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
  `<pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
  `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${120 * EMU}" cy="${60 * EMU}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>` +
  `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

const cell = (content: string): string => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${p(run(content))}</w:tc>`;
const border = ["top", "left", "bottom", "right", "insideH", "insideV"].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join("");
const itemsTable =
  `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>${border}</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>` +
  `<w:tr>${cell("Nr")}${cell("Ärende")}${cell("Beslut")}</w:tr>` +
  `<w:tr>${cell("{#items}{number}")}${cell("{title}")}${cell("{#decisions}att {text} {/decisions}{outcomeLine}{/items}")}</w:tr></w:tbl>`;

/** The custom template's body, in document order, before the logo and table are spliced in. */
const body = [
  p(run("{groupName}", { bold: true })),
  logo,
  p(run("{title} · {longDate}")),
  p(run("Protokollförare: {secretaryEmail}")),
  itemsTable,
  p(run("Närvarande: {presentText}")),
  p(run("Anmält förhinder: {apologiesText}")),
  p(run("{#signatures}")),
  p(run("{role}: {name}")),
  p(run("{/signatures}")),
].join("");

/** A custom template's bytes, with `body` replaced when a test needs a broken one. */
export function customTemplate(bodyXml: string = body): Uint8Array {
  const zip = new PizZip(templatePackage({ title: "Vår mall", body: bodyXml, header: p(""), footer: p(""), styles: stylesXml({ font: "Arial", bodySize: 20, heading1Size: 28, heading2Size: 24, indent: 0 }) }));
  const document = zip.file("word/document.xml")?.asText() ?? "";
  zip.file("word/document.xml", document.replace("<w:document ", `<w:document xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" `));
  zip.file("word/media/logo.png", logoPng());
  const rels = zip.file("word/_rels/document.xml.rels")?.asText() ?? "";
  zip.file("word/_rels/document.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/></Relationships>`));
  const types = zip.file("[Content_Types].xml")?.asText() ?? "";
  zip.file("[Content_Types].xml", types.replace("<Default Extension=\"xml\"", `<Default Extension="png" ContentType="image/png"/><Default Extension="xml"`));
  return zip.generate({ type: "uint8array" });
}

/** A body with one placeholder misspelt, for the error test. */
export function bodyWith(paragraphText: string): string {
  return p(run("{title}")) + p(run(paragraphText));
}
