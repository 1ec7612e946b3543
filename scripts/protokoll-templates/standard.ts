/**
 * The default template: the group's current format (the 2022 protocols and issue 14): the heading, "Helsingborg
 * 2026-12-11 <mail>", närvaro in two columns (a table, one person per cell), "2 Title" in Heading 2, indented blocks
 * ending with full stops, a decision block only where there is something to decide, "Sida 1 av 3" in the footer and
 * "UTKAST" in the header while a draft.
 */
import { field, p, run, stylesXml, table, tag, tab, templatePackage } from "./wordml";

const TEXT_WIDTH = 9072; // A4 less 2.5 cm margins, in twips
const INDENT = 567; // 1 cm
const SIGNATURE_LINE = 4536; // 8 cm
const bold = { bold: true };

/** A labelled list, one person a paragraph below the label ("Anmält förhinder:" on its own line, as in the seeds). */
function list(label: string, loop: string, condition?: string): string[] {
  const inner = [p(run(label, bold), { keepNext: true }), tag(`#${loop}`), p(run("{person}"), { style: "Indrag" }), tag(`/${loop}`)];
  return condition === undefined ? inner : [tag(`#${condition}`), ...inner, tag(`/${condition}`)];
}

const body = [
  p(run("{title}"), { style: "Heading1" }),
  p(run("{groupName}", { bold: true, size: 26 })),
  p(run("{placeAndDate}")),
  p(run("{placeAndTimeLabel}", bold) + run(" {placeAndTimeText}")),
  p(run("Närvarande:", bold), { keepNext: true }),
  table([p(run("{#presentRows}{left}")), p(run("{right}{/presentRows}"))], TEXT_WIDTH),
  ...list("Anmält förhinder:", "apologies"),
  ...list("Frånvarande:", "absent", "hasAbsent"),
  ...list("Inbjudna gäster:", "guests", "hasGuests"),
  ...list("Att stämma av före justering:", "pending", "hasPending"),
  tag("#items"),
  p(run("{heading}"), { style: "Heading2" }),
  tag("#paragraphs"),
  p(run("{text}")),
  tag("/paragraphs"),
  tag("#hasPresenter"),
  p(run("{presenterLine}"), { style: "Indrag" }),
  tag("/hasPresenter"),
  tag("#underlag"),
  p(run("{text}"), { style: "Indrag" }),
  tag("/underlag"),
  tag("#hasOutcome"),
  p(run("{outcomeLine}"), { style: "Indrag" }),
  tag("/hasOutcome"),
  tag("#hasDecisions"),
  p(run("{decisionLabel}", bold), { style: "Indrag", keepNext: true, before: 120 }),
  tag("#decisions"),
  p(run("att", bold) + run(" {text}"), { style: "Indrag" }),
  tag("/decisions"),
  tag("/hasDecisions"),
  tag("#assignments"),
  p(run("{text}"), { style: "Indrag" }),
  tag("/assignments"),
  tag("/items"),
  tag("#hasOtherAssignments"),
  p(run("Uppdrag"), { style: "Heading2" }),
  tag("#otherAssignments"),
  p(run("{text}"), { style: "Indrag" }),
  tag("/otherAssignments"),
  tag("/hasOtherAssignments"),
  tag("#closing"),
  p(run("{heading}"), { style: "Heading2" }),
  p(""),
  tag("/closing"),
  tag("#signatures"),
  p(tab(), { keepNext: true, before: 720, leaderTab: SIGNATURE_LINE }),
  p(run("{name}"), { keepNext: true }),
  p(run("{role}")),
  tag("/signatures"),
].join("");

const header = p(run("{#draft}UTKAST{/draft}", { bold: true, color: "C00000" }), { style: "Header", align: "right" });
const footer = p(run("Sida ") + field("PAGE") + run(" av ") + field("NUMPAGES"), { style: "Footer", align: "center" });

/** The default template's .docx bytes. */
export function standardTemplate(): Uint8Array {
  return templatePackage({
    title: "Protokollmall (standard)",
    body,
    header,
    footer,
    styles: stylesXml({ font: "Calibri", bodySize: 22, heading1Size: 32, heading2Size: 26, indent: INDENT }),
  });
}
