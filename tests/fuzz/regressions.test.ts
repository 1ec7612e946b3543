/** Escapes and breakages the fuzz suite found, kept as plain examples so they can never come back unnoticed. */
import { JSDOM } from "jsdom";
import { buildKallelse, escapeHtml, renderKallelseHtml, renderKallelseText, wellFormed } from "../../src/core/kallelse";
import { buildProtokoll } from "../../src/core/protokoll";
import { documentText, protokollToDocx } from "../../src/services/documents/protokoll-docx";
import { isTrustedLink } from "../../src/core";
import { mammothText } from "../documents/consumers";
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
    expect(text).toContain("1. Budget 2025");
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
});
