/** Which links the UI may open: only files from the group's SharePoint (DESIGN §3, no arbitrary URLs from list data). */

// The host hands the URL on to other parsers (Office's openBrowserWindow, the system browser). A string that WHATWG
// and RFC 3986 parsers read differently ("https://tenant.sharepoint.com\@evil.example", tabs, line breaks, spaces)
// is refused rather than normalised; Graph's webUrls are already percent-encoded, so no real bilaga has these.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern looks for
const AMBIGUOUS = /[\\\s\u0000-\u001F\u007F]/;

/** True when `url` is an http(s) URL on the configured SharePoint origin, without credentials or ambiguous characters. */
export function isTrustedFileUrl(url: string, sharePointOrigin: string): boolean {
  if (AMBIGUOUS.test(url)) return false;
  try {
    const target = new URL(url);
    const trusted = new URL(sharePointOrigin);
    if (target.protocol !== "https:" && target.protocol !== "http:") return false;
    // "https://evil@tenant.sharepoint.com" reaches SharePoint but shows a phishing pattern, and the kallelse refuses it too.
    if (target.username !== "" || target.password !== "") return false;
    return target.origin === trusted.origin;
  } catch {
    return false;
  }
}
