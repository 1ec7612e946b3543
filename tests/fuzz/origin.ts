/**
 * The fuzz checker's own judgement of a link, written independently of src/core/links.ts so the suite does not trust
 * the code it tests: a link is acceptable only on the configured origin, compared both as written and as parsed.
 */

// White space, backslashes, C0/C1 controls, bidi and zero-width characters: none is in a real Graph webUrl.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern looks for
const SUSPICIOUS = /[\s\\\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

/** True when `href` points at `origin` (scheme, host, port): written as the origin followed by a path, query or fragment, and parsed to it, without credentials. */
export function isOnOrigin(href: string, origin: string): boolean {
  if (SUSPICIOUS.test(href)) return false;
  const written = href.slice(0, origin.length).toLowerCase();
  const rest = href.slice(origin.length);
  if (written !== origin.toLowerCase() || !/^(?:$|[/?#])/.test(rest)) return false;
  let parsed: URL;
  try {
    parsed = new URL(href);
  } catch {
    return false;
  }
  return parsed.origin === origin && parsed.username === "" && parsed.password === "";
}

/**
 * The strings by which a refused bilaga address could leak into a document: each refused address as given and as a
 * URL parser normalises it. Strings that another input field or an accepted address holds anyway are left out (the
 * document shows those legitimately: "//tenant" is part of "https://tenant").
 */
export function leakForms(urls: readonly string[], origin: string, otherTexts: readonly string[]): string[] {
  const accepted = urls.filter((url) => isOnOrigin(url, origin)).flatMap((url) => [url, new URL(url).href]);
  const legitimate = [...otherTexts, ...accepted];
  const forms = new Set<string>();
  for (const url of urls) {
    if (isOnOrigin(url, origin)) continue;
    forms.add(url.trim());
    try {
      forms.add(new URL(url.trim()).href);
    } catch {
      // Not a URL to anyone: only the raw form can leak.
    }
  }
  // Short strings ("", "x", "https:") occur by chance in any text; a leak worth the name carries a host. A form that is
  // itself on the origin ("https:///tenant" parses to "https://tenant/") goes nowhere else.
  return [...forms].filter((form) => form.length >= 12 && form.includes(".") && !isOnOrigin(form, origin) && !legitimate.some((text) => text.includes(form)));
}

const unescapeXml = (v: string): string => v.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The targets of every external relationship in an OOXML package's parts (hyperlinks, linked images), unescaped. */
export function externalTargets(xml: string): string[] {
  const targets: string[] = [];
  for (const [relationship] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/\bTargetMode="External"/.test(relationship)) continue;
    targets.push(unescapeXml(/\bTarget="([^"]*)"/.exec(relationship)?.[1] ?? ""));
  }
  return targets;
}
