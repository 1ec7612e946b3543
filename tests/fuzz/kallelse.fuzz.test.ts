/**
 * Hostile agenda data through the kallelse: the HTML, parsed by a real HTML parser (jsdom/parse5), holds only the
 * renderer's own elements and links on the configured SharePoint origin (judged by tests/fuzz/origin.ts, not by the
 * product's own policy) and shows every input as text; the plain text shows every input as typed and no address
 * of a refused bilaga.
 */
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { attachmentTitle } from "../../src/core/agenda";
import { buildKallelse, escapeHtml, findKallelseBlocks, removeKallelseBlocks, renderKallelseHtml, renderKallelseText, replaceKallelseBlock } from "../../src/core/kallelse";
import type { KallelseInput, LinkPolicy } from "../../src/core/kallelse";
import type { ItemKind } from "../../src/core/types";
import { ORGANIZER_TEXT, TEAMS_JOIN_BLOCK } from "../unit/kallelse/fixtures";
import { collapse, hostileFileName, hostileText, hostileUrlOn, toWellFormed, toAgendaItems } from "./hostile";
import { isOnOrigin, leakForms } from "./origin";
import { FuzzRecorder } from "./results";

const PRODUCTION: LinkPolicy = { sharePointOrigin: "https://fh.sharepoint.com" };
const DEMO: LinkPolicy = { sharePointOrigin: "http://localhost:3001" };

/** Exactly what renderKallelseHtml writes; anything else in the parsed tree came from the input. */
const ALLOWED_ELEMENTS = new Set(["H2", "P", "STRONG", "BR", "A"]);

const { window } = new JSDOM("");
const parser = new window.DOMParser();

interface FuzzItem {
  title: string;
  presenter: string;
  proposedDecisions: string[];
  kind: ItemKind;
  startTime: string | null;
  attachments: { name: string; webUrl: string }[];
}

const itemArb: fc.Arbitrary<FuzzItem> = fc.record({
  title: hostileText,
  presenter: hostileText,
  proposedDecisions: fc.array(hostileText, { maxLength: 3 }),
  kind: fc.constantFrom<ItemKind>("beslut", "information", "diskussion"),
  startTime: fc.option(hostileText, { freq: 4 }),
  // Aimed at either origin, so each policy meets tricks against itself and good links of the other.
  attachments: fc.array(fc.record({ name: hostileFileName, webUrl: fc.oneof(hostileUrlOn(PRODUCTION.sharePointOrigin), hostileUrlOn(DEMO.sharePointOrigin)) }), { maxLength: 3 }),
});

/** A meeting's kallelse input made of hostile fields, with the link policy of production or of the demo. */
export const kallelseCase = fc.record({
  groupName: hostileText,
  location: hostileText,
  contactName: hostileText,
  contactEmail: hostileText,
  online: fc.boolean(),
  items: fc.array(itemArb, { maxLength: 4 }),
  policy: fc.constantFrom(PRODUCTION, DEMO),
});

type KallelseCase = typeof kallelseCase extends fc.Arbitrary<infer T> ? T : never;

function toInput(c: KallelseCase): KallelseInput {
  const items = toAgendaItems(c.items, "key");
  return {
    groupName: c.groupName,
    meetingNumber: 4,
    startUtc: "2024-04-19T06:30:00Z",
    endUtc: "2024-04-19T09:30:00Z",
    location: c.location,
    online: c.online,
    agenda: { items, unassignedFiles: [] },
    contact: { name: c.contactName, email: c.contactEmail },
  };
}

/** Every text a reader must find, as the kallelse words it: trimmed, a typed leading "att" written once by the renderer. */
function expectedTexts(input: KallelseInput): string[] {
  const texts = [input.groupName, input.location, input.contact?.name ?? "", input.contact?.email ?? ""];
  for (const item of input.agenda.items) {
    texts.push(item.title, item.presenter, item.startTime ?? "");
    for (const clause of item.proposedDecisions) texts.push(clause.trim().replace(/^att\s+/i, ""));
    // The bilaga's display name (prefix and extension dropped) is core's rule, unit-tested in tests/unit/core.
    for (const attachment of item.attachments) texts.push(`Bilaga ${attachment.number} – ${attachmentTitle(attachment.name)}`);
  }
  // Lone surrogates leave as U+FFFD: no parser or mail encoder can carry them (see tests/fuzz/regressions.test.ts).
  return texts.map((t) => toWellFormed(t.trim()));
}

/** What an HTML parser does to text before it is content: CR/CRLF become LF, NUL is dropped; then layout collapses white space. */
function asParsed(text: string): string {
  return collapse(text.replace(/\r\n?/g, "\n").replace(/\0/g, ""));
}

/** Every input text of the case but the bilagor's addresses: where a refused address may legitimately appear as text. */
function otherTexts(input: KallelseInput): string[] {
  return [...expectedTexts(input), ...input.agenda.items.flatMap((item) => [...item.attachments.map((a) => a.name), item.title, ...item.proposedDecisions])];
}

/** The strings by which a refused bilaga address would show in the kallelse. */
function leaks(input: KallelseInput, policy: LinkPolicy): string[] {
  const others = otherTexts(input);
  return leakForms(input.agenda.items.flatMap((item) => item.attachments.map((a) => a.webUrl)), policy.sharePointOrigin, others);
}

/** Returns the problems found in the parsed kallelse; empty means safe. */
function htmlProblems(html: string, input: KallelseInput, policy: LinkPolicy, tally: { fieldChecks: number }): string[] {
  const problems: string[] = [];
  const doc = parser.parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, "text/html");
  if (doc.head.childNodes.length > 0) problems.push("content escaped into <head>");
  for (const element of doc.body.querySelectorAll("*")) {
    if (!ALLOWED_ELEMENTS.has(element.tagName)) problems.push(`element <${element.tagName.toLowerCase()}>`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`event attribute ${name}`);
      const allowed = element.tagName === "A" && (name === "href" || (name === "id" && attribute.value === "LPNoLP"));
      if (!allowed) problems.push(`attribute ${name} on <${element.tagName.toLowerCase()}>`);
    }
    if (element.tagName === "A") {
      const href = element.getAttribute("href") ?? "";
      if (!isOnOrigin(href, policy.sharePointOrigin)) problems.push(`href off ${policy.sharePointOrigin}: ${JSON.stringify(href)}`);
      // A bilaga's link stands on its own line after its label and shows its own address, nothing else.
      if (element.textContent !== href) problems.push("a link whose text is not its address");
      const label = element.previousSibling?.previousSibling?.textContent ?? "";
      if (element.previousSibling?.nodeName !== "BR" || !label.startsWith("Bilaga ")) problems.push("a link not under a bilaga's label");
    }
  }
  for (const leak of leaks(input, policy)) if (html.includes(leak) || html.includes(escapeHtml(leak))) problems.push(`refused address in the HTML: ${JSON.stringify(leak.slice(0, 80))}`);
  const links = doc.body.querySelectorAll("a").length;
  const attachments = input.agenda.items.reduce((n, item) => n + item.attachments.length, 0);
  if (links > attachments) problems.push(`${links} links for ${attachments} bilagor`);
  const text = asParsed(doc.body.textContent ?? "");
  for (const expected of expectedTexts(input)) {
    tally.fieldChecks++;
    if (!text.includes(asParsed(expected))) problems.push(`text missing: ${JSON.stringify(expected.slice(0, 80))}`);
  }
  return problems;
}

/** A single-line field as the kallelse writes it: line breaks inside it become spaces, so it cannot forge a line. */
const flat = (text: string): string => text.replace(/[\r\n\v\f\u2028\u2029]+/g, " ");

function textProblems(text: string, html: string, input: KallelseInput, policy: LinkPolicy): string[] {
  const problems = expectedTexts(input)
    .filter((expected) => !text.includes(flat(expected)))
    .map((expected) => `plain text missing: ${JSON.stringify(expected.slice(0, 80))}`);
  // Each link of the HTML is written out in the plain text too, and no other address is.
  // The renderer writes href="…" escaped; reading it back needs no parser (the HTML property checks the parsed form).
  const unescape = (v: string): string => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const hrefs = [...html.matchAll(/ href="([^"]*)"/g)].map((m) => unescape(m[1] ?? ""));
  const lines = text.split("\n");
  for (const href of hrefs) {
    const at = lines.indexOf(href);
    if (at < 1 || !(lines[at - 1] ?? "").startsWith("Bilaga ")) problems.push(`plain text lacks ${href} on its own line under its bilaga`);
  }
  // No line may look like an address (a mail client would make it a link) unless it is one of the HTML's links. The
  // group's name is configuration, not data, and has a line of its own by design.
  const heading = toWellFormed(flat(input.groupName.trim()));
  for (const line of lines) if (/^\s*(https?:|www\.)/i.test(line) && !hrefs.includes(line) && line !== heading) problems.push(`forged address line ${JSON.stringify(line.slice(0, 80))}`);
  for (const leak of leaks(input, policy)) if (text.includes(leak)) problems.push(`refused address in the plain text: ${JSON.stringify(leak.slice(0, 80))}`);
  return problems;
}

const recorder = new FuzzRecorder("kallelse");
afterAll(() => recorder.flush());

describe("kallelse under hostile input", () => {
  it("HTML: only the renderer's elements, no on* attribute, links only on the SharePoint origin, every input shown as text", async () => {
    const result = await recorder.check("kallelse HTML (jsdom)", (tally) =>
      fc.property(kallelseCase, (c) => {
        const input = toInput(c);
        const html = renderKallelseHtml(buildKallelse(input), c.policy);
        const problems = htmlProblems(html, input, c.policy, tally);
        if (problems.length > 0) throw new Error(problems.slice(0, 5).join("; "));
      }),
    );
    expect(result.escapes).toBe(0);
  });

  it("plain text: every input literally, each link written out, no refused address", async () => {
    const result = await recorder.check("kallelse plain text", (tally) =>
      fc.property(kallelseCase, (c) => {
        const input = toInput(c);
        const kallelse = buildKallelse(input);
        tally.fieldChecks += expectedTexts(input).length;
        const problems = textProblems(renderKallelseText(kallelse, c.policy), renderKallelseHtml(kallelse, c.policy), input, c.policy);
        if (problems.length > 0) throw new Error(problems.slice(0, 5).join("; "));
      }),
    );
    expect(result.escapes).toBe(0);
  });

  it("inserting a hostile kallelse twice leaves one block and the organizer's text and Teams block byte for byte", async () => {
    const body = `<html><body>${ORGANIZER_TEXT}${TEAMS_JOIN_BLOCK}</body></html>`;
    const result = await recorder.check("kallelse block in the body", (tally) =>
      fc.property(kallelseCase, kallelseCase, (first, second) => {
        const once = replaceKallelseBlock(body, renderKallelseHtml(buildKallelse(toInput(first)), first.policy));
        const secondHtml = renderKallelseHtml(buildKallelse(toInput(second)), second.policy);
        const twice = replaceKallelseBlock(once, secondHtml);
        tally.fieldChecks += 2;
        if (findKallelseBlocks(twice).length !== 1) throw new Error(`${findKallelseBlocks(twice).length} blocks`);
        if (removeKallelseBlocks(twice) !== body) throw new Error("the body outside the block changed");
        if (!twice.includes(secondHtml)) throw new Error("the second kallelse is not in the body");
      }),
    );
    expect(result.escapes).toBe(0);
  });
});
