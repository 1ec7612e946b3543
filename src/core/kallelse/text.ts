/** The kallelse as plain text: complete on its own for members who get only the e-mail (DESIGN §1). */
import { safeHref, wellFormed } from "./escape";
import type { LinkPolicy } from "./escape";
import { clauseText } from "./html";
import type { Kallelse, KallelseItem } from "./model";

const INDENT = "   ";

function itemText(item: KallelseItem, policy: LinkPolicy): string[] {
  const lines = [`${item.number}. ${item.title}${item.kindNote ? ` ${item.kindNote}` : ""}`];
  if (item.presenter !== "") lines.push(`${INDENT}Föredragande: ${item.presenter}`);
  if (item.proposedDecisions.length > 0) {
    lines.push(`${INDENT}Förslag till beslut:`);
    for (const clause of item.proposedDecisions) lines.push(`${INDENT}att ${clauseText(clause)}`);
  }
  for (const attachment of item.attachments) {
    const href = safeHref(attachment.url, policy);
    lines.push(href === null ? `${INDENT}${attachment.label}` : `${INDENT}${attachment.label}: ${href}`);
  }
  return lines;
}

/** Renders the kallelse as plain text, with each bilaga's address written out. */
export function renderKallelseText(kallelse: Kallelse, policy: LinkPolicy): string {
  const agenda = kallelse.items.length === 0 ? [kallelse.emptyAgenda] : kallelse.items.flatMap((item) => itemText(item, policy));
  return wellFormed([kallelse.heading, kallelse.subheading, "", kallelse.when, kallelse.place, "", "Dagordning", ...agenda, "", kallelse.closing].join("\n"));
}
