import { buildKallelse, renderKallelseHtml, renderKallelseText } from "../../../src/core/kallelse";
import { POLICY, agenda, input, item } from "./fixtures";

const HOSTILE = "<img src=x onerror=alert(1)>";
const ALLOWED_TAGS = new Set(["p", "h2", "a", "strong", "br"]);

function tagsOf(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => (m[1] as string).toLowerCase());
}

function textOf(html: string): string {
  return html
    .replace(/<br>/g, "\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("buildKallelse", () => {
  it("writes the heading, number and year, Swedish time and place", () => {
    const k = buildKallelse(input());
    expect(k.heading).toBe("Kommundirektörsgruppen i Familjen Helsingborg");
    expect(k.subheading).toBe("Kallelse till möte 4/2024");
    expect(k.when).toBe("Tid: fredag 19 april 2024 kl. 08.30–11.30");
    expect(k.place).toBe("Plats: Mindpark, Helsingborg eller via Microsoft Teams (länk nedan)");
    expect(k.answer[1]).toBe("Anmäl förhinder genom att tacka nej till inbjudan eller meddela Elin Sjöberg, elin.sjoberg@familjenhelsingborg.se.");
  });

  it("carries the date and place of issue in the meeting's zone, and says nothing of it when not given", () => {
    // 23.30 UTC on 3 December is already 4 December in Helsingborg.
    expect(buildKallelse(input({ issued: { place: "Helsingborg", atUtc: "2026-12-03T23:30:00Z" } })).issued).toBe("Helsingborg 4 december 2026");
    expect(buildKallelse(input()).issued).toBe("");
  });

  it("says how to answer, from another organisation's calendar too, and where the papers are", () => {
    const k = buildKallelse(input({ papers: { folderUrl: "https://fh.sharepoint.com/:f:/s/kd/F", handlingarPdfUrl: "https://fh.sharepoint.com/:b:/s/kd/P" } }));
    expect(k.answer[0]).toMatch(/Acceptera eller Avböj.*egen organisations kalender/);
    expect(k.papers.map((line) => line.url)).toEqual([null, "https://fh.sharepoint.com/:b:/s/kd/P", "https://fh.sharepoint.com/:f:/s/kd/F", null]);
    expect(k.papers.at(-1)?.text).toContain("kontakta Elin Sjöberg");
  });

  it("uses a bilaga's short link when there is one, its webUrl otherwise", () => {
    const k = buildKallelse(input({ shortLinks: new Map([["f1", "https://fh.sharepoint.com/:b:/s/kd/Short1"]]) }));
    expect(k.items[1]?.attachments.map((a) => a.url)).toEqual([
      "https://fh.sharepoint.com/:b:/s/kd/Short1",
      "https://fh.sharepoint.com/sites/kd/M%C3%B6teshandlingar/2-Tidplan.docx",
    ]);
  });

  it("numbers bilagor as the agenda does and names them without prefix and extension", () => {
    const k = buildKallelse(input());
    expect(k.items[1]?.attachments.map((a) => a.label)).toEqual(["Bilaga 1 – Utkast till förfrågningsunderlag", "Bilaga 2 – Tidplan"]);
    expect(k.items[0]?.title).toBe("08.30 Mötets öppnande");
    expect(k.items[0]?.kindNote).toBe("(information)");
    expect(k.items[2]?.kindNote).toBe("(diskussion)");
    expect(k.items[1]?.kindNote).toBe("");
  });

  it("handles an unknown meeting number, no place, no contact and a contact without name", () => {
    expect(buildKallelse(input({ meetingNumber: null })).subheading).toBe("Kallelse till möte 2024");
    expect(buildKallelse(input({ meetingNumber: 11 })).subheading).toBe("Kallelse till möte 11/2024");
    expect(buildKallelse(input({ location: " ", online: true })).place).toBe("Plats: Microsoft Teams (länk nedan)");
    expect(buildKallelse(input({ location: "", online: false })).place).toBe("Plats: meddelas senare");
    expect(buildKallelse(input({ online: false })).place).toBe("Plats: Mindpark, Helsingborg");
    expect(buildKallelse(input({ contact: null })).answer[1]).toBe("Anmäl förhinder genom att tacka nej till inbjudan.");
    expect(buildKallelse(input({ contact: { name: " ", email: "a@b.se" } })).answer[1]).toBe("Anmäl förhinder genom att tacka nej till inbjudan eller meddela a@b.se.");
  });

  it("drops empty decision clauses", () => {
    const k = buildKallelse(input({ agenda: agenda([item(1, { proposedDecisions: ["  ", "besluta"] })]) }));
    expect(k.items[0]?.proposedDecisions).toEqual(["besluta"]);
  });
});

describe("renderKallelseHtml", () => {
  it("uses only simple markup and no attributes but href and the link-preview id", () => {
    const html = renderKallelseHtml(buildKallelse(input()), POLICY);
    for (const tag of tagsOf(html)) expect(ALLOWED_TAGS.has(tag)).toBe(true);
    const attributes = [...html.matchAll(/\s([a-zA-Z-]+)=/g)].map((m) => m[1]);
    expect(new Set(attributes)).toEqual(new Set(["id", "href"]));
    const url = "https://fh.sharepoint.com/sites/kd/M%C3%B6teshandlingar/2%20Utkast.pdf";
    // The label, then the link on its own line with itself as text: plain text shows the address once.
    expect(html).toContain(`Bilaga 1 – Utkast till förfrågningsunderlag<br><a id="LPNoLP" href="${url}">${url}</a>`);
    // Numbers are written out, one paragraph per item, as the tab numbers them.
    expect(html).toContain("<p>2. <strong>Upphandling av gemensam e-tjänsteplattform</strong><br>");
    expect(html).toContain("<strong>att</strong> godkänna förfrågningsunderlaget");
    // A clause typed with its own "att" gets it once.
    expect(html).toContain("<strong>att</strong> uppdra åt sekretariatet att annonsera");
    expect(html).not.toContain("att</strong> att");
  });

  it("escapes hostile titles, presenters, clauses, names and headings as text", () => {
    const hostile = input({
      groupName: `Grupp ${HOSTILE}`,
      location: '"><script>alert(1)</script>',
      agenda: agenda([
        item(1, {
          title: HOSTILE,
          presenter: `<a href="javascript:alert(1)">x</a>`,
          proposedDecisions: [`<b onclick=alert(1)>`],
          attachments: [{ number: 1, fileId: "f", name: `1 ${HOSTILE}.pdf`, webUrl: 'https://fh.sharepoint.com/a"onmouseover="alert(1)' }],
        }),
      ]),
    });
    const html = renderKallelseHtml(buildKallelse(hostile), POLICY);
    for (const tag of tagsOf(html)) expect(ALLOWED_TAGS.has(tag)).toBe(true);
    const tags = html.match(/<[^>]*>/g) ?? [];
    for (const tag of tags) expect(tag).not.toMatch(/\son\w+\s*=|javascript:|<(img|script|b)\b/i);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(textOf(html)).toContain(HOSTILE);
    // The quote in the URL was percent-encoded by URL parsing, so the attribute cannot be broken out of.
    expect(html).toContain('href="https://fh.sharepoint.com/a%22onmouseover=%22alert(1)"');
  });

  it("renders bilagor outside the allowed origins as text without a link", () => {
    const k = buildKallelse(
      input({
        agenda: agenda([
          item(1, {
            attachments: [
              { number: 1, fileId: "a", name: "Plan.pdf", webUrl: "http://evil.example/plan.pdf" },
              { number: 2, fileId: "b", name: "Budget.pdf", webUrl: "javascript:alert(1)" },
              { number: 3, fileId: "c", name: "Lokal.pdf", webUrl: "http://localhost:3001/sites/kd/Lokal.pdf" },
            ],
          }),
        ]),
      }),
    );
    const html = renderKallelseHtml(k, POLICY);
    expect(html).toContain("Bilaga 1 – Plan<br>Bilaga 2 – Budget<br>Bilaga 3 – Lokal</p>");
    expect(html).not.toContain("<a ");
    const demo = renderKallelseHtml(k, { sharePointOrigin: "http://localhost:3001" });
    expect(demo).toContain('Bilaga 3 – Lokal<br><a id="LPNoLP" href="http://localhost:3001/sites/kd/Lokal.pdf">http://localhost:3001/sites/kd/Lokal.pdf</a>');
    expect(demo.match(/<a /g)).toHaveLength(1);
  });

  it("says the agenda will follow when it is empty", () => {
    const html = renderKallelseHtml(buildKallelse(input({ agenda: agenda([]) })), POLICY);
    expect(html).toContain("<p>Dagordningen kompletteras.</p>");
    expect(html).not.toContain("1. ");
  });
});

describe("renderKallelseText", () => {
  it("reads completely as plain text: a blank line between items, each bilaga's link on its own line", () => {
    const text = renderKallelseText(buildKallelse(input({ issued: { place: "Helsingborg", atUtc: "2024-04-05T08:00:00Z" } })), POLICY);
    expect(text.split("\n")).toEqual([
      "Helsingborg 5 april 2024",
      "",
      "Kommundirektörsgruppen i Familjen Helsingborg",
      "Kallelse till möte 4/2024",
      "",
      "Tid: fredag 19 april 2024 kl. 08.30–11.30",
      "Plats: Mindpark, Helsingborg eller via Microsoft Teams (länk nedan)",
      "",
      "Dagordning",
      "",
      "1. 08.30 Mötets öppnande (information)",
      "",
      "2. Upphandling av gemensam e-tjänsteplattform",
      "Föredragande: Karin Holm, Helsingborg",
      "Förslag till beslut:",
      "att godkänna förfrågningsunderlaget",
      "att uppdra åt sekretariatet att annonsera",
      "Bilaga 1 – Utkast till förfrågningsunderlag",
      "https://fh.sharepoint.com/sites/kd/M%C3%B6teshandlingar/2%20Utkast.pdf",
      "Bilaga 2 – Tidplan",
      "https://fh.sharepoint.com/sites/kd/M%C3%B6teshandlingar/2-Tidplan.docx",
      "",
      "3. Övriga frågor (diskussion)",
      "",
      "Handlingar",
      "",
      "Bilagorna öppnas med länken under varje bilaga.",
      "",
      "Länkarna kräver inloggning. Kan du inte öppna dem, kontakta Elin Sjöberg, elin.sjoberg@familjenhelsingborg.se så skickar sekretariatet handlingarna.",
      "",
      "Svara på kallelsen",
      "",
      "Svara på inbjudan med Acceptera eller Avböj. Det går lika bra från din egen organisations kalender (Outlook, Teams eller annan); svaret kommer fram till sekretariatet.",
      "",
      "Anmäl förhinder genom att tacka nej till inbjudan eller meddela Elin Sjöberg, elin.sjoberg@familjenhelsingborg.se.",
    ]);
  });

  it("holds the same words as the HTML version", () => {
    const k = buildKallelse(input());
    const htmlWords = new Set(textOf(renderKallelseHtml(k, POLICY)).split(/\s+/).filter(Boolean));
    const textWords = renderKallelseText(k, POLICY)
      .split(/\s+/)
      .filter((w) => w !== "" && !w.startsWith("https://") && !/^\d+\.$/.test(w))
      .map((w) => w.replace(/:$/, ""));
    for (const word of textWords) expect(htmlWords.has(word) || htmlWords.has(`${word}:`)).toBe(true);
  });

  it("writes a disallowed bilaga without address and an empty agenda as a sentence", () => {
    const k = buildKallelse(input({ agenda: agenda([item(1, { attachments: [{ number: 1, fileId: "a", name: "Plan.pdf", webUrl: "ftp://x/plan.pdf" }] })]) }));
    expect(renderKallelseText(k, POLICY)).toContain("\nBilaga 1 – Plan\n\n");
    expect(renderKallelseText(buildKallelse(input({ agenda: agenda([]) })), POLICY)).toContain("Dagordning\n\nDagordningen kompletteras.\n");
  });
});
