/** Link policy: the tab opens only the configured tenant's SharePoint over https; the kallelse links only https. */
import fc from "fast-check";
import { safeHref } from "../../src/core/kallelse";
import { openInNewTab } from "../../src/hosts/shared/openLink";
import { isTrustedFileUrl } from "../../src/ui/trustedUrl";

const TENANT = "https://familjenhelsingborg.sharepoint.com";
const FILE = `${TENANT}/sites/kd/M%C3%B6teshandlingar/2024-04-19%20Kommundirekt%C3%B6rsm%C3%B6te/2%20Utkast.pdf`;

const HOSTILE: [string, string][] = [
  ["javascript:", "javascript:alert(document.domain)"],
  ["javascript: in capitals with a leading space", " JavaScript:alert(1)"],
  ["javascript: split by a tab", "java\tscript:alert(1)"],
  ["data: HTML", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
  ["vbscript:", "vbscript:msgbox(1)"],
  ["file:", "file:///C:/Windows/System32/calc.exe"],
  ["http: on the tenant in production", `http://familjenhelsingborg.sharepoint.com/sites/kd/x.pdf`],
  ["another tenant's SharePoint", "https://evil.sharepoint.com/sites/kd/x.pdf"],
  ["another host", "https://evil.example/x.pdf"],
  ["the tenant as userinfo before another host", `${TENANT}@evil.example/x.pdf`],
  ["credentials before the tenant", "https://evil.example@familjenhelsingborg.sharepoint.com/x.pdf"],
  ["user and password before the tenant", "https://a:b@familjenhelsingborg.sharepoint.com/x.pdf"],
  ["the tenant as a subdomain of another host", "https://familjenhelsingborg.sharepoint.com.evil.example/x.pdf"],
  ["another port", "https://familjenhelsingborg.sharepoint.com:8443/x.pdf"],
  ["a trailing dot", "https://familjenhelsingborg.sharepoint.com./x.pdf"],
  ["an IDN look-alike (Cyrillic о)", "https://familjenhelsingborg.sharepоint.com/x.pdf"],
  ["a punycode look-alike", "https://xn--familjenhelsingbrg-fwb.sharepoint.com/x.pdf"],
  ["a backslash before @", `${TENANT}\\@evil.example/x.pdf`],
  ["backslashes for slashes", "https:\\\\evil.example\\x.pdf"],
  ["protocol-relative", "//evil.example/x.pdf"],
  ["scheme without slashes", "https:evil.example/x.pdf"],
  ["a line break inside", `${TENANT}/x\n.pdf`],
  ["empty", ""],
];

describe("tab: isTrustedFileUrl (src/ui/trustedUrl.ts), the guard before every host.openLink", () => {
  it("opens the tenant's SharePoint files (percent-encoded as Graph returns them), any case of host", () => {
    expect(isTrustedFileUrl(FILE, TENANT)).toBe(true);
    expect(isTrustedFileUrl("https://FamiljenHelsingborg.SharePoint.com/sites/kd/x.pdf", TENANT)).toBe(true);
  });

  it.each(HOSTILE)("refuses %s", (_why, url) => {
    expect(isTrustedFileUrl(url, TENANT)).toBe(false);
  });

  it("allows http: only when the configured origin itself is http (the local demo tenant)", () => {
    expect(isTrustedFileUrl("http://localhost:3001/sites/kd/x.pdf", "http://localhost:3001")).toBe(true);
    expect(isTrustedFileUrl("http://localhost:3001/sites/kd/x.pdf", TENANT)).toBe(false);
    expect(isTrustedFileUrl(`${TENANT}/x.pdf`, "http://localhost:3001")).toBe(false);
  });

  it("whatever the string, a trusted URL parses to the tenant's origin over https without credentials", () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.string().map((s) => `${TENANT}${s}`), fc.string().map((s) => `${TENANT}/${s}`)), (url) => {
        if (!isTrustedFileUrl(url, TENANT)) return;
        const parsed = new URL(url);
        expect(parsed.origin).toBe(TENANT);
        expect(parsed.username + parsed.password).toBe("");
        expect(url).not.toMatch(/[\\\s]/);
      }),
      { numRuns: 1000, seed: 20240419 },
    );
  });
});

describe("kallelse: safeHref (src/core/kallelse/escape.ts)", () => {
  const policy = { sharePointOrigin: TENANT };

  it("writes https links normalised (a backslash becomes the slash every parser agrees on)", () => {
    expect(safeHref(FILE, policy)).toBe(FILE);
    expect(safeHref(`${TENANT}\\@evil.example`, policy)).toBe(`${TENANT}/@evil.example`);
  });

  // The kallelse may link https anywhere (issue 8), written in WHATWG-normalised form: these are links, not escapes.
  const httpsElsewhere = new Set([
    "another tenant's SharePoint", "another host", "the tenant as a subdomain of another host", "another port", "a trailing dot",
    "an IDN look-alike (Cyrillic о)", "a punycode look-alike", "a backslash before @", "backslashes for slashes", "scheme without slashes", "a line break inside",
  ]);

  it.each(HOSTILE.filter(([why]) => !httpsElsewhere.has(why)))(
    "writes no link for %s",
    (_why, url) => {
      expect(safeHref(url, policy)).toBeNull();
    },
  );

  it("never returns anything but https: (or the demo tenant's own origin)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom(...HOSTILE.map(([, u]) => u))), fc.constantFrom(TENANT, "http://localhost:3001"), (url, origin) => {
        const href = safeHref(url, { sharePointOrigin: origin });
        if (href === null) return;
        const parsed = new URL(href);
        expect(parsed.protocol === "https:" || parsed.origin === origin).toBe(true);
        expect(parsed.username + parsed.password).toBe("");
      }),
      { numRuns: 1000, seed: 20240419 },
    );
  });
});

describe("opening outside Teams", () => {
  it("opens a new tab with noopener, so the opened page cannot reach back into the tab", () => {
    const open = jest.fn();
    openInNewTab(FILE, { open });
    expect(open).toHaveBeenCalledWith(FILE, "_blank", "noopener");
  });
});
