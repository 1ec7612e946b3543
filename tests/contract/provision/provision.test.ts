/**
 * npm run provision against a demo tenant started with an empty site: it creates the contract, the product works on
 * the result, a second run changes nothing, --check reads it; a removed and a retyped column are named, the missing
 * one added, the retyped one left alone; interrupted and lost-answer runs converge without duplicates.
 */
import { AGENDA_LIST, DOCUMENT_LIBRARY, SITE_CONTRACT } from "../../../src/core";
import type { ListSpec } from "../../../src/core";
import type { DemoList } from "../../../src/demo-tenant/data-types";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { createDemoTokenProvider, createServices } from "../../../src/services";
import { graphContext } from "../../../src/services/graph/context";
import type { GraphContext } from "../../../src/services/graph/context";
import { createGraphHttp } from "../../../src/services/graph/graph-path";
import { provisionSite } from "../../../src/services/provision/provision";
import { runProvisionCommand } from "../../../scripts/provision-command";
import { configFor, MEMBER, ORGANIZER, startTenant } from "../services/harness";

let tenant: DemoTenant;
beforeAll(async () => {
  tenant = await startTenant({ emptySite: true, timeoutMs: 30 });
});
afterAll(() => tenant.close());
beforeEach(() => {
  tenant.reset();
  tenant.setFaults(undefined);
  tenant.clearRequests();
});

function contextAs(mail: string): GraphContext {
  const config = configFor(tenant);
  const http = createGraphHttp(config, createDemoTokenProvider(mail), { retry: { sleep: () => Promise.resolve(), baseBackoffSeconds: 0 } });
  return graphContext(http, config, http.policy);
}

/** The command as a user runs it, against the running tenant. */
async function command(argv: string[], as = ORGANIZER): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runProvisionCommand(argv, { GRAPH_BASE_URL: tenant.url, SHAREPOINT_ORIGIN: tenant.url, GRAPH_TOKEN: `demo:${as}` }, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const site = () => tenant.state().sites[0]!;
const listNamed = (name: string): DemoList => {
  const l = site().lists.find((x) => x.displayName === name);
  if (!l) throw new Error(`${name} missing`);
  return l;
};
const writes = () => tenant.requests().filter((r) => r.method !== "GET");

describe("an empty site", () => {
  it("--check names every list and column as missing and exits non-zero; nothing is written", async () => {
    const r = await command(["--check"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Dagordning\s+\(listan\)\s+genericList\s+–\s+saknas/);
    expect(r.out).toMatch(/Möteshandlingar\s+MeetingStart\s+text, indexerad\s+–\s+saknas/);
    expect(writes()).toEqual([]);
  });

  it("provision creates the contract in a bounded number of requests; a second run changes nothing and says so; --check exits 0", async () => {
    const first = await command([]);
    expect(first.code).toBe(0);
    expect(first.out).toContain("Skapade listan Dagordning");
    expect(first.out).toContain("Skapade dokumentbiblioteket Möteshandlingar");
    const requests = tenant.requests();
    // GET lists; POST each list with its columns; then the read that reports the result (lists + each list's columns).
    const lists = SITE_CONTRACT.length;
    expect(requests.map((r) => r.method)).toEqual(["GET", ...Array<string>(lists).fill("POST"), "GET", ...Array<string>(lists).fill("GET")]);
    for (const spec of SITE_CONTRACT) {
      const list = listNamed(spec.displayName);
      expect(list.template).toBe(spec.template);
      expect(list.columns.map((c) => c.name)).toEqual(Object.keys(spec.columns));
    }
    expect(listNamed("Dagordning").columns.find((c) => c.name === "MeetingKey")?.indexed).toBe(true);

    tenant.clearRequests();
    const second = await command([]);
    expect(second.code).toBe(0);
    expect(second.out).toContain("Inga ändringar");
    expect(writes()).toEqual([]);
    expect(tenant.requests()).toHaveLength(1 + SITE_CONTRACT.length);

    const check = await command(["--check"]);
    expect(check.code).toBe(0);
    expect(check.out).not.toMatch(/saknas|fel typ|saknar index/);
  });

  it("the product works on the provisioned site: an agenda item, its folder and a bilaga, read back in the meeting view", async () => {
    await command([]);
    const services = createServices(configFor(tenant), createDemoTokenProvider(ORGANIZER));
    const meeting = tenant.state().events.find((e) => e.startUtc.startsWith("2026-12-11"))!;
    const item = await services.agenda.create(meeting.iCalUId, { title: "Budget 2027", presenter: "Elin", description: "Underlag", proposedDecisions: ["att godkänna"], kind: "beslut", startTime: null }, 1);
    const folder = await services.documents.ensureFolder({ key: meeting.iCalUId, startUtc: meeting.startUtc, subject: meeting.subject });
    await services.documents.upload(folder.id, "Budget.pdf", new TextEncoder().encode("%PDF-1.4\n"), item.id);
    const view = await services.meetings.loadMeetingView({ key: meeting.iCalUId });
    expect(view.agenda.state).toBe("ready");
    if (view.agenda.state !== "ready") return;
    expect(view.agenda.value.items.map((i) => [i.title, i.attachments.map((a) => a.name)])).toEqual([["Budget 2027", ["Budget.pdf"]]]);
  });

  it("a member cannot provision: 403 is explained in Swedish and nothing is created", async () => {
    const r = await command([], MEMBER);
    expect(r.code).toBe(1);
    expect(r.err).toContain("webbplatsens ägare");
    expect(site().lists).toEqual([]);
  });
});

describe("a site that drifted", () => {
  beforeEach(async () => {
    await command([]);
    const agenda = listNamed("Dagordning");
    agenda.columns = agenda.columns.filter((c) => c.name !== "Presenter");
    const sortKey = agenda.columns.find((c) => c.name === "SortKey")!;
    sortKey.type = "text";
    tenant.clearRequests();
  });

  it("--check names the removed and the retyped column and exits non-zero", async () => {
    const r = await command(["--check"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Dagordning\s+Presenter\s+text\s+–\s+saknas/);
    expect(r.out).toMatch(/Dagordning\s+SortKey\s+number\s+text\s+fel typ/);
    expect(r.out).toContain("ändrar aldrig en befintlig kolumn");
    expect(writes()).toEqual([]);
  });

  it("provision adds the missing column, refuses to retype the other, and still exits non-zero", async () => {
    const r = await command([]);
    expect(r.out).toContain("Skapade kolumnen Presenter (text) i Dagordning.");
    expect(r.out).toMatch(/SortKey\s+number\s+text\s+fel typ/);
    expect(r.code).toBe(1);
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([expect.stringMatching(/^POST .*\/lists\/[^/]+\/columns$/)]);
    expect(listNamed("Dagordning").columns.find((c) => c.name === "SortKey")?.type).toBe("text");
  });

  it("a lost index is named (saknar index), and provision adds it with one PATCH that changes nothing else", async () => {
    const library = listNamed("Möteshandlingar");
    library.columns.find((c) => c.name === "MeetingStart")!.indexed = false;
    const r = await command(["--check"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/MeetingStart\s+text, indexerad\s+text\s+saknar index/);
    expect(r.out).toContain("Indexerade kolumner");
    // The same run also adds Dagordning's missing Presenter (a POST) and leaves the retyped SortKey alone.
    tenant.clearRequests();
    const before = JSON.stringify(library.columns.map((c) => ({ ...c, indexed: undefined })));
    const fixed = await command([]);
    expect(fixed.out).toContain("Indexerade kolumnen MeetingStart i Möteshandlingar.");
    expect(writes().filter((w) => w.method === "PATCH").map((w) => w.path)).toEqual([expect.stringMatching(/\/lists\/[^/]+\/columns\/[^/]+$/)]);
    expect(listNamed("Möteshandlingar").columns.find((c) => c.name === "MeetingStart")?.indexed).toBe(true);
    expect(JSON.stringify(listNamed("Möteshandlingar").columns.map((c) => ({ ...c, indexed: undefined })))).toBe(before);
  });
});

describe("the contract drives the provisioner", () => {
  it("a column added to the table is created, with no other change", async () => {
    await command([]);
    tenant.clearRequests();
    const extended: ListSpec[] = [
      { ...AGENDA_LIST, columns: { ...AGENDA_LIST.columns, Protokollford: { displayName: "Protokollförd", type: "boolean", indexed: false, required: false } } },
      DOCUMENT_LIBRARY,
    ];
    const result = await provisionSite(contextAs(ORGANIZER), { check: false, contract: extended });
    expect(result.done).toEqual(["Skapade kolumnen Protokollford (boolean) i Dagordning."]);
    expect(writes()).toHaveLength(1);
    expect(listNamed("Dagordning").columns.at(-1)).toMatchObject({ name: "Protokollford", type: "boolean", displayName: "Protokollförd" });
    expect(result.after.usable).toBe(true);
  });
});

describe("interrupted runs", () => {
  it("stopped after the first list, a rerun creates only the rest", async () => {
    const ctx = contextAs(ORGANIZER);
    let posts = 0;
    const json = ctx.http.json.bind(ctx.http);
    ctx.http.json = async (call) => {
      if (call.method === "POST" && ++posts === 2) throw new Error("avbruten");
      return json(call);
    };
    await expect(provisionSite(ctx, { check: false })).rejects.toThrow("avbruten");
    expect(site().lists.map((l) => l.displayName)).toEqual(["Dagordning"]);
    const rerun = await provisionSite(contextAs(ORGANIZER), { check: false });
    expect(rerun.done).toEqual(SITE_CONTRACT.slice(1).map((l) => expect.stringContaining(l.displayName)));
    expect(rerun.after.usable).toBe(true);
  });

  it("under lostResponse:0.4 (writes done, answers lost) reruns converge with no list or column twice", async () => {
    tenant.setFaults("lostResponse:0.4", 3);
    let runs = 0;
    let usable = false;
    while (!usable && runs < 12) {
      runs += 1;
      usable = (await command([])).code === 0;
    }
    tenant.setFaults(undefined);
    expect(usable).toBe(true);
    expect(runs).toBeGreaterThan(1);
    // The faults did hit writes that were applied: the reruns had something to converge from.
    expect(tenant.requests().filter((r) => r.method === "POST" && r.fault === "lostResponse").length).toBeGreaterThan(0);
    expect(site().lists.map((l) => l.displayName).sort()).toEqual(SITE_CONTRACT.map((l) => l.displayName).sort());
    for (const list of site().lists) expect(new Set(list.columns.map((c) => c.name)).size).toBe(list.columns.length);
  });
});
