/** Which links the UI may open: only files from the group's SharePoint (DESIGN §3, no arbitrary URLs from list data). */

/** True when `url` is an http(s) URL on the configured SharePoint origin. */
export function isTrustedFileUrl(url: string, sharePointOrigin: string): boolean {
  try {
    const target = new URL(url);
    const trusted = new URL(sharePointOrigin);
    if (target.protocol !== "https:" && target.protocol !== "http:") return false;
    return target.origin === trusted.origin;
  } catch {
    return false;
  }
}
