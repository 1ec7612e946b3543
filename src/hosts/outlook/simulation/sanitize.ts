/** Sanitises the simulated body for display: DOMPurify, and links that open in a new tab without an opener. */
import DOMPurify from "dompurify";
import { findKallelseBlocks, findTeamsJoinBlock, wellFormed } from "../../../core";

let hooked = false;

// DOMPurify keeps inline styles but does not read CSS: a style that loads or runs something (url(), expression(),
// a javascript: URL, bindings) is dropped; Outlook's and Teams' own colours and spacing have none of these.
const ACTIVE_CSS = /url\s*\(|expression\s*\(|javascript\s*:|vbscript\s*:|@import|behavior\s*:|-moz-binding/i;

function ensureHook(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook("afterSanitizeAttributes", (node) => {
    if (ACTIVE_CSS.test(node.getAttribute("style") ?? "")) node.removeAttribute("style");
    if (node.tagName === "A" && node.hasAttribute("href")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
  });
}

/**
 * The body cut where our kallelse block and Teams' join block begin and end. Each part is parsed on its own, so a
 * malformed construct in the organizer's text (an unclosed comment, `<title>`, `<select>`, `<xmp>`) cannot swallow the
 * kallelse or the join link after it, as one parse of the whole string would.
 */
export function bodySegments(html: string): string[] {
  const cuts = new Set<number>([0, html.length]);
  for (const block of findKallelseBlocks(html)) {
    cuts.add(block.start);
    cuts.add(block.end);
  }
  const teams = findTeamsJoinBlock(html);
  if (teams !== null) cuts.add(teams);
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(1).map((end, i) => html.slice(sorted[i], end)).filter((part) => part !== "");
}

function sanitizeSegment(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ["style", "form", "input", "button", "textarea", "select", "iframe", "object", "embed"],
    ADD_ATTR: ["target"],
  });
}

/** The body as a sanitised fragment: no scripts, no event attributes, no forms; the appointment body's styles stay inline. */
export function sanitizeBody(html: string): DocumentFragment {
  ensureHook();
  // Lone surrogates (possible in Graph's JSON as "\udfff") make some HTML parsers throw; U+FFFD is what a browser shows anyway.
  const parts = bodySegments(wellFormed(html)).map(sanitizeSegment);
  const [first, ...rest] = parts;
  if (first === undefined) return sanitizeSegment("");
  first.append(...rest);
  return first;
}
