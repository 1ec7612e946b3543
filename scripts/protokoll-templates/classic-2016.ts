/**
 * The 2016–2018 template: "Kommundirektörsgruppens protokoll 9/2016", "Tid/Plats: 161028 kl. 08.30-12.20, …",
 * attendance as running text, "1. Title", "Beslut:" and "att … samt att …" (the seeds of that time). It proves that
 * the layout is the template's, not the product's.
 */
import { field, p, run, stylesXml, tag, tab, templatePackage } from "./wordml";

const bold = { bold: true };

const body = [
  p(run("Kommundirektörsgruppens protokoll {number}/{year}"), { style: "Heading1" }),
  p(run("Tid/Plats: {compactDate} kl. {timeHyphen}, {location}.")),
  tag("#attendance"),
  p(run("{label} {text}")),
  tag("/attendance"),
  p(run("Ärenden och beredning", bold), { before: 240 }),
  tag("#items"),
  p(run("{number}. {title}"), { style: "Heading2" }),
  tag("#paragraphs"),
  p(run("{text}")),
  tag("/paragraphs"),
  tag("#hasOutcome"),
  p(run("{outcomeLine}")),
  tag("/hasOutcome"),
  tag("#hasDecisions"),
  p(run("Beslut:"), { keepNext: true }),
  tag("#decisions"),
  p(run("{#last}samt {/last}att {text}")),
  tag("/decisions"),
  tag("/hasDecisions"),
  tag("#assignments"),
  p(run("{text}")),
  tag("/assignments"),
  tag("/items"),
  tag("#otherAssignments"),
  p(run("{text}")),
  tag("/otherAssignments"),
  tag("#signatures"),
  p(tab(), { keepNext: true, before: 720, leaderTab: 4536 }),
  p(run("{name}"), { keepNext: true }),
  p(run("{role}")),
  tag("/signatures"),
].join("");

const header = p(run("{#draft}UTKAST{/draft}", bold), { style: "Header", align: "right" });
const footer = p(field("PAGE") + run(" (") + field("NUMPAGES") + run(")"), { style: "Footer", align: "right" });

/** The 2016–2018 template's .docx bytes. */
export function classic2016Template(): Uint8Array {
  return templatePackage({
    title: "Protokollmall 2016–2018",
    body,
    header,
    footer,
    styles: stylesXml({ font: "Times New Roman", bodySize: 24, heading1Size: 28, heading2Size: 24, indent: 0 }),
  });
}
