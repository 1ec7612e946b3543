/**
 * The demo meeting's record through the two built-in templates and a custom one (issue 14 items 1, 2, 4), read back by
 * LibreOffice: each document says what its template asks, in its order. Template mistakes give a Swedish sentence.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEMO_CONFIG } from "../../src/config";
import { buildKallelse } from "../../src/core/kallelse";
import type { MeetingView } from "../../src/core/ports";
import type { Protokoll } from "../../src/core/protokoll";
import { protokollFromView } from "../../src/core/protokoll";
import { builtinTemplate, isProtokollTemplateError, renderProtokollDocx } from "../../src/services/documents/protokoll-template";
import { generatedFiles } from "../../scripts/protokoll-templates/generate";
import { bodyWith, customTemplate } from "./custom-template";
import { libreOfficeText, mammothText, packagePart, paragraphsOf, sofficePath } from "./consumers";
import { demoMeetingView, demoRecord } from "./demo-record";
import type { DemoRecord } from "./demo-record";

let view: MeetingView;
let recorded: DemoRecord;
let protokoll: Protokoll;

beforeAll(async () => {
  view = await demoMeetingView();
  recorded = demoRecord(view);
  protokoll = protokollFromView(view, { groupName: DEMO_CONFIG.groupName, record: recorded.record, itemRecords: recorded.itemRecords });
}, 60_000);

/** LibreOffice's paragraphs of a document; mammoth's when LibreOffice is not installed (locally only: CI requires it). */
async function readBack(bytes: Uint8Array): Promise<string[]> {
  const soffice = sofficePath();
  if (soffice === null) console.log("LibreOffice saknas: texten läses med mammoth i stället.");
  return paragraphsOf(soffice === null ? await mammothText(bytes) : ((await libreOfficeText(bytes, soffice)) ?? ""));
}

/** What the standard template asks for, paragraph by paragraph (cells of the närvaro table left to right, then down). */
function standardExpected(p: Protokoll): string[] {
  const lines = [p.title, p.groupName, p.placeAndDate, `${p.placeAndTime.label} ${p.placeAndTime.text}`];
  for (const line of p.attendance) lines.push(line.label, ...(line.entries.length > 0 ? line.entries : [line.text]));
  for (const item of p.items) {
    lines.push(item.heading, ...item.paragraphs, ...(item.presenterLine === null ? [] : [item.presenterLine]), ...item.underlagLines);
    if (item.outcomeLine !== null) lines.push(item.outcomeLine);
    if (item.decisions.length > 0) lines.push(item.decisionLabel, ...item.decisions.map((c) => `att ${c.text}`.trim()));
    lines.push(...item.assignmentLines);
  }
  if (p.otherAssignments.length > 0) lines.push("Uppdrag", ...p.otherAssignments);
  lines.push(...p.closing.map((c) => c.heading));
  for (const s of p.signatures) lines.push(...(s.name === null ? [] : [s.name]), s.role);
  return lines;
}

/** What the 2016–2018 template asks for. */
function classicExpected(p: Protokoll): string[] {
  const lines = [`Kommundirektörsgruppens protokoll ${p.facts.number}/${p.facts.year}`, `Tid/Plats: ${p.facts.compactDate} kl. ${p.facts.time.replace("–", "-")}, ${p.facts.location}.`];
  lines.push(...p.attendance.map((l) => `${l.label} ${l.text}`), "Ärenden och beredning");
  for (const item of p.items) {
    lines.push(`${item.number}. ${item.title}`, ...item.paragraphs);
    if (item.outcomeLine !== null) lines.push(item.outcomeLine);
    if (item.decisions.length > 0) lines.push("Beslut:", ...item.decisions.map((c) => `${c.last ? "samt " : ""}att ${c.text}`.trim()));
    lines.push(...item.assignmentLines);
  }
  lines.push(...p.otherAssignments);
  for (const s of p.signatures) lines.push(...(s.name === null ? [] : [s.name]), s.role);
  return lines;
}

/** What the custom template asks for: group, title and date, the secretary, the items table, attendance as text, signatures. */
function customExpected(p: Protokoll): string[] {
  const text = (kind: string) => p.attendance.find((l) => l.kind === kind)?.text ?? "";
  const lines = [p.groupName, `${p.title} · ${p.facts.longDate}`, `Protokollförare: ${p.facts.secretaryEmail}`, "Nr", "Ärende", "Beslut"];
  for (const item of p.items) {
    lines.push(String(item.number), item.title);
    const decision = `${item.decisions.map((c) => `att ${c.text} `).join("")}${item.outcomeLine ?? ""}`.trim();
    if (decision !== "") lines.push(decision);
  }
  lines.push(`Närvarande: ${text("present")}`, `Anmält förhinder: ${text("apologies")}`);
  lines.push(...p.signatures.map((s) => `${s.role}: ${s.name ?? ""}`.trim()));
  return lines;
}

describe("the demo meeting's record in the built-in standard template (the group's current format)", () => {
  let paragraphs: string[];
  beforeAll(async () => {
    paragraphs = await readBack(renderProtokollDocx(protokoll, { template: builtinTemplate("standard"), final: false, author: "Elin Sjöberg" }));
  }, 180_000);

  it("reads, in LibreOffice, exactly what the template asks for, in its order", () => {
    expect(paragraphs).toEqual(standardExpected(protokoll));
  });

  it("holds the times, the absent, the outcomes, the clauses and the uppdrag as recorded", () => {
    const { late, early, absent } = recorded;
    expect(paragraphs[2]).toBe(`Helsingborg 2026-12-11 ${view.meeting.organizer.email}`);
    expect(paragraphs).toContain(`${late.displayName}, ${late.organisation}, från kl 08.45`);
    expect(paragraphs).toContain(`${early.displayName}, ${early.organisation}, fram till kl 11.10`);
    expect(paragraphs.slice(paragraphs.indexOf("Frånvarande:"))[1]).toBe(`${absent.displayName}, ${absent.organisation || "[kommun saknas]"}`);
    expect(paragraphs).toContain("att godkänna förslaget med ändringen att remisstiden förlängs till 31 januari.");
    expect(paragraphs).toContain("Uppdrag: att sammanställa svaren (sekretariatet, senast 2027-01-15).");
    expect(paragraphs).toContain("Ärendet bordlades till nästa möte.");
    expect(paragraphs).toContain("Informationen noterades.");
    expect(paragraphs).toContain("Gruppen diskuterade förslaget.");
    expect(paragraphs.filter((p) => /^samt att|^\d+\. /.test(p))).toEqual([]);
  });
});

describe("the same record in the built-in 2016–2018 template", () => {
  it("reads 'Kommundirektörsgruppens protokoll 11/2026', 'Tid/Plats: 261211 kl. …', 'Beslut:' and 'att … samt att …'", async () => {
    const paragraphs = await readBack(renderProtokollDocx(protokoll, { template: builtinTemplate("classic-2016"), final: false, author: null }));
    expect(paragraphs).toEqual(classicExpected(protokoll));
    expect(paragraphs[0]).toBe("Kommundirektörsgruppens protokoll 11/2026");
    expect(paragraphs[1]).toMatch(/^Tid\/Plats: 261211 kl\. \d\d\.\d\d-\d\d\.\d\d, .+\.$/);
    expect(paragraphs).toContain("samt att uppdra åt sekretariatet att sammanställa svaren.");
    expect(paragraphs.find((p) => p.startsWith("Närvarande: "))).toContain(`${recorded.late.displayName}, ${recorded.late.organisation}, från kl 08.45`);
  }, 180_000);
});

describe("the same record in a template the secretariat made (another order, a logo, a table)", () => {
  let bytes: Uint8Array;
  beforeAll(() => {
    bytes = renderProtokollDocx(protokoll, { template: { name: "Protokollmall.docx", bytes: customTemplate() }, final: false, author: "Elin Sjöberg" });
  });

  it("reads what that template asks for, in its order, the items as table rows", async () => {
    expect(await readBack(bytes)).toEqual(customExpected(protokoll));
  }, 180_000);

  it("keeps the template's logo and table, and names the signed-in user as author", async () => {
    const document = await packagePart(bytes, "word/document.xml");
    expect(document).toContain('r:embed="rIdLogo"');
    expect((await packagePart(bytes, "word/_rels/document.xml.rels")).includes('Target="media/logo.png"')).toBe(true);
    expect(document.match(/<w:tr>/g)).toHaveLength(1 + protokoll.items.length);
    expect(await packagePart(bytes, "docProps/core.xml")).toContain("<dc:creator>Elin Sjöberg</dc:creator>");
  });
});

describe("template mistakes are the secretariat's to fix, in Swedish", () => {
  const render = (body: string, name = "Protokollmall.docx") => () =>
    renderProtokollDocx(protokoll, { template: { name, bytes: customTemplate(body) }, final: false, author: null });
  const messageOf = (fn: () => unknown, language: "sv" | "en" = "sv"): string => {
    try {
      fn();
    } catch (error) {
      if (!isProtokollTemplateError(error)) throw error;
      return error.userMessage(language);
    }
    throw new Error("mallen godtogs");
  };

  it("names an unknown placeholder and the template", () => {
    const message = messageOf(render(bodyWith("Närvarande: {närvarnde}"), "Vår mall.docx"));
    expect(message).toBe("Protokollmallen ”Vår mall.docx” använder fältet {närvarnde}, som inte finns. Rätta stavningen eller ta bort fältet i mallen; fälten som finns står i anvisningen för protokollmallen.");
    expect(messageOf(render(bodyWith("{#ärenden}{title}{/ärenden}")))).toContain("fältet {#ärenden}");
    expect(messageOf(render(bodyWith("{närvarnde}")), "en")).toContain("uses the field {närvarnde}");
  });

  it("names a broken loop: unclosed, unopened, closed by another name", () => {
    expect(messageOf(render(bodyWith("{#items}{title}")))).toContain("öppnar avsnittet {#items} men stänger det aldrig. Lägg till {/items}");
    expect(messageOf(render(bodyWith("{title}{/items}")))).toContain("stänger avsnittet {/items} som aldrig öppnas");
    expect(messageOf(render(bodyWith("{#items}{title}{/itemz}")))).toContain("{/itemz}");
    expect(messageOf(render(bodyWith("Datum {isoDate")))).toContain("har en klammer som inte hör ihop vid ”{isoDate”");
  });

  it("says when the file is not a Word document, and is a typed failure the UI explains, never a stack trace", () => {
    const notDocx = () => renderProtokollDocx(protokoll, { template: { name: "mall.pdf", bytes: new TextEncoder().encode("%PDF-1.7") }, final: false, author: null });
    expect(messageOf(notDocx)).toBe("Protokollmallen ”mall.pdf” är inte ett Word-dokument (.docx). Spara mallen som Word-dokument och försök igen.");
    try {
      render(bodyWith("{okänt}"))();
    } catch (error) {
      expect(error).toMatchObject({ appError: { code: "unknown" } });
      expect(isProtokollTemplateError(error) && error.userMessage("sv")).not.toMatch(/\n\s+at /);
    }
  });
});

describe("the kallelse and the protokoll agree (issue 14 item 4)", () => {
  it("on the meeting's number, every item's number and title, and every bilaga's number and name", () => {
    if (view.agenda.state !== "ready") throw new Error("dagordningen lästes inte");
    const { meeting } = view;
    const kallelse = buildKallelse({ groupName: DEMO_CONFIG.groupName, meetingNumber: view.meetingNumber, startUtc: meeting.startUtc, endUtc: meeting.endUtc, location: meeting.location, online: false, agenda: view.agenda.value, contact: null });
    expect(`${kallelse.heading} ${kallelse.subheading}`).toContain(`${protokoll.facts.number}/${protokoll.facts.year}`);
    expect(protokoll.title).toBe(`Protokoll nr ${protokoll.facts.number} ${protokoll.facts.year}`);
    expect(kallelse.items.map((i) => i.number)).toEqual(protokoll.items.map((i) => i.number));
    kallelse.items.forEach((item, index) => {
      const own = protokoll.items[index]!;
      expect(item.title.replace(/^\d\d\.\d\d /, "")).toBe(own.title);
      expect(item.attachments.map((a) => `Underlag: ${a.label}.`)).toEqual(own.underlagLines);
    });
    expect(protokoll.items.flatMap((i) => i.underlagLines).length).toBeGreaterThan(2);
  });
});

describe("the built-in templates are reproducible", () => {
  it("npm run templates writes exactly the committed files", async () => {
    for (const [file, content] of Object.entries(generatedFiles())) {
      const committed = await readFile(path.resolve(file));
      expect({ file, same: Buffer.compare(committed, Buffer.from(content)) === 0 }).toEqual({ file, same: true });
    }
  });
});
