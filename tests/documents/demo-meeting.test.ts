/**
 * The draft of the demo tenant's meeting (11 December 2026), made by `npm run protokoll`'s command against a demo
 * tenant on a free port, read back by mammoth and LibreOffice. Expectations come from the demo data itself and from
 * the kallelse built from the same view, so the numbering is checked against what members receive.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { attachmentTitle } from "../../src/core/agenda";
import { buildKallelse, renderKallelseText } from "../../src/core/kallelse";
import { isProcedural } from "../../src/core/protokoll";
import type { MeetingView } from "../../src/core/ports";
import { DEMO_CONFIG } from "../../src/config";
import type { DemoData, DemoEvent } from "../../src/demo-tenant/data-types";
import { startDemoTenant } from "../../src/demo-tenant/server";
import type { DemoTenant } from "../../src/demo-tenant/server";
import { createServices } from "../../src/services";
import { runProtokollCommand } from "../../scripts/protokoll-command";
import { libreOfficeText, mammothText, paragraphsOf, sofficePath } from "./consumers";

const DEMO_DATE = "2026-12-11";

let tenant: DemoTenant;
let workDir: string;
let event: DemoEvent;
let data: DemoData;
let view: MeetingView;

function demoEvent(state: DemoData): DemoEvent {
  const found = state.events.find((e) => e.startUtc.startsWith(DEMO_DATE));
  if (!found) throw new Error(`demodata saknar mötet ${DEMO_DATE}`);
  return found;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runProtokollCommand(args, { GRAPH_BASE_URL: tenant.url }, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** "Namn, Organisation" for a demo user, as the seeds write people (the secretariat as "sekretariatet"). */
function personOf(mail: string): string {
  const user = data.users.find((u) => u.mail.toLowerCase() === mail.toLowerCase());
  if (!user) throw new Error(`okänd demoanvändare ${mail}`);
  return `${user.displayName}, ${user.organisation}`;
}

const LABELS = ["Närvarande:", "Anmält förhinder:", "Frånvarande:", "Inbjudna gäster:", "Att stämma av före justering:"];

/** The people listed under a label in the default template (one a cell or paragraph), up to the next label or item. */
function listUnder(paragraphs: string[], label: string): string[] {
  expect(paragraphs.filter((p) => p === label)).toHaveLength(1);
  const start = paragraphs.indexOf(label) + 1;
  const end = paragraphs.findIndex((p, i) => i >= start && (LABELS.includes(p) || /^\d+ /.test(p)));
  return paragraphs.slice(start, end);
}

/** The paragraphs of one item: from its heading ("2 Title") to the next item's heading (or Övriga frågor). */
function itemSection(paragraphs: string[], number: number): string[] {
  const start = paragraphs.findIndex((p) => p.startsWith(`${number} `));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = paragraphs.findIndex((p, i) => i > start && (/^\d+ /.test(p) || p === "Övriga frågor" || p === "Mötet avslutas"));
  return paragraphs.slice(start, end < 0 ? undefined : end);
}

beforeAll(async () => {
  tenant = await startDemoTenant({ port: 0, quiet: true });
  workDir = await mkdtemp(path.join(tmpdir(), "protokoll-demo-"));
  data = tenant.state();
  event = demoEvent(data);
  const config = { ...DEMO_CONFIG, graphBaseUrl: tenant.url, sharePointOrigin: tenant.url };
  const services = createServices(config, { getToken: () => Promise.resolve(`demo:${config.organizerMailbox}`) });
  view = await services.meetings.loadMeetingView({ key: event.iCalUId });
});

afterAll(async () => {
  await tenant.close();
  await rm(workDir, { recursive: true, force: true });
});

describe("the demo meeting's draft, read by real consumers", () => {
  let paragraphs: string[];
  let bytes: Buffer;

  beforeAll(async () => {
    const out = path.join(workDir, "utkast.docx");
    const result = await run(["--meeting", event.iCalUId, "--out", out]);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("Protokoll nr 11 2026: skrev");
    bytes = await readFile(out);
    paragraphs = paragraphsOf(await mammothText(bytes));
  });

  it("has the title with the meeting's number, the group, the place-and-date and the place-and-time lines", () => {
    expect(paragraphs.slice(0, 4)).toEqual([
      "Protokoll nr 11 2026",
      DEMO_CONFIG.groupName,
      `Helsingborg ${DEMO_DATE} ${event.organizer}`,
      `Plats och tid: Den 11 december 2026 08.30–11.30 på ${event.location}.`,
    ]);
  });

  it("lists every accepted member with municipality under Närvarande, one a cell, the secretariat last", () => {
    const present = listUnder(paragraphs, "Närvarande:");
    const accepted = event.attendees.filter((a) => a.type === "required" && a.response === "accepted");
    expect(accepted.length).toBeGreaterThan(3);
    for (const a of accepted) expect(present).toContain(personOf(a.mail));
    expect(present.at(-1)).toBe(`${personOf(event.organizer).replace(/, .*$/, "")}, sekretariatet`);
  });

  it("lists every declined member under Anmält förhinder, and nobody else there", () => {
    const apologies = listUnder(paragraphs, "Anmält förhinder:");
    const declined = event.attendees.filter((a) => a.type === "required" && a.response === "declined");
    expect(declined.length).toBeGreaterThan(0);
    expect(apologies.sort()).toEqual(declined.map((a) => personOf(a.mail)).sort());
  });

  it("lists accepted guests with their organisation under Inbjudna gäster", () => {
    const guests = listUnder(paragraphs, "Inbjudna gäster:");
    for (const a of event.attendees.filter((x) => x.type === "optional" && x.response === "accepted")) expect(guests).toContain(personOf(a.mail));
  });

  it("marks the tentative and the unanswered for the secretariat to resolve", () => {
    const pending = listUnder(paragraphs, "Att stämma av före justering:").join("\n");
    const tentative = event.attendees.filter((a) => a.response === "tentativelyAccepted");
    const unanswered = event.attendees.filter((a) => a.response === "none");
    expect(tentative.length + unanswered.length).toBeGreaterThan(1);
    for (const a of tentative) expect(pending).toMatch(new RegExp(`^${personOf(a.mail)}( \\(inbjuden gäst\\))? \\[Preliminärt\\]$`, "m"));
    for (const a of unanswered) expect(pending).toMatch(new RegExp(`^${personOf(a.mail)}( \\(inbjuden gäst\\))? \\[Ej svarat\\]$`, "m"));
  });

  it("has every item with its title, föredragande and Underlag lines numbered as in the kallelse and the tab", () => {
    const records = data.sites.flatMap((s) => s.lists).flatMap((l) => l.items).filter((i) => i.fields.MeetingKey === event.iCalUId);
    expect(records.length).toBeGreaterThan(3);
    if (view.agenda.state !== "ready") throw new Error("dagordningen lästes inte");
    const kallelse = renderKallelseText(
      buildKallelse({ groupName: DEMO_CONFIG.groupName, meetingNumber: view.meetingNumber, startUtc: event.startUtc, endUtc: event.endUtc, location: event.location, online: false, agenda: view.agenda.value, contact: null }),
      { sharePointOrigin: tenant.url },
    );
    const bilagor = view.agenda.value.items.flatMap((i) => i.attachments);
    expect(bilagor.length).toBeGreaterThan(2);
    expect(bilagor.map((b) => b.number)).toEqual(bilagor.map((_, i) => i + 1));

    for (const item of view.agenda.value.items) {
      const section = itemSection(paragraphs, item.number);
      const record = records.find((r) => r.fields.Title === item.title);
      expect(section[0]).toBe(`${item.number} ${String(record?.fields.Title)}`);
      if (record?.fields.Presenter) expect(section).toContain(`Föredragande: ${String(record.fields.Presenter)}.`);
      const underlag = section.filter((p) => p.startsWith("Underlag: "));
      expect(underlag).toEqual(item.attachments.map((a) => `Underlag: Bilaga ${a.number} – ${attachmentTitle(a.name)}.`));
      // The same bilaga, numbered and named alike, in the kallelse members received.
      for (const line of underlag) expect(kallelse).toContain(line.replace("Underlag: ", "").replace(/\.$/, ""));
      // The kallelse's own item line: the same number and title (after an optional start time), on a line of its own.
      const itemLine = kallelse.split("\n").find((l) => l.startsWith(`${item.number}. `)) ?? "";
      expect(itemLine.replace(/ \((information|diskussion)\)$/, "")).toMatch(new RegExp(`^${item.number}\\. (\\d\\d\\.\\d\\d )?${String(record?.fields.Title).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
      // A decision block only where there is something to decide (issue 14).
      expect({ item: item.title, block: section.includes("Mötet beslutar") }).toEqual({ item: item.title, block: !isProcedural(item.title) && (item.kind === "beslut" || item.proposedDecisions.length > 0) });
    }
    // The meeting's number: "Kallelse till möte 11/2026" and "Protokoll nr 11 2026".
    expect(kallelse).toContain(`Kallelse till möte ${String(view.meetingNumber)}/2026`);
    expect(paragraphs[0]).toBe(`Protokoll nr ${String(view.meetingNumber)} 2026`);
  });

  it("ends with Övriga frågor, Mötet avslutas and the signatures", () => {
    const tail = paragraphs.slice(paragraphs.findIndex((p) => p === "Mötet avslutas"));
    expect(tail).toEqual(["Mötet avslutas", "ordförande", "Elin Sjöberg", "sekretariatschef"]);
    expect(paragraphs.filter((p) => /^(\d+ )?Övriga frågor$/.test(p))).toHaveLength(1);
  });

  it("reads the same in LibreOffice --convert-to txt (where installed)", async () => {
    const soffice = sofficePath();
    if (soffice === null) {
      console.log("LibreOffice saknas: --convert-to txt hoppas över (mammoth har läst dokumentet).");
      return;
    }
    const lo = paragraphsOf((await libreOfficeText(bytes, soffice)) ?? "");
    expect(lo).toEqual(paragraphs);
    expect(lo).toContain("Protokoll nr 11 2026");
  }, 180_000);
});

describe("npm run protokoll without --out uploads like the action", () => {
  it("puts '(utkast)' then '(utkast 2)' in the meeting folder, the first unchanged, and prints the webUrl", async () => {
    const first = await run(["--meeting", event.iCalUId, "--folder", "2026-12-11 Kommundirektörsmöte"]);
    expect(first.code).toBe(0);
    expect(first.out).toContain("Sparade ”Protokoll nr 11 2026 (utkast).docx” i mötesmappen.");
    const webUrl = first.out.trim().split("\n").pop() ?? "";
    expect(webUrl.startsWith(tenant.url)).toBe(true);

    const drive = () => tenant.state().sites.flatMap((s) => s.lists).flatMap((l) => l.drive?.items ?? []);
    const firstItem = drive().find((i) => i.name === "Protokoll nr 11 2026 (utkast).docx");
    const firstContent = firstItem?.contentBase64;
    expect(firstContent).toBeDefined();

    const second = await run(["--meeting", event.iCalUId]);
    expect(second.code).toBe(0);
    expect(second.out).toContain("Sparade ”Protokoll nr 11 2026 (utkast 2).docx” i mötesmappen.");
    expect(second.out).toContain("”Protokoll nr 11 2026 (utkast).docx” fanns redan och lämnades orörd.");
    const drafts = drive().filter((i) => i.name.startsWith("Protokoll nr 11 2026"));
    expect(drafts.map((d) => d.name).sort()).toEqual(["Protokoll nr 11 2026 (utkast 2).docx", "Protokoll nr 11 2026 (utkast).docx"]);
    const again = drive().find((i) => i.name === "Protokoll nr 11 2026 (utkast).docx");
    expect(again?.contentBase64).toBe(firstContent);
    expect(again?.version).toBe(firstItem?.version);
    expect(new Set(drafts.map((d) => d.parentId)).size).toBe(1);
  });

  it("explains a wrong meeting key and bad arguments in Swedish with an exit code", async () => {
    const missing = await run(["--meeting", "finns-inte"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^Protokollutkastet kunde inte skapas: /);
    expect((await run([])).err).toContain("--meeting saknas.");
    expect((await run(["--okänd"])).code).toBe(2);
    const help = await run(["--help"]);
    expect([help.code, help.out.startsWith("Användning: npm run protokoll")]).toEqual([0, true]);
  });
});
