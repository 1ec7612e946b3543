/** The protokoll's ärenden from the agenda (DESIGN §5 point 4). */
import { attachmentTitle } from "../agenda";
import type { AgendaItem } from "../types";
import type { DecisionClause, ProtokollItem } from "./model";
import { paragraphs, singleLine } from "./text";

// People type the clause with or without its lead; the protokoll writes the lead itself, in bold.
// The seeds' bold "**att**" may be pasted in as typed Markdown.
const LEAD = /^(?:\*\*)?(?:samt\s+)?att(?:\*\*)?(?:\s+|$)/i;

/** A proposed clause without a typed "att"/"samt att" lead. */
export function clauseText(proposal: string): string {
  return singleLine(proposal).replace(LEAD, "").trim();
}

/** "att …" clauses, the last of several led by "samt att" as in the seeds; none gives one blank "att" to fill. */
export function decisionClauses(proposals: readonly string[]): DecisionClause[] {
  const texts = proposals.map(clauseText).filter((text) => text !== "");
  if (texts.length === 0) return [{ lead: "att", text: "" }];
  return texts.map((text, index) => ({ lead: index > 0 && index === texts.length - 1 ? "samt att" : "att", text }));
}

/** "Underlag: Bilaga 3 – Utkast till förfrågningsunderlag" with the bilaga's number from buildAgenda. */
export function underlagLine(number: number, fileName: string): string {
  return `Underlag: Bilaga ${number} – ${singleLine(attachmentTitle(fileName))}`;
}

/** One agenda item as a protokoll section. */
export function protokollItem(item: AgendaItem): ProtokollItem {
  const title = singleLine(item.title) || "[Rubrik saknas]";
  const presenter = singleLine(item.presenter);
  return {
    number: item.number,
    heading: `${item.number}. ${title}`,
    paragraphs: paragraphs(item.description),
    presenterLine: presenter === "" ? null : `Föredragande: ${presenter}`,
    underlagLines: item.attachments.map((a) => underlagLine(a.number, a.name)),
    decisionLabel: "Mötet beslutar",
    decisions: decisionClauses(item.proposedDecisions),
  };
}
