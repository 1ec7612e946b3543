/**
 * The kallelse as plain text: complete on its own for members who get only the e-mail (DESIGN §1), laid out as mail
 * clients show the HTML version: a blank line between paragraphs and items, each link on a line of its own.
 */
import { safeHref, wellFormed } from "./escape";
import type { LinkPolicy } from "./escape";
import { clauseText } from "./html";
import type { Kallelse, KallelseAttachment, KallelseItem, KallelseLine } from "./model";

function lineText(line: KallelseLine | KallelseAttachment, policy: LinkPolicy): string[] {
  const text = "label" in line ? line.label : line.text;
  const href = line.url === null ? null : safeHref(line.url, policy);
  return href === null ? [text] : [text, href];
}

function itemText(item: KallelseItem, policy: LinkPolicy): string[] {
  const lines = [`${item.number}. ${item.title}${item.kindNote ? ` ${item.kindNote}` : ""}`];
  if (item.presenter !== "") lines.push(`Föredragande: ${item.presenter}`);
  if (item.proposedDecisions.length > 0) {
    lines.push("Förslag till beslut:");
    for (const clause of item.proposedDecisions) lines.push(`att ${clauseText(clause)}`);
  }
  for (const attachment of item.attachments) lines.push(...lineText(attachment, policy));
  return lines;
}

/** The kallelse as paragraphs of lines (the PDF draws these; the text renderer joins them). */
export function kallelseParagraphs(kallelse: Kallelse, policy: LinkPolicy): string[][] {
  const agenda = kallelse.items.length === 0 ? [[kallelse.emptyAgenda]] : kallelse.items.map((item) => itemText(item, policy));
  return [
    ...(kallelse.issued === "" ? [] : [[kallelse.issued]]),
    [kallelse.heading, kallelse.subheading],
    [kallelse.when, kallelse.place],
    ["Dagordning"],
    ...agenda,
    [kallelse.papersHeading],
    ...kallelse.papers.map((line) => lineText(line, policy)),
    [kallelse.answerHeading],
    ...kallelse.answer.map((line) => [line]),
  ];
}

/** Renders the kallelse as plain text, with each bilaga's address on a line of its own. */
export function renderKallelseText(kallelse: Kallelse, policy: LinkPolicy): string {
  return wellFormed(
    kallelseParagraphs(kallelse, policy)
      .map((lines) => lines.join("\n"))
      .join("\n\n"),
  );
}
