/**
 * Hostile agenda and attendance data through the protokoll draft. The text model is fuzzed at 1,000 cases; the full
 * .docx (docx packing, every XML part validated, text read back by mammoth) at PROTOKOLL_DOCX_RUNS cases, because
 * one generation and read-back takes about 80 ms.
 */
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import fc from "fast-check";
import { attachmentTitle } from "../../src/core/agenda";
import { buildProtokoll } from "../../src/core/protokoll";
import type { Protokoll, ProtokollInput } from "../../src/core/protokoll";
import type { AttendanceEntry, AttendanceStatus, ItemKind, Meeting } from "../../src/core/types";
import { protokollToDocx } from "../../src/services/documents/protokoll-docx";
import { mammothText } from "../documents/consumers";
import { collapse, FUZZ_RUNS, hostileFileName, hostileText, hostileUrlOn, toAgendaItems } from "./hostile";
import { externalTargets, isOnOrigin, leakForms } from "./origin";
import { FuzzRecorder } from "./results";
import type { Tally } from "./results";

/** The tenant's SharePoint in these cases: the only origin a link in the draft may point at. */
const SHAREPOINT = "https://fh.sharepoint.com";

/** Full .docx cases in CI: about 80 ms each (pack + validate + mammoth), so 200 keep the suite near 20 s. */
export const PROTOKOLL_DOCX_RUNS = Number(process.env.FUZZ_DOCX_RUNS ?? 200);

// XML 1.0's Char production, minus U+007F, which the writer drops too (a control character no document needs).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\u007E\u0080-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text as the writer keeps it: only characters XML can hold. */
function xmlClean(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

/** One line of the document: XML-clean, white space collapsed. */
function docLine(text: string): string {
  return collapse(xmlClean(text));
}

/** What the model's text normalisation also drops: C1 controls (tests/fuzz/regressions.test.ts has the NEL case). */
function withoutC1(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, "");
}

const status = fc.constantFrom<AttendanceStatus>("present", "apologies", "tentative", "noResponse");

const person = fc.record({ name: hostileText, email: hostileText, organisation: fc.option(fc.oneof(hostileText, fc.constant("sekretariatet")), { freq: 4 }), status });

const itemArb = fc.record({
  title: hostileText,
  presenter: hostileText,
  description: hostileText,
  proposedDecisions: fc.array(hostileText, { maxLength: 3 }),
  kind: fc.constantFrom<ItemKind>("beslut", "information", "diskussion"),
  attachments: fc.array(fc.record({ name: hostileFileName, webUrl: hostileUrlOn(SHAREPOINT) }), { maxLength: 2 }),
});

const protokollCase = fc.record({
  subject: hostileText,
  location: hostileText,
  organizerName: hostileText,
  groupName: hostileText,
  chair: fc.option(hostileText),
  approvers: fc.array(hostileText, { maxLength: 2 }),
  members: fc.array(person, { maxLength: 4 }),
  guests: fc.array(person, { maxLength: 2 }),
  items: fc.array(itemArb, { maxLength: 3 }),
});

type ProtokollCase = typeof protokollCase extends fc.Arbitrary<infer T> ? T : never;

function toInput(c: ProtokollCase): ProtokollInput {
  // Unique mail keys: the protokoll lists each person once by mail, and the fuzz checks each person.
  const entry = (p: ProtokollCase["members"][number], i: number, role: AttendanceEntry["role"]): AttendanceEntry => ({
    name: p.name,
    email: `${p.email}#${role}${i}`,
    status: p.status,
    role,
    organisation: p.organisation,
  });
  const members = c.members.map((p, i) => entry(p, i, "member"));
  const guests = c.guests.map((p, i) => entry(p, i, "guest"));
  const items = toAgendaItems(c.items, "key");
  const meeting: Meeting = {
    id: "evt",
    iCalUId: "key",
    subject: c.subject,
    startUtc: "2024-04-19T06:30:00Z",
    endUtc: "2024-04-19T09:30:00Z",
    isAllDay: false,
    location: c.location,
    organizer: { name: c.organizerName, email: "elin.sjoberg@familjenhelsingborg.se" },
    attendees: [],
    myResponse: "organizer",
    isOrganizer: true,
    isCancelled: false,
    seriesMasterId: null,
    webLink: null,
    onlineMeetingUrl: null,
  };
  const counts = { present: 0, apologies: 0, tentative: 0, noResponse: 0 };
  return {
    meeting,
    meetingNumber: 4,
    agenda: { items, unassignedFiles: [] },
    attendance: { groups: members.map((e) => ({ organisation: e.organisation, entries: [e] })), counts, guests },
    groupName: c.groupName,
    chair: c.chair,
    approvers: c.approvers,
  };
}

const LEAD = /^(?:\*\*)?(?:samt\s+)?att(?:\*\*)?(?:\s+|$)/i;

function who(e: AttendanceEntry): string[] {
  const name = docLine(e.name) || docLine(e.email);
  const organisation = e.organisation === null ? "" : docLine(e.organisation);
  return [name, organisation.toLowerCase() === "sekretariatet" ? "sekretariatet" : organisation];
}

/** What a reader of the draft must find, line by line, as the writer words it. */
function expectedLines(input: ProtokollInput): string[] {
  const lines = [docLine(input.groupName), docLine(input.meeting.location).replace(/\.+$/, "")];
  lines.push(docLine(input.chair ?? ""), docLine(input.meeting.organizer.name), ...(input.approvers ?? []).map(docLine));
  for (const e of input.attendance?.groups.flatMap((g) => g.entries) ?? []) lines.push(...who(e));
  // A guest who declined is not listed: a guest's absence is no apology to the group.
  for (const e of input.attendance?.guests ?? []) if (e.status !== "apologies") lines.push(...who(e));
  for (const item of input.agenda.items) {
    lines.push(docLine(item.title), docLine(item.presenter));
    lines.push(...xmlClean(item.description).split(/\r\n|\r|\n|\u2028|\u2029/).map(collapse));
    for (const clause of item.proposedDecisions) lines.push(docLine(clause).replace(LEAD, "").trim());
    for (const a of item.attachments) lines.push(`Bilaga ${a.number} – ${docLine(attachmentTitle(a.name))}`);
  }
  return lines.filter((l) => l !== "");
}

function modelStrings(protokoll: Protokoll): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(protokoll);
  return out;
}

function missing(text: string, input: ProtokollInput, tally: Tally, clean: (line: string) => string = (line) => line): string[] {
  const haystack = collapse(text);
  return expectedLines(input).filter((line) => {
    tally.fieldChecks++;
    return !haystack.includes(collapse(clean(line)));
  });
}

const recorder = new FuzzRecorder("protokoll");
afterAll(() => recorder.flush());

describe("protokoll draft under hostile input", () => {
  it("the text model holds only XML characters without C1 controls, and every input literally", async () => {
    const result = await recorder.check(
      "protokoll text model",
      (tally) =>
        fc.property(protokollCase, (c) => {
          const input = toInput(c);
          const strings = modelStrings(buildProtokoll(input));
          // The model's normalisation is the one place that drops what XML cannot hold and C1 controls.
          const invalid = strings.filter((s) => withoutC1(xmlClean(s)) !== s);
          if (invalid.length > 0) throw new Error(`characters XML cannot hold, or C1 controls, in ${JSON.stringify(invalid[0]?.slice(0, 60))}`);
          const lost = missing(strings.join("\n"), input, tally, withoutC1);
          if (lost.length > 0) throw new Error(`missing: ${JSON.stringify(lost[0]?.slice(0, 80))}`);
        }),
      FUZZ_RUNS,
    );
    expect(result.escapes).toBe(0);
  });

  it(".docx: every XML part well-formed, the text read back literally by mammoth", async () => {
    const result = await recorder.check(
      "protokoll .docx (pack + XMLValidator + mammoth)",
      (tally) =>
        fc.asyncProperty(protokollCase, async (c) => {
          const input = toInput(c);
          const bytes = await protokollToDocx(buildProtokoll(input));
          const zip = await JSZip.loadAsync(bytes);
          const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
          if (!parts.includes("word/document.xml")) throw new Error("no word/document.xml");
          for (const part of parts) {
            const verdict = XMLValidator.validate(await zip.file(part)!.async("string"));
            if (verdict !== true) throw new Error(`${part} is not well-formed: ${verdict.err.msg} (line ${verdict.err.line})`);
          }
          const xml = (await Promise.all(parts.map((part) => zip.file(part)!.async("string")))).join("\n");
          // Every external target (hyperlinks, images by reference) must be on the tenant's SharePoint origin.
          for (const target of externalTargets(xml)) if (!isOnOrigin(target, SHAREPOINT)) throw new Error(`external target off ${SHAREPOINT}: ${JSON.stringify(target)}`);
          // No refused bilaga address anywhere in the package, raw or XML-escaped.
          const others = expectedLines(input).concat(input.agenda.items.flatMap((i) => [i.title, i.presenter, i.description, ...i.proposedDecisions, ...i.attachments.map((a) => a.name)]));
          for (const leak of leakForms(input.agenda.items.flatMap((i) => i.attachments.map((a) => a.webUrl)), SHAREPOINT, others)) {
            const escaped = leak.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
            if (xml.includes(leak) || xml.includes(escaped)) throw new Error(`refused address in the .docx: ${JSON.stringify(leak.slice(0, 80))}`);
          }
          const text = await mammothText(bytes);
          const lost = missing(text, input, tally, withoutC1);
          if (lost.length > 0) throw new Error(`mammoth misses ${JSON.stringify(lost.map((l) => l.slice(0, 80)))}`);
        }),
      PROTOKOLL_DOCX_RUNS,
    );
    expect(result.escapes).toBe(0);
  }, 120_000);
});
