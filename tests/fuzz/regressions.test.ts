/** Escapes and breakages the fuzz suite found, kept as plain examples so they can never come back unnoticed. */
import { JSDOM } from "jsdom";
import { buildKallelse, escapeHtml, renderKallelseHtml, renderKallelseText, wellFormed } from "../../src/core/kallelse";
import { buildProtokoll } from "../../src/core/protokoll";
import { documentText, protokollToDocx } from "../../src/services/documents/protokoll-docx";
import { isTrustedLink } from "../../src/core";
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from "docx";
import JSZip from "jszip";
import { mammothText } from "../documents/consumers";
import { externalTargets, isOnOrigin, leakForms } from "./origin";
import { agenda, input, item, POLICY } from "../unit/kallelse/fixtures";
import { meeting } from "../unit/protokoll/fixtures";

describe("fuzz regressions", () => {
  it("kallelse: two lone low surrogates (seed 20240419, case 133) no longer crash an HTML parser; each becomes U+FFFD", () => {
    // parse5 (inside jsdom and many mail pipelines) combined "\udfff\udfff" into code point 0x20FFFF and threw.
    const kallelse = buildKallelse(input({ agenda: agenda([item(1, { startTime: "\udfff\udfff", title: "Budget\ud800" })]) }));
    const html = renderKallelseHtml(kallelse, POLICY);
    const doc = new JSDOM(`<!DOCTYPE html><body>${html}`).window.document;
    expect(doc.body.textContent).toContain("\uFFFD\uFFFD Budget\uFFFD");
    expect(renderKallelseText(kallelse, POLICY)).toContain("1. \uFFFD\uFFFD Budget\uFFFD");
  });

  it("kallelse: well-formed pairs (emoji, flags) are kept as they are", () => {
    expect(escapeHtml("👩‍👩‍👧 🇸🇪 <b>")).toBe("👩‍👩‍👧 🇸🇪 &lt;b&gt;");
    expect(wellFormed("a\uD83D\uDC4Db\uDC4D\uD83D")).toBe("a\uD83D\uDC4Db\uFFFD\uFFFD");
  });

  it("protokoll .docx: a presenter of only U+0085 (NEL) leaves no control character for readers to split on", async () => {
    expect(documentText("Anna\u0085 Ek\u009F")).toBe("Anna Ek");
    const protokoll = buildProtokoll({
      meeting: meeting(),
      meetingNumber: 3,
      agenda: { items: [{ ...item(1, { title: "Budget\u0085 2025", presenter: "\u0085" }) }], unassignedFiles: [] },
      attendance: null,
      groupName: "Kommundirektörsgruppen",
    });
    const text = await mammothText(await protokollToDocx(protokoll));
    expect(text).toContain("1 Budget 2025");
    expect(text).not.toContain("\u0085");
  });

  it.each([
    ["backslash before @ (WHATWG: SharePoint, RFC 3986 parsers: evil.example)", "https://fh.sharepoint.com\\@evil.example"],
    ["credentials before the host", "https://evil.example@fh.sharepoint.com/x.pdf"],
    ["a tab inside the scheme", "ht\ttps://fh.sharepoint.com/x.pdf"],
    ["a line break in the path", "https://fh.sharepoint.com/x\n.pdf"],
  ])("tab links: %s is not trusted", (_why, url) => {
    expect(isTrustedLink(url, "https://fh.sharepoint.com")).toBe(false);
  });

  it.each([
    ["a punycode look-alike (seed 20240419, case 3)", "https://xn--fh-sharepint-xyz.com/x.pdf"],
    ["a look-alike suffix", "https://fh.sharepoint.com.evil.example/x.pdf"],
    ["another host over https", "https://evil.example/x.pdf"],
    ["the scheme without slashes", "https:fh.sharepoint.com/sites/kd/x.pdf"],
  ])("kallelse links: %s is neither linked nor written out (the checker used to accept any https)", (_why, url) => {
    const kallelse = buildKallelse(input({ agenda: agenda([item(1, { attachments: [{ number: 1, fileId: "f", name: "1 Budget.pdf", webUrl: url }] })]) }));
    expect(renderKallelseHtml(kallelse, POLICY)).not.toContain("<a ");
    expect(renderKallelseText(kallelse, POLICY)).not.toContain(url);
  });
});

describe("the fuzz checker's own link rule (tests/fuzz/origin.ts) can fail", () => {
  const origin = "https://fh.sharepoint.com";

  it("accepts the tenant's addresses and refuses every trick the generators make", () => {
    expect(isOnOrigin(`${origin}/sites/kd/x.pdf`, origin)).toBe(true);
    expect(isOnOrigin(`${origin}?a=1`, origin)).toBe(true);
    for (const url of [
      "https://fh.sharepoint.com.evil.example/x",
      "https://fh.sharepoint.com@evil.example/x",
      "https://sharepoint.com@evil.example",
      "https://evil@fh.sharepoint.com/x",
      "https://fh.sharepoint.com\\@evil.example",
      "https://fh.sharepoint.com:443/x",
      "https://fh.sharepoint.com./x",
      "https://fh.sharepоint.com/x",
      "http://fh.sharepoint.com/x",
      "https:fh.sharepoint.com/x",
      "https://fh.sharepoint.com/x\u202Efdp.exe",
    ]) {
      expect([url, isOnOrigin(url, origin)]).toEqual([url, false]);
    }
  });

  it("finds an external hyperlink in a .docx package", async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new ExternalHyperlink({ link: "https://evil.example/?a=1&b=2", children: [new TextRun("x")] })] })] }] });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
    const xml = (await Promise.all(Object.keys(zip.files).filter((n) => n.endsWith(".rels")).map((n) => zip.file(n)!.async("string")))).join("\n");
    expect(externalTargets(xml)).toEqual(["https://evil.example/?a=1&b=2"]);
    expect(leakForms(["https://evil.example/?a=1&b=2", `${origin}/x.pdf`], origin, [])).toEqual(["https://evil.example/?a=1&b=2"]);
    expect(leakForms(["//fh.sharepoint.com/x.pdf", `${origin}/x.pdf`], origin, [])).toEqual([]);
  });
});

