/**
 * Renders the protokoll through a Word template with docxtemplater: the layout is the template's (the group's own,
 * or a built-in one), the content is the model's. Template mistakes become ProtokollTemplateError, never a stack trace.
 */
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import { documentText } from "../../../core";
import type { Protokoll, TemplateProblem } from "../../../core";
import { builtinTemplate } from "./builtin";
import type { ProtokollTemplate } from "./builtin";
import { highlightBlanks } from "./highlight-blanks";
import { protokollTemplateData } from "./template-data";
import { ProtokollTemplateError, templateProblems } from "./template-error";

/** How to render: which template, draft or final (the UTKAST marking), and who made it (Word's Author). */
export interface RenderOptions {
  /** Defaults to the built-in standard template. */
  template?: ProtokollTemplate | null;
  /** True for the final protokoll: no UTKAST marking. */
  final: boolean;
  /** The signed-in user, shown by Word as Author and "Senast sparad av"; null leaves "Sammanträde". */
  author: string | null;
}

const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Sets one core property, adding it when the template's core.xml lacks it. */
function setCoreProperty(xml: string, element: string, value: string): string {
  const pattern = new RegExp(`<${element}(?: [^>]*)?>[\\s\\S]*?</${element}>|<${element}(?: [^>]*)?/>`);
  const written = `<${element}>${escapeXml(value)}</${element}>`;
  return pattern.test(xml) ? xml.replace(pattern, written) : xml.replace(/<\/cp:coreProperties>/, `${written}</cp:coreProperties>`);
}

function stampCoreProperties(zip: PizZip, protokoll: Protokoll, author: string | null): void {
  const core = zip.file("docProps/core.xml");
  if (core === null) return; // a template without document properties keeps having none
  const person = author === null ? "" : documentText(author).trim();
  let xml = core.asText();
  xml = setCoreProperty(xml, "dc:creator", person || "Sammanträde");
  xml = setCoreProperty(xml, "cp:lastModifiedBy", person || "Sammanträde");
  xml = setCoreProperty(xml, "dc:title", documentText(protokoll.title));
  zip.file("docProps/core.xml", xml);
}

function open(template: ProtokollTemplate): PizZip {
  try {
    const zip = new PizZip(template.bytes);
    if (zip.file("word/document.xml") === null) throw new Error("word/document.xml saknas");
    return zip;
  } catch {
    throw new ProtokollTemplateError([{ kind: "notDocx", template: template.name, tag: "" }]);
  }
}

/** The protokoll as .docx bytes through the template (works in the browser and in Node). */
export function renderProtokollDocx(protokoll: Protokoll, options: RenderOptions): Uint8Array {
  const template = options.template ?? builtinTemplate("standard");
  const zip = open(template);
  const unknown: TemplateProblem[] = [];
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      // Our data has a value for every placeholder we document; anything that resolves to nothing is a misspelling.
      nullGetter: (part: { value?: string; module?: string }) => {
        const name = `${part.module === "loop" ? "#" : ""}${part.value ?? ""}`;
        if (!unknown.some((p) => p.tag === name)) unknown.push({ kind: "unknownField", template: template.name, tag: name });
        return "";
      },
    });
    doc.render(protokollTemplateData(protokoll, { final: options.final }));
  } catch (error) {
    const problems = templateProblems(error, template.name);
    if (problems === null) throw error;
    throw new ProtokollTemplateError(problems);
  }
  if (unknown.length > 0) throw new ProtokollTemplateError(unknown);
  const out = doc.getZip();
  for (const name of Object.keys(out.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n))) {
    out.file(name, highlightBlanks(out.file(name)?.asText() ?? ""));
  }
  stampCoreProperties(out, protokoll, options.author);
  return out.generate({ type: "uint8array", compression: "DEFLATE" });
}
