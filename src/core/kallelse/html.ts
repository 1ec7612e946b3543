/** The kallelse as simple HTML for the appointment body: p, h2, ol/li, a, strong, br; every text escaped. */
import { escapeHtml, safeHref } from "./escape";
import type { LinkPolicy } from "./escape";
import type { Kallelse, KallelseAttachment, KallelseItem } from "./model";

// Strip a leading "att" the secretariat may have typed; the renderer writes it once, bold, as the protokoll does.
const LEADING_ATT = /^att\s+/i;

/** A decision clause without its leading "att". */
export function clauseText(clause: string): string {
  return clause.replace(LEADING_ATT, "");
}

function attachmentHtml(attachment: KallelseAttachment, policy: LinkPolicy): string {
  const href = safeHref(attachment.url, policy);
  const label = escapeHtml(attachment.label);
  // id="LPNoLP" keeps Outlook from replacing the link with a preview card (DESIGN §7a).
  return href === null ? label : `<a id="LPNoLP" href="${escapeHtml(href)}">${label}</a>`;
}

function itemHtml(item: KallelseItem, policy: LinkPolicy): string {
  const lines = [`<strong>${escapeHtml(item.title)}</strong>${item.kindNote ? ` ${escapeHtml(item.kindNote)}` : ""}`];
  if (item.presenter !== "") lines.push(`Föredragande: ${escapeHtml(item.presenter)}`);
  if (item.proposedDecisions.length > 0) {
    lines.push("Förslag till beslut:");
    for (const clause of item.proposedDecisions) lines.push(`<strong>att</strong> ${escapeHtml(clauseText(clause))}`);
  }
  for (const attachment of item.attachments) lines.push(attachmentHtml(attachment, policy));
  return `<li>${lines.join("<br>")}</li>`;
}

/** Renders the kallelse to HTML that survives Outlook's filtering: no scripts, styles or event attributes. */
export function renderKallelseHtml(kallelse: Kallelse, policy: LinkPolicy): string {
  const agenda =
    kallelse.items.length === 0
      ? `<p>${escapeHtml(kallelse.emptyAgenda)}</p>`
      : `<ol>${kallelse.items.map((item) => itemHtml(item, policy)).join("")}</ol>`;
  return [
    `<h2>${escapeHtml(kallelse.heading)}</h2>`,
    `<p><strong>${escapeHtml(kallelse.subheading)}</strong></p>`,
    `<p>${escapeHtml(kallelse.when)}<br>${escapeHtml(kallelse.place)}</p>`,
    `<p><strong>Dagordning</strong></p>`,
    agenda,
    `<p>${escapeHtml(kallelse.closing)}</p>`,
  ].join("");
}
