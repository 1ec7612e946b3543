/**
 * @jest-environment jsdom
 *
 * Hostile meeting data through the Teams meeting tab (the real App over fake services): the DOM holds every input
 * as text, no element or attribute is made from it, and links and the host's openLink see only the group's SharePoint.
 */
import { cleanup, fireEvent, waitFor } from "@testing-library/react";
import fc from "fast-check";
import { attachmentTitle } from "../../src/core/agenda";
import type { AttendanceEntry, AttendanceStatus, ItemKind, MeetingView } from "../../src/core";
import { fakeHost, fakeServices, makeView, renderApp, SP } from "../ui/fakes";
import { hostileFileName, hostileText, hostileUrlOn, toAgendaItems } from "./hostile";
import { FuzzRecorder } from "./results";

/** Cases for the tab: each is a full render of the App in jsdom (~25 ms), so 1,000 fit in about 30 s. */
const TAB_RUNS = Number(process.env.FUZZ_TAB_RUNS ?? process.env.FUZZ_RUNS ?? 1000);

const FORBIDDEN_ELEMENTS = new Set(["SCRIPT", "IMG", "IFRAME", "FRAME", "OBJECT", "EMBED", "FORM", "STYLE", "LINK", "META", "BASE", "VIDEO", "AUDIO", "MATH"]);

const status = fc.constantFrom<AttendanceStatus>("present", "apologies", "tentative", "noResponse");
const personArb = fc.record({ name: hostileText, organisation: fc.option(hostileText, { freq: 4 }), status });
const itemArb = fc.record({
  title: hostileText,
  presenter: hostileText,
  description: hostileText,
  proposedDecisions: fc.array(hostileText, { maxLength: 2 }),
  kind: fc.constantFrom<ItemKind>("beslut", "information", "diskussion"),
  startTime: fc.option(hostileText, { freq: 3 }),
  attachments: fc.array(fc.record({ name: hostileFileName, webUrl: hostileUrlOn(SP) }), { maxLength: 2 }),
});
const tabCase = fc.record({
  subject: hostileText,
  location: hostileText,
  meName: hostileText,
  items: fc.array(itemArb, { maxLength: 3 }),
  members: fc.array(personArb, { maxLength: 3 }),
  guests: fc.array(personArb, { maxLength: 2 }),
});
type TabCase = typeof tabCase extends fc.Arbitrary<infer T> ? T : never;

function toView(c: TabCase): MeetingView {
  const base = makeView();
  const items = toAgendaItems(c.items, "ical-1");
  // Unique mail per person: React keys the attendance rows by mail.
  const entry = (p: TabCase["members"][number], i: number, role: AttendanceEntry["role"]): AttendanceEntry => ({
    name: p.name,
    email: `${role}${i}@example.se`,
    status: p.status,
    role,
    organisation: p.organisation,
  });
  const members = c.members.map((p, i) => entry(p, i, "member"));
  return {
    ...base,
    me: { name: c.meName, email: "karin.holm@helsingborg.se" },
    meeting: { ...base.meeting, subject: c.subject, location: c.location },
    agenda: { state: "ready", value: { items, unassignedFiles: [] } },
    attendance: {
      state: "ready",
      value: {
        groups: members.map((e) => ({ organisation: e.organisation, entries: [e] })),
        guests: c.guests.map((p, i) => entry(p, i, "guest")),
        counts: { present: 0, apologies: 0, tentative: 0, noResponse: 0 },
      },
    },
  };
}

/** Texts the tab must show verbatim (React writes text nodes as given; blank ones are left out by design). */
function expectedTexts(view: MeetingView): string[] {
  const texts = [view.meeting.subject];
  if (view.meeting.location.trim() !== "") texts.push(view.meeting.location);
  const agenda = view.agenda.state === "ready" ? view.agenda.value.items : [];
  for (const item of agenda) {
    texts.push(`${item.number}. ${item.title}`, ...item.proposedDecisions);
    if (item.startTime !== null) texts.push(item.startTime);
    if (item.presenter.trim() !== "") texts.push(item.presenter);
    if (item.description.trim() !== "") texts.push(item.description);
    for (const a of item.attachments) texts.push(`Bilaga ${a.number} – ${attachmentTitle(a.name)}`);
  }
  if (view.attendance.state === "ready") {
    for (const e of [...view.attendance.value.groups.flatMap((g) => g.entries), ...view.attendance.value.guests]) {
      texts.push(e.name);
      if (e.organisation !== null && e.organisation !== "sekretariatet") texts.push(e.organisation);
    }
  }
  return texts;
}

/** The group's SharePoint, judged independently of src/ui/trustedUrl.ts: same origin, https, no credentials, canonical. */
function isGroupSharePoint(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern looks for
  if (/[\\\s\u0000-\u001F]/.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.origin === SP && parsed.protocol === "https:" && parsed.username === "" && parsed.password === "";
  } catch {
    return false;
  }
}

function domProblems(root: HTMLElement, allowedTags: Set<string>, allowedAttributes: Set<string>): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll("*")) {
    if (FORBIDDEN_ELEMENTS.has(element.tagName) || !allowedTags.has(element.tagName)) problems.push(`element <${element.tagName.toLowerCase()}>`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on") || !allowedAttributes.has(name)) problems.push(`attribute ${name} on <${element.tagName.toLowerCase()}>`);
      if ((name === "href" || name === "src" || name === "action") && !isGroupSharePoint(attribute.value)) problems.push(`${name}=${JSON.stringify(attribute.value.slice(0, 80))}`);
    }
  }
  return problems;
}

function elementsAndAttributes(root: HTMLElement): { tags: Set<string>; attributes: Set<string> } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const element of root.querySelectorAll("*")) {
    tags.add(element.tagName);
    for (const attribute of element.attributes) attributes.add(attribute.name.toLowerCase());
  }
  return { tags, attributes };
}

async function renderView(view: MeetingView): Promise<{ container: HTMLElement; host: ReturnType<typeof fakeHost> }> {
  const host = fakeHost();
  const { container } = renderApp({ host, services: fakeServices({ loadMeetingView: jest.fn(async () => view) }) });
  await waitFor(() => {
    if (container.querySelector("article, header") === null) throw new Error("not loaded");
    // The side column (attendance) follows the agenda by one render: wait for it too, or its texts race the check.
    if (!(container.textContent ?? "").includes("Närvaro")) throw new Error("side column not shown");
  });
  // The clauses exist only while their disclosure is open: open every one, as a reader would, so they are checked too.
  for (const toggle of container.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"][aria-controls]')) {
    if (toggle.textContent?.includes("Beslutsförslag")) fireEvent.click(toggle);
  }
  return { container, host };
}

const recorder = new FuzzRecorder("teams-tab");
afterAll(() => recorder.flush());
afterEach(cleanup);

describe("meeting tab under hostile input", () => {
  it("holds every input as text; no element, attribute or link is made from it; openLink sees only SharePoint", async () => {
    // What the tab renders for the rich fixture (every section, trusted and untrusted bilagor) is the allowed vocabulary.
    const baseline = elementsAndAttributes((await renderView(makeView())).container);
    cleanup();
    const result = await recorder.check(
      "Teams tab DOM (jsdom)",
      (tally) =>
        fc.asyncProperty(tabCase, async (c) => {
          const view = toView(c);
          const { container, host } = await renderView(view);
          try {
            const problems = domProblems(container, baseline.tags, baseline.attributes);
            const text = container.textContent ?? "";
            for (const expected of expectedTexts(view)) {
              tally.fieldChecks++;
              if (!text.includes(expected)) problems.push(`text missing: ${JSON.stringify(expected.slice(0, 80))}`);
            }
            for (const link of container.querySelectorAll("a")) fireEvent.click(link);
            for (const [url] of host.openLink.mock.calls as [string][]) if (!isGroupSharePoint(url)) problems.push(`openLink(${JSON.stringify(url.slice(0, 80))})`);
            if (problems.length > 0) throw new Error(problems.slice(0, 5).join("; "));
          } finally {
            cleanup();
          }
        }),
      TAB_RUNS,
    );
    expect(result.escapes).toBe(0);
  }, 180_000);
});
