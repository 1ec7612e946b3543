import { escapeHtml, safeHref, suggestSubject } from "../../../src/core/kallelse";

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    expect(escapeHtml("Åstorp – Örkelljunga")).toBe("Åstorp – Örkelljunga");
  });
});

describe("safeHref", () => {
  const policy = { sharePointOrigin: "http://localhost:3001" };
  it("allows only the configured SharePoint origin", () => {
    expect(safeHref("http://localhost:3001/sites/x.pdf", policy)).toBe("http://localhost:3001/sites/x.pdf");
    expect(safeHref("https://fh.sharepoint.com/a%20b.pdf", { sharePointOrigin: "https://fh.sharepoint.com" })).toBe("https://fh.sharepoint.com/a%20b.pdf");
  });
  it("refuses https elsewhere, other schemes, other http origins, credentials, white space and garbage", () => {
    expect(safeHref("https://fh.sharepoint.com/a%20b.pdf", policy)).toBeNull();
    expect(safeHref("https://fh.sharepoint.com/a b.pdf", { sharePointOrigin: "https://fh.sharepoint.com" })).toBeNull();
    expect(safeHref(" http://localhost:3001/sites/x.pdf ", policy)).toBeNull();
    expect(safeHref("http://localhost:3002/x", policy)).toBeNull();
    expect(safeHref("javascript:alert(1)", policy)).toBeNull();
    expect(safeHref("data:text/html,<script>", policy)).toBeNull();
    expect(safeHref("https://fh.sharepoint.com@evil.example/x", policy)).toBeNull();
    expect(safeHref("https://user:pw@fh.sharepoint.com/x", policy)).toBeNull();
    expect(safeHref("not a url", policy)).toBeNull();
    expect(safeHref("https://x.se/", { sharePointOrigin: "not a url" })).toBeNull();
    expect(safeHref("http://x.se/", { sharePointOrigin: "" })).toBeNull();
  });
});

describe("suggestSubject", () => {
  it("names the meeting in the group's style, by its Stockholm date", () => {
    expect(suggestSubject("2024-04-19T06:30:00Z")).toBe("Kommundirektörsmöte 19 april 2024");
    // 23.30 UTC on 31 December is already the new year in Stockholm.
    expect(suggestSubject("2024-12-31T23:30:00Z")).toBe("Kommundirektörsmöte 1 januari 2025");
  });
});
