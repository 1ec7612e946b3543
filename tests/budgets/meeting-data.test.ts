/** The benchmark's generated meetings and its naive baseline, over real HTTP against the demo tenant: the figures in
 *  BENCHMARKS.md are only worth something if both load the meeting the benchmark claims. */
import { mkdtemp, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadMeetingViewNaively } from "../../bench/baseline-loader";
import { findMainMeeting, generateMeeting, writeGeneratedMeeting } from "../../bench/meeting-data";
import { productContext, timeProductLoad } from "../../bench/product-loader";
import { DEMO_CONFIG } from "../../src/config";
import type { DemoData } from "../../src/demo-tenant/data-types";
import { startDemoTenant } from "../../src/demo-tenant/server";
import type { DemoTenant } from "../../src/demo-tenant/server";
import { DEFAULT_DATA_PATH } from "../../src/demo-tenant/store";

jest.setTimeout(30_000);

const base = JSON.parse(readFileSync(DEFAULT_DATA_PATH, "utf8")) as DemoData;
let workDir: string;
let tenant: DemoTenant | undefined;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "bench-data-"));
});

afterEach(async () => {
  await tenant?.close();
  tenant = undefined;
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe("generateMeeting", () => {
  it("grows the main meeting without touching the source data", () => {
    const before = JSON.stringify(base);
    const { data, key } = generateMeeting(base, { items: 7, bilagorPerItem: 2, attendees: 12 });
    expect(JSON.stringify(base)).toBe(before);
    expect(key).toBe(findMainMeeting(base).key);
    expect(data.events.find((e) => e.iCalUId === key)?.attendees).toHaveLength(12);
  });

  it("tops the attendees up with generated people when the directory is too small", () => {
    const { data, key } = generateMeeting(base, { items: 1, bilagorPerItem: 1, attendees: 40 });
    const attendees = data.events.find((e) => e.iCalUId === key)?.attendees ?? [];
    expect(attendees).toHaveLength(40);
    expect(new Set(attendees.map((a) => a.mail)).size).toBe(40);
    for (const a of attendees) expect(data.users.some((u) => u.mail === a.mail)).toBe(true);
  });
});

describe.each([5, 50])("a generated meeting of %i items", (items) => {
  it("is what the product loads: the items, two numbered bilagor each, 12 attendees, in one request", async () => {
    const meeting = await writeGeneratedMeeting(DEFAULT_DATA_PATH, { items, bilagorPerItem: 2, attendees: 12 }, workDir);
    tenant = await startDemoTenant({ port: 0, dataPath: meeting.dataPath, quiet: true });
    const { view } = await timeProductLoad(productContext(DEMO_CONFIG, tenant.url, meeting.organizerMail), { key: meeting.key, folderName: meeting.folderName });
    if (view.agenda.state !== "ready" || view.attendance.state !== "ready") throw new Error("the view did not load");
    expect(view.agenda.value.items.map((i) => i.number)).toEqual(Array.from({ length: items }, (_, i) => i + 1));
    expect(view.agenda.value.items.flatMap((i) => i.attachments.map((a) => a.number))).toEqual(Array.from({ length: 2 * items }, (_, i) => i + 1));
    expect(view.agenda.value.unassignedFiles).toEqual([]);
    const people = view.attendance.value.groups.flatMap((g) => g.entries).length + view.attendance.value.guests.length;
    expect(people).toBeGreaterThanOrEqual(12);
    expect(tenant.requests()).toHaveLength(1);
  });

  it("costs the naive baseline one request per agenda item on top of a fixed eight, all answered", async () => {
    const meeting = await writeGeneratedMeeting(DEFAULT_DATA_PATH, { items, bilagorPerItem: 2, attendees: 12 }, workDir);
    tenant = await startDemoTenant({ port: 0, dataPath: meeting.dataPath, quiet: true });
    const result = await loadMeetingViewNaively({
      graphRoot: `${tenant.url}/v1.0`,
      token: `demo:${meeting.organizerMail}`,
      meetingKey: meeting.key,
      folderName: meeting.folderName,
      siteId: DEMO_CONFIG.siteId,
      agendaListName: DEMO_CONFIG.agendaListName,
      libraryName: DEMO_CONFIG.libraryName,
      groupId: DEMO_CONFIG.groupId,
      organizerMailbox: meeting.organizerMail,
      calendarWindow: { startUtc: "2025-12-31T00:00:00Z", endUtc: "2027-01-01T00:00:00Z" },
    });
    expect(result).toMatchObject({ requests: 8 + items, agendaItems: items, files: 2 * items, attendees: 12 });
    const log = tenant.requests();
    expect(log).toHaveLength(8 + items);
    expect(log.every((e) => e.status === 200 && e.batch === undefined)).toBe(true);
  });

  it("lets the demo tenant delay every baseline request, so latency adds up per request", async () => {
    const meeting = await writeGeneratedMeeting(DEFAULT_DATA_PATH, { items, bilagorPerItem: 2, attendees: 12 }, workDir);
    tenant = await startDemoTenant({ port: 0, dataPath: meeting.dataPath, quiet: true, latencyMs: 20 });
    const result = await loadMeetingViewNaively({
      graphRoot: `${tenant.url}/v1.0`,
      token: `demo:${meeting.organizerMail}`,
      meetingKey: meeting.key,
      folderName: meeting.folderName,
      siteId: DEMO_CONFIG.siteId,
      agendaListName: DEMO_CONFIG.agendaListName,
      libraryName: DEMO_CONFIG.libraryName,
      groupId: DEMO_CONFIG.groupId,
      organizerMailbox: meeting.organizerMail,
      calendarWindow: { startUtc: "2025-12-31T00:00:00Z", endUtc: "2027-01-01T00:00:00Z" },
    });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(20 * (8 + items));
  });
});
