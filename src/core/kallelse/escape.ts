/** Escaping and link policy for HTML that leaves the product (the kallelse in an e-mail body). */
import { trustedLink } from "../links";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

// A lone surrogate is no character: HTML parsers report it as an error (parse5, inside jsdom and many mail
// pipelines, throws on two low surrogates in a row) and mail encoders replace it anyway, so the kallelse does it first.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with each unpaired surrogate replaced by U+FFFD, so it is well-formed Unicode for any parser or encoder. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/** Escapes text for use in HTML element content and double-quoted attribute values (and makes it well-formed). */
export function escapeHtml(text: string): string {
  return wellFormed(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Which links may appear in a kallelse: only the tenant's SharePoint origin (the one policy in core/links.ts). */
export interface LinkPolicy {
  /** e.g. "https://contoso.sharepoint.com" (the demo tenant's http origin in demo mode). */
  sharePointOrigin: string;
}

/** The URL normalised for an href when the policy allows it, else null (the caller renders text without a link). */
export function safeHref(url: string, policy: LinkPolicy): string | null {
  // The kallelse goes to eleven municipalities: a foreign or look-alike host must not ride on the group's name.
  return trustedLink(url, policy.sharePointOrigin);
}
