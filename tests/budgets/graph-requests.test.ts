/** Budget: the built meeting tab shows its agenda after exactly one Graph HTTP request, whatever the meeting's size
 *  and whoever is signed in. Counted in the demo tenant's own request log (npm test builds dist/ before jest). */
import { mkdtemp, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { CI_BUDGETS, checkBudget } from "../../bench/budgets";
import { findMainMeeting, writeGeneratedMeeting } from "../../bench/meeting-data";
import { describeLog, measureTabOnce } from "../../bench/tab-timing";
import type { DemoData } from "../../src/demo-tenant/data-types";
import { DEFAULT_DATA_PATH } from "../../src/demo-tenant/store";
import { launchBrowser, startTestApp } from "../browser/harness";

jest.setTimeout(90_000);

const GRAPH_BUDGET = { "teams.graphRequests": CI_BUDGETS["teams.graphRequests"]! };

let browser: Browser;
let workDir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  workDir = await mkdtemp(path.join(tmpdir(), "budget-graph-"));
});

afterAll(async () => {
  await browser?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function countFor(dataPath: string, meeting: { key: string; folderName: string }, userMail: string): Promise<Awaited<ReturnType<typeof measureTabOnce>>> {
  // A little latency keeps the order of arrival and the mark apart, as on a real network.
  const app = await startTestApp({ demo: { dataPath, latencyMs: 20, quiet: true } });
  try {
    if (!app.tenant) throw new Error("no demo tenant");
    return await measureTabOnce(browser, { teamsUrl: app.teamsUrl, graphUrl: app.graphUrl, tenant: app.tenant, meetingKey: meeting.key, folderName: meeting.folderName, userMail });
  } finally {
    await app.close();
  }
}

describe("budget: Graph requests to show the meeting tab", () => {
  it("is one $batch for a member opening the demo meeting", async () => {
    const data = JSON.parse(readFileSync(DEFAULT_DATA_PATH, "utf8")) as DemoData;
    const meeting = findMainMeeting(data);
    const member = data.users.find((u) => u.role === "member" && u.mail !== meeting.organizerMail);
    if (!member) throw new Error("the demo data has no member");
    const run = await countFor(DEFAULT_DATA_PATH, meeting, member.mail);
    // On failure Jest prints the received object: the verdict together with what the tenant served.
    expect({ verdict: checkBudget({ "teams.graphRequests": run.graphRequests }, GRAPH_BUDGET).results.map((r) => r.message), log: describeLog(run.log) }).toEqual({
      verdict: [expect.stringMatching(/within budget/)],
      log: expect.anything(),
    });
    expect(run.graphRequestsSeenByPage).toBe(run.graphRequests);
    expect(run.log[0]?.path).toMatch(/^\/v1\.0\/\$batch/);
  });

  it("is still one $batch for the organizer opening a meeting of 50 items with 100 bilagor", async () => {
    const meeting = await writeGeneratedMeeting(DEFAULT_DATA_PATH, { items: 50, bilagorPerItem: 2, attendees: 12 }, workDir);
    const run = await countFor(meeting.dataPath, meeting, meeting.organizerMail);
    expect({ ok: checkBudget({ "teams.graphRequests": run.graphRequests }, GRAPH_BUDGET).ok, log: describeLog(run.log) }).toEqual({ ok: true, log: expect.anything() });
    expect(run.graphRequestsSeenByPage).toBe(1);
    expect(run.innerRequests).toBeGreaterThanOrEqual(5);
  });
});
