/**
 * The kallelse as simple HTML for the appointment body: p, h2, a, strong, br; every text escaped. Each agenda item is
 * its own paragraph with its number written out, so that the plain text mail clients make of it has a blank line
 * between items and the same numbers as the tab; each bilaga's link stands on its own line with itself as its text.
 */
import { escapeHtml, safeHref } from "./escape";
import type { LinkPolicy } from "./escape";
import type { Kallelse, KallelseAttachment, KallelseItem, KallelseLine } from "./model";

// Strip a leading "att" the secretariat may have typed; the renderer writes it once, bold, as the protokoll does.
const LEADING_ATT = /^att\s+/i;

/** A decision clause without its leading "att". */
export function clauseText(clause: string): string {
  return clause.replace(LEADING_ATT, "");
}

/** The link as an anchor whose text is its own address (plain text then shows it once), or null when not allowed. */
function linkHtml(url: string, policy: LinkPolicy): string | null {
  const href = safeHref(url, policy);
  // id="LPNoLP" keeps Outlook from replacing the link with a preview card (DESIGN §7a).
  return href === null ? null : `<a id="LPNoLP" href="${escapeHtml(href)}">${escapeHtml(href)}</a>`;
}

function lineHtml(line: KallelseLine | KallelseAttachment, policy: LinkPolicy): string {
  const text = escapeHtml("label" in line ? line.label : line.text);
  const link = line.url === null ? null : linkHtml(line.url, policy);
  return link === null ? text : `${text}<br>${link}`;
}

function itemHtml(item: KallelseItem, policy: LinkPolicy): string {
  const lines = [`${item.number}. <strong>${escapeHtml(item.title)}</strong>${item.kindNote ? ` ${escapeHtml(item.kindNote)}` : ""}`];
  if (item.presenter !== "") lines.push(`Föredragande: ${escapeHtml(item.presenter)}`);
  if (item.proposedDecisions.length > 0) {
    lines.push("Förslag till beslut:");
    for (const clause of item.proposedDecisions) lines.push(`<strong>att</strong> ${escapeHtml(clauseText(clause))}`);
  }
  for (const attachment of item.attachments) lines.push(lineHtml(attachment, policy));
  return `<p>${lines.join("<br>")}</p>`;
}

/** Renders the kallelse to HTML that survives Outlook's filtering: no scripts, styles or event attributes. */
export function renderKallelseHtml(kallelse: Kallelse, policy: LinkPolicy): string {
  const agenda = kallelse.items.length === 0 ? `<p>${escapeHtml(kallelse.emptyAgenda)}</p>` : kallelse.items.map((item) => itemHtml(item, policy)).join("");
  return [
    kallelse.issued === "" ? "" : `<p>${escapeHtml(kallelse.issued)}</p>`,
    `<h2>${escapeHtml(kallelse.heading)}</h2>`,
    `<p><strong>${escapeHtml(kallelse.subheading)}</strong></p>`,
    `<p>${escapeHtml(kallelse.when)}<br>${escapeHtml(kallelse.place)}</p>`,
    `<p><strong>Dagordning</strong></p>`,
    agenda,
    `<p><strong>${escapeHtml(kallelse.papersHeading)}</strong></p>`,
    ...kallelse.papers.map((line) => `<p>${lineHtml(line, policy)}</p>`),
    `<p><strong>${escapeHtml(kallelse.answerHeading)}</strong></p>`,
    ...kallelse.answer.map((line) => `<p>${escapeHtml(line)}</p>`),
  ].join("");
}
