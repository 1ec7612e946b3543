/** Sanitises the simulated body for display: DOMPurify, and links that open in a new tab without an opener. */
import DOMPurify from "dompurify";

let hooked = false;

function ensureHook(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName === "A" && node.hasAttribute("href")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
  });
}

/** The body as a sanitised fragment: no scripts, no event attributes, no forms; the appointment body's styles stay inline. */
export function sanitizeBody(html: string): DocumentFragment {
  ensureHook();
  return DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ["style", "form", "input", "button", "textarea", "select", "iframe", "object", "embed"],
    ADD_ATTR: ["target"],
  });
}
