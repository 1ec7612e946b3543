/** Escaping and link policy for HTML that leaves the product (the kallelse in an e-mail body). */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for use in HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Which links may appear in a kallelse: https anywhere, or anything on the tenant's SharePoint origin. */
export interface LinkPolicy {
  /** e.g. "https://contoso.sharepoint.com" (the demo tenant's http origin in demo mode). */
  sharePointOrigin: string;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The URL normalised for an href when the policy allows it, else null (the caller renders text without a link). */
export function safeHref(url: string, policy: LinkPolicy): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  // Credentials in a link are a phishing pattern ("https://sharepoint.com@evil.example") and never needed here.
  if (parsed.username !== "" || parsed.password !== "") return null;
  const allowedOrigin = originOf(policy.sharePointOrigin);
  if (parsed.protocol === "https:" || (allowedOrigin !== null && parsed.origin === allowedOrigin)) return parsed.href;
  return null;
}
