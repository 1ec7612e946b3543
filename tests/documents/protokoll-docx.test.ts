/** The writer's own guarantees, checked in the package and through real consumers. */
import { XMLValidator } from "fast-xml-parser";
import { buildProtokoll } from "../../src/core/protokoll";
import type { Protokoll } from "../../src/core/protokoll";
import { DOCUMENT_LANGUAGE, protokollToDocx } from "../../src/services/documents/protokoll-docx";
import { agenda, meeting, report } from "../unit/protokoll/fixtures";
import { libreOfficeText, mammothHtml, mammothText, packagePart, paragraphsOf, sofficePath } from "./consumers";

const base = (): Protokoll =>
  buildProtokoll({ meeting: meeting(), meetingNumber: 3, agenda: agenda(), attendance: report(), groupName: "Kommundirektörsgruppen i Familjen Helsingborg" });

describe("protokoll .docx", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await protokollToDocx(base());
  });

  it("is a Word package mammoth reads without complaint", async () => {
    expect(Buffer.from(bytes.subarray(0, 2)).toString("latin1")).toBe("PK");
    const { warnings } = await mammothHtml(bytes);
    // "Indrag" is the template's own paragraph style for the indented blocks; mammoth has no mapping for it.
    expect(warnings.filter((w) => !w.includes("'Indrag'"))).toEqual([]);
  });

  it("uses Word's heading styles: Heading 1 for the title, Heading 2 for each item (navigation pane)", async () => {
    const { html } = await mammothHtml(bytes);
    expect([...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1])).toEqual(["Protokoll nr 3 2018"]);
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual([
      "1 Uppföljning av workshop med kommunutredningen",
      "2 Inventering Kunskapsnätverk",
      "3 Processen kring ny verksamhetsplan",
      "Övriga frågor",
      "Mötet avslutas",
    ]);
    const documentXml = await packagePart(bytes, "word/document.xml");
    expect(documentXml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(1);
    expect(documentXml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(5);
  });

  it("sets Swedish on the style defaults, the heading styles and the runs", async () => {
    const styles = await packagePart(bytes, "word/styles.xml");
    const docDefaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
    expect(docDefaults).toContain(`<w:lang w:val="${DOCUMENT_LANGUAGE}"/>`);
    for (const id of ["Heading1", "Heading2"]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
      expect(style).toContain(`<w:lang w:val="sv-SE"/>`);
    }
    const documentXml = await packagePart(bytes, "word/document.xml");
    const runs = documentXml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    expect(runs.length).toBeGreaterThan(20);
    for (const r of runs) expect(r).toContain(`<w:lang w:val="sv-SE"/>`);
  });

  it("bolds every decision lead 'att', the last one too (the current style), and writes no block where nothing is to be decided", async () => {
    const { html } = await mammothHtml(bytes);
    expect(html).toContain("<p><strong>att</strong> uppdra åt Tomas Rikse att förbereda ett underlag.</p>");
    expect(html).toContain("<p><strong>att</strong> presidiet får del av underlaget.</p>");
    expect(html).not.toContain("samt att");
    expect(html).toContain("<h2>2 Inventering Kunskapsnätverk</h2><h2>3 Processen kring ny verksamhetsplan</h2>");
    const blank = await protokollToDocx(buildProtokoll({ meeting: meeting(), meetingNumber: 3, agenda: { ...agenda(), items: agenda().items.map((i) => ({ ...i, proposedDecisions: [] })) }, attendance: report(), groupName: "G" }));
    expect((await mammothHtml(blank)).html).toContain("<p><strong>Mötet beslutar</strong></p><p><strong>att</strong> </p><h2>2 Inventering");
  });

  it("lays nothing out with spaces: no runs of spaces, signature lines drawn by a tab leader", async () => {
    const documentXml = await packagePart(bytes, "word/document.xml");
    const texts = [...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? "");
    for (const t of texts) expect(t).not.toMatch(/ {2,}|\t|_{3,}/);
    expect(documentXml.match(/<w:tab w:val="left"[^>]*w:leader="underscore"[^>]*\/>/g)?.length).toBe(2);
  });

  it("stays well-formed and literal whatever the list data contains", async () => {
    const hostile = buildProtokoll({
      meeting: meeting({ location: "Sal <A> & \"B\"\u0000\u0007 ]]> 'C'" }),
      meetingNumber: 3,
      agenda: { ...agenda(), items: agenda().items.map((i, n) => (n === 0 ? { ...i, title: "<script>alert(1)</script>\u000B & \uD800", description: "a\u0001b\n<w:p/>" } : i)) },
      attendance: report(),
      groupName: "Grupp & <Co>",
    });
    const out = await protokollToDocx(hostile);
    for (const part of ["word/document.xml", "word/styles.xml", "docProps/core.xml"]) expect(XMLValidator.validate(await packagePart(out, part))).toBe(true);
    const text = await mammothText(out);
    expect(text).toContain("Plats och tid: Den 20 april 2018 08.30–12.05 på Sal <A> & \"B\" ]]> 'C'.");
    expect(text).toContain("1 <script>alert(1)</script> &");
    expect(text).toContain("ab");
    expect(text).toContain("<w:p/>");
    expect(text).toContain("Grupp & <Co>");
  });

  it("highlights the marked blanks for the secretariat", async () => {
    const out = await protokollToDocx(buildProtokoll({ meeting: meeting({ location: "" }), meetingNumber: null, agenda: agenda(), attendance: report(), groupName: "G" }));
    const documentXml = await packagePart(out, "word/document.xml");
    const highlighted = [...documentXml.matchAll(/<w:r><w:rPr>(?:(?!<\/w:r>)[\s\S])*?<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>)[\s\S])*?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map((m) => m[1]);
    expect(highlighted).toEqual(expect.arrayContaining(["[nr]", "[Ort]", "[plats]"]));
    expect(highlighted).toEqual(expect.arrayContaining(["[Preliminärt]", "[Ej svarat]"]));
    // Only the blank is marked, not the name before it.
    expect(highlighted.some((t) => t?.includes("Ulf Bengtsson"))).toBe(false);
  });

  it("reads the same in LibreOffice (where installed)", async () => {
    const soffice = sofficePath();
    if (soffice === null) {
      console.log("LibreOffice saknas: --convert-to txt hoppas över (mammoth har läst dokumentet).");
      return;
    }
    const lo = await libreOfficeText(bytes, soffice);
    expect(paragraphsOf(lo ?? "")).toEqual(paragraphsOf(await mammothText(bytes)));
  }, 180_000);
});
