/** The one link policy (tab, kallelse HTML and text, protokoll): a link is kept only on the group's SharePoint origin. */
import { stripHiddenControls } from "./hiddenControls";

// The URL travels on to parsers we do not control (Outlook's HTML filter, a mail client's linkifier, Office's
// openBrowserWindow, the system browser). A string that WHATWG and RFC 3986 parsers read differently
// ("https://tenant.sharepoint.com\@evil.example", tabs, line breaks, spaces, controls) is refused rather than
// normalised: Graph's webUrls are percent-encoded, so no real bilaga contains these characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern looks for
const AMBIGUOUS = /[\\\s\u0000-\u001F\u007F-\u009F]/;

// The authority as written. Parsers also accept "https:host/x", "%2e" inside a host and an explicit default port;
// others read those differently, so the written authority must be exactly the host the parser found.
const WRITTEN_AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The link normalised for an href when it points at the configured SharePoint origin, else null.
 *
 * Compared as a parsed origin (scheme, host lower-cased and IDN-encoded, port), never as a string prefix: so
 * "…sharepoint.com.evil.example", a Cyrillic look-alike (parsed to its xn-- form), another port, a trailing dot and
 * "https://sharepoint.com@evil.example" all differ. Credentials are refused even on the right host (a phishing
 * pattern, and never needed). An unparsable configured origin trusts nothing.
 */
export function trustedLink(url: string, sharePointOrigin: string): string | null {
  // Hidden bidi or zero-width characters, raw in a URL, only serve to make it read as something else.
  if (AMBIGUOUS.test(url) || stripHiddenControls(url) !== url) return null;
  const target = parse(url);
  const trusted = parse(sharePointOrigin);
  if (target === null || trusted === null) return null;
  if (target.protocol !== "https:" && target.protocol !== "http:") return null;
  if (target.username !== "" || target.password !== "") return null;
  if (WRITTEN_AUTHORITY.exec(url)?.[1]?.toLowerCase() !== target.host) return null;
  // An http(s) target never has the opaque origin "null", so a configured origin that is no web origin matches nothing.
  if (target.origin !== trusted.origin) return null;
  return target.href;
}

/** True when `url` may be linked or opened: see trustedLink. */
export function isTrustedLink(url: string, sharePointOrigin: string): boolean {
  return trustedLink(url, sharePointOrigin) !== null;
}
