/** Link policy: one rule (src/core/links.ts) for the tab, the kallelse (HTML and text) and the protokoll's draft link. */
import fc from "fast-check";
import { isTrustedLink, trustedLink } from "../../src/core";
import { buildKallelse, renderKallelseHtml, renderKallelseText, safeHref } from "../../src/core/kallelse";
import { openInNewTab } from "../../src/hosts/shared/openLink";
import { agenda, input, item } from "../unit/kallelse/fixtures";

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
  ["sharepoint.com as userinfo", "https://sharepoint.com@evil.example/x.pdf"],
  ["credentials before the tenant", "https://evil.example@familjenhelsingborg.sharepoint.com/x.pdf"],
  ["user and password before the tenant", "https://a:b@familjenhelsingborg.sharepoint.com/x.pdf"],
  ["the tenant as a subdomain of another host", "https://familjenhelsingborg.sharepoint.com.evil.example/x.pdf"],
  ["another port", "https://familjenhelsingborg.sharepoint.com:8443/x.pdf"],
  ["the default port written out", "https://familjenhelsingborg.sharepoint.com:443/x.pdf"],
  ["a trailing dot", "https://familjenhelsingborg.sharepoint.com./x.pdf"],
  ["an IDN look-alike (Cyrillic о)", "https://familjenhelsingborg.sharepоint.com/x.pdf"],
  ["a punycode look-alike", "https://xn--familjenhelsingbrg-fwb.sharepoint.com/x.pdf"],
  ["a full-width dot in the host", "https://familjenhelsingborg\uFF0Esharepoint.com/x.pdf"],
  ["a percent-encoded dot in the host", "https://familjenhelsingborg%2esharepoint.com/x.pdf"],
  ["a backslash before @", `${TENANT}\\@evil.example/x.pdf`],
  ["backslashes for slashes", "https:\\\\evil.example\\x.pdf"],
  ["protocol-relative", "//evil.example/x.pdf"],
  ["scheme without slashes, another host", "https:evil.example/x.pdf"],
  ["scheme without slashes, the tenant", "https:familjenhelsingborg.sharepoint.com/x.pdf"],
  ["a line break inside", `${TENANT}/x\n.pdf`],
  ["a trailing space", `${FILE} `],
  ["a bidi override inside", `${TENANT}/x\u202Efdp.exe`],
  ["empty", ""],
];

describe("trustedLink / isTrustedLink (src/core/links.ts): the one link policy", () => {
  it("keeps the tenant's SharePoint files (percent-encoded as Graph returns them), any case of host", () => {
    expect(trustedLink(FILE, TENANT)).toBe(FILE);
    expect(trustedLink("https://FamiljenHelsingborg.SharePoint.com/sites/kd/x.pdf", TENANT)).toBe(`${TENANT}/sites/kd/x.pdf`);
    expect(isTrustedLink(FILE, `${TENANT}/`)).toBe(true);
  });

  it.each(HOSTILE)("refuses %s", (_why, url) => {
    expect(trustedLink(url, TENANT)).toBeNull();
    expect(isTrustedLink(url, TENANT)).toBe(false);
  });

  it("allows http: only when the configured origin itself is http (the local demo tenant)", () => {
    expect(isTrustedLink("http://localhost:3001/sites/kd/x.pdf", "http://localhost:3001")).toBe(true);
    expect(isTrustedLink("http://localhost:3001/sites/kd/x.pdf", TENANT)).toBe(false);
    expect(isTrustedLink("http://localhost:3002/sites/kd/x.pdf", "http://localhost:3001")).toBe(false);
    expect(isTrustedLink(`${TENANT}/x.pdf`, "http://localhost:3001")).toBe(false);
  });

  it("trusts nothing when the configured origin is missing or not a web origin", () => {
    for (const origin of ["", "not a url", "data:text/plain,x", "javascript:alert(1)"]) {
      expect(isTrustedLink(FILE, origin)).toBe(false);
      expect(isTrustedLink(origin, origin)).toBe(false);
    }
  });

  it("whatever the string, a trusted URL parses to the tenant's origin, as written, without credentials", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl(), fc.string(), fc.string().map((s) => `${TENANT}${s}`), fc.string().map((s) => `${TENANT}/${s}`), fc.constantFrom(...HOSTILE.map(([, u]) => u))),
        fc.constantFrom(TENANT, "http://localhost:3001"),
        (url, origin) => {
          const href = trustedLink(url, origin);
          if (href === null) return;
          const parsed = new URL(href);
          expect(parsed.origin).toBe(origin);
          expect(parsed.username + parsed.password).toBe("");
          expect(url.slice(0, origin.length).toLowerCase()).toBe(origin);
          expect(url.slice(origin.length)).toMatch(/^(?:$|[/?#])/);
          expect(url).not.toMatch(/[\\\s]/);
        },
      ),
      { numRuns: 2000, seed: 20240419 },
    );
  });
});

describe("kallelse: safeHref and the rendered kallelse use the same policy", () => {
  const policy = { sharePointOrigin: TENANT };

  it("links the tenant's files", () => {
    expect(safeHref(FILE, policy)).toBe(FILE);
  });

  it.each(HOSTILE)("writes neither a link nor an address for %s, in HTML or text", (_why, url) => {
    expect(safeHref(url, policy)).toBeNull();
    const kallelse = buildKallelse(
      input({ agenda: agenda([item(1, { attachments: [{ number: 1, fileId: "f", name: "1 Budget.pdf", webUrl: url }] })]) }),
    );
    const html = renderKallelseHtml(kallelse, policy);
    const text = renderKallelseText(kallelse, policy);
    expect(html).not.toContain("<a ");
    expect(html).toContain("Bilaga 1 – Budget");
    expect(text).toContain("Bilaga 1 – Budget");
    if (url.trim() !== "") expect(text).not.toContain(url.trim());
    expect(text).not.toMatch(/evil|xn--|:\/\/[^\s]*sharep/i);
  });
});

describe("opening outside Teams", () => {
  it("opens a new tab with noopener, so the opened page cannot reach back into the tab", () => {
    const open = jest.fn();
    openInNewTab(FILE, { open });
    expect(open).toHaveBeenCalledWith(FILE, "_blank", "noopener");
  });
});
