/**
 * Issue 12: multi-step agenda changes cut off after every write they make (the pane closed, the write failing on the
 * wire past the retry budget, the demo tenant restarted from its persisted copy), and two panes racing on move and
 * add. Afterwards the agenda is read through the demo tenant: rows counted, numbers 1..N, every bilaga with its item,
 * the order as before or as after, never between. Writes its section of tests/faults/RESULTS.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MeetingRef, Services } from "../../src/core";
import type { DemoTenant } from "../../src/demo-tenant/server";
import type { ServicesOptions } from "../../src/services";
import { addItem, moveRecord, removeRecord, uploadAttachment } from "../../src/app/agendaOps";
import type { AgendaDeps } from "../../src/app/agendaOps";
import { DEFAULT_FOLDER, eventOn, ORGANIZER, servicesAs, startTenant } from "../contract/services/harness";
import { cutAfter, invariantProblems, sameBilagor, shown } from "./interrupted";
import type { Cut, Shown } from "./interrupted";
import { writeInterruptedResults } from "./results-file";

jest.setTimeout(300_000);

const OPTIONS: ServicesOptions = { timeoutMs: 5_000, retry: { baseBackoffSeconds: 0.005 } };
const CUTS: Cut[] = ["pane", "wire", "restart"];
const DRAFT = { title: "Extra ärende", presenter: "Elin Sjöberg, sekretariatschef", description: "", proposedDecisions: [], kind: "information" as const, startTime: null };
const PDF = new TextEncoder().encode("%PDF-1.4 extra bilaga\n%%EOF\n");

let persistDir: string;
let tenant: DemoTenant;
let ref: MeetingRef;
const results: { change: string; runs: number; writes: number; problems: string[] }[] = [];

const services = (): Services => servicesAs(tenant, ORGANIZER, OPTIONS);

async function freshTenant(): Promise<void> {
  await tenant?.close();
  rmSync(persistDir, { recursive: true, force: true });
  tenant = await startTenant({ persistDir });
  tenant.reset();
  ref = { key: eventOn(tenant.state(), "2026-12-11").iCalUId, folderName: DEFAULT_FOLDER };
}

/** Closes the tenant and starts another on the persisted working copy (a new port: panes reconnect to it). */
async function restartTenant(): Promise<void> {
  await tenant.close();
  tenant = await startTenant({ persistDir });
}

beforeAll(async () => {
  persistDir = mkdtempSync(join(tmpdir(), "sammantrade-interrupted-"));
  await freshTenant();
});

afterAll(async () => {
  await tenant?.close();
  rmSync(persistDir, { recursive: true, force: true });
  if (results.length > 0 && results.every((r) => r.problems.length === 0)) writeInterruptedResults(report());
});

/** A change as the editor makes it, on the state a pane has just read. */
type Change = (deps: AgendaDeps, before: Shown) => Promise<unknown>;

interface Scenario {
  name: string;
  /** Prepares the tenant's data through Graph (so a restart keeps it) before the pane reads it. */
  prepare?: () => Promise<void>;
  change: Change;
  /** Problems of a state left by a cut (beyond the shared invariants), given the states before and after. */
  judge: (state: Shown, before: Shown, after: Shown) => string[];
  /** The user's retry on a fresh read; should bring any cut state to `after`. */
  retry?: Change;
}

async function stateAfter(scenario: Scenario, deps: AgendaDeps | null): Promise<{ before: Shown; after: Shown; writes: number }> {
  await freshTenant();
  await scenario.prepare?.();
  const before = await shown(tenant, services(), ref);
  const counting = cutAfter(deps ?? services(), Number.POSITIVE_INFINITY, "pane", async () => undefined);
  await scenario.change(counting, before);
  return { before, after: await shown(tenant, services(), ref), writes: counting.writes() };
}

async function runCuts(scenario: Scenario): Promise<void> {
  const { before: untouched, after, writes } = await stateAfter(scenario, null);
  // The uninterrupted change must itself keep every invariant (a move that loses a bilaga is wrong without any cut).
  const problems: string[] = [...invariantProblems(after), ...scenario.judge(after, untouched, after)].map((p) => `uninterrupted: ${p}`);
  let runs = 0;
  for (const cut of CUTS) {
    for (let k = 0; k < writes; k++) {
      await freshTenant();
      await scenario.prepare?.();
      const before = await shown(tenant, services(), ref);
      const stop = async (): Promise<void> => {
        if (cut === "wire") tenant.injectFaults(Array.from({ length: 40 }, () => "503" as const));
        if (cut === "restart") await restartTenant();
      };
      const cutDeps = cutAfter(services(), k, cut, stop);
      await expect(scenario.change(cutDeps, before)).rejects.toBeDefined();
      tenant.setFaults(undefined);
      runs += 1;
      const state = await shown(tenant, services(), ref);
      const found = [...invariantProblems(state), ...scenario.judge(state, before, after)];
      if (scenario.retry) {
        await scenario.retry(services(), state);
        const final = await shown(tenant, services(), ref);
        if (final.order.join() !== after.order.join()) found.push(`after the retry the order is ${final.order.join()}, expected ${after.order.join()}`);
        if (!sameBilagor(final, after, after.order)) found.push("after the retry a bilaga is not with its item");
      }
      problems.push(...found.map((p) => `${cut} after ${k} of ${writes} writes: ${p}`));
    }
  }
  results.push({ change: scenario.name, runs, writes, problems });
  expect(problems).toEqual([]);
}

/** The item a move is about, by id, so a retry can find it on a fresh read. */
const indexOf = (state: Shown, id: string) => state.order.indexOf(id);

function moveScenario(name: string, fromIndex: number, toIndex: number, prepare?: () => Promise<void>): Scenario {
  let moved = "";
  const change: Change = async (deps, before) => {
    moved = before.order[fromIndex]!;
    await moveRecord(deps, before.records, before.files, fromIndex, toIndex);
  };
  return {
    name,
    prepare,
    change,
    judge: (state, before, after) => {
      const problems: string[] = [];
      if (state.order.join() !== before.order.join() && state.order.join() !== after.order.join()) problems.push(`order ${state.order.join()} is neither before nor after`);
      if (!sameBilagor(state, before, before.order)) problems.push("a bilaga left its item");
      return problems;
    },
    retry: async (deps, state) => {
      const at = indexOf(state, moved);
      if (at !== toIndex) await moveRecord(deps, state.records, state.files, at, toIndex);
    },
  };
}

describe("interrupted after every write, by a closed pane, a failing write and a restarted tenant", () => {
  it("moving an item whose bilagor follow it by name prefix (bound by id first, then one row)", async () => {
    // December's third item owns "3 - Utkast till yttrande.docx" by its prefix only.
    await runCuts(moveScenario("move (prefix bilagor bound, then one row)", 2, 0));
  });

  it("moving between two items given the same key at once (all keys respaced first, then one row)", async () => {
    // As two panes adding at once leave it: items 4 and 5 share a key.
    const tie = async () => {
      const fifth = (await services().agenda.list(ref.key)).find((r) => r.sortKey === 5)!;
      await services().agenda.setOrder(fifth.id, fifth.etag, 4);
    };
    await runCuts(moveScenario("move into a tie (respace, then one row)", 6, 4, tie));
  });

  it("removing an item: it goes with one delete, its bilagor unassigned, no other item's bilagor move", async () => {
    let removed = "";
    await runCuts({
      name: "remove (prefix bilagor bound, then one delete)",
      change: async (deps, before) => {
        removed = before.order[1]!;
        await removeRecord(deps, before.records, before.files, removed);
      },
      judge: (state, before, after) => {
        const gone = !state.order.includes(removed);
        const reference = gone ? after : before;
        const problems: string[] = [];
        if (state.order.join() !== reference.order.join()) problems.push(`order ${state.order.join()}`);
        if (!sameBilagor(state, reference, reference.order)) problems.push("a bilaga left its item");
        return problems;
      },
      retry: async (deps, state) => {
        if (state.order.includes(removed)) await removeRecord(deps, state.records, state.files, removed);
      },
    });
  });

  it("adding an item and uploading its bilaga: the bilaga is the new item's or no item's, never another's", async () => {
    await runCuts({
      name: "add an item, upload its bilaga",
      change: async (deps, before) => {
        const created = await addItem(deps, ref.key, before.records, DRAFT);
        await uploadAttachment(deps, before.folderId, "Extra bilaga.pdf", PDF, created.id);
      },
      judge: (state, before) => {
        const problems: string[] = [];
        if (state.order.slice(0, before.order.length).join() !== before.order.join()) problems.push("the earlier items moved");
        if (state.order.length > before.order.length + 1) problems.push("the item was created twice");
        if (!sameBilagor(state, before, before.order)) problems.push("an earlier item's bilagor changed");
        return problems;
      },
    });
  });
});

describe("two panes racing", () => {
  it("on moving the same item up: one move lands, the other is told of the conflict, bilagor stay", async () => {
    await freshTenant();
    const [a, b] = [services(), services()];
    const before = await shown(tenant, a, ref);
    const outcomes = await Promise.allSettled([moveRecord(a, before.records, before.files, 3, 2), moveRecord(b, before.records, before.files, 3, 2)]);
    const state = await shown(tenant, a, ref);
    const problems = invariantProblems(state);
    if (outcomes.filter((o) => o.status === "fulfilled").length !== 1) problems.push(`${outcomes.filter((o) => o.status === "fulfilled").length} panes said done`);
    const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
    if ((rejected?.reason as { appError?: { code?: string } } | undefined)?.appError?.code !== "conflict") problems.push("the second pane was not told of a conflict");
    const expected = [...before.order];
    expected.splice(2, 0, ...expected.splice(3, 1));
    if (state.order.join() !== expected.join()) problems.push(`order ${state.order.join()}`);
    if (!sameBilagor(state, before, before.order)) problems.push("a bilaga changed item");
    results.push({ change: "two panes move the same item", runs: 1, writes: 2, problems });
    expect(problems).toEqual([]);
  });

  it("on adding an item at once: two items, two numbers, each pane's bilaga on its own item", async () => {
    await freshTenant();
    const [a, b] = [services(), services()];
    const before = await shown(tenant, a, ref);
    const add = async (pane: Services, title: string) => {
      const created = await addItem(pane, ref.key, before.records, { ...DRAFT, title });
      await uploadAttachment(pane, before.folderId, `${title}.pdf`, PDF, created.id);
      return created.id;
    };
    const [mine, theirs] = await Promise.all([add(a, "Punkt från A"), add(b, "Punkt från B")]);
    const state = await shown(tenant, a, ref);
    const problems = invariantProblems(state);
    if (state.order.length !== before.order.length + 2) problems.push(`${state.order.length} items, expected ${before.order.length + 2}`);
    const nameOf = (fileId: string) => state.files.find((f) => f.id === fileId)?.name;
    if ((state.bilagor[mine] ?? []).map(nameOf).join() !== "Punkt från A.pdf") problems.push(`A's item holds ${(state.bilagor[mine] ?? []).map(nameOf).join()}`);
    if ((state.bilagor[theirs] ?? []).map(nameOf).join() !== "Punkt från B.pdf") problems.push(`B's item holds ${(state.bilagor[theirs] ?? []).map(nameOf).join()}`);
    if (!sameBilagor(state, before, before.order)) problems.push("an earlier item's bilagor changed");
    results.push({ change: "two panes add an item with a bilaga", runs: 1, writes: 6, problems });
    expect(problems).toEqual([]);
  });
});

function report(): string {
  const runs = results.reduce((n, r) => n + r.runs, 0);
  return [
    "## Interrupted multi-step changes and racing panes",
    "",
    `Generated by \`tests/faults/interrupted.test.ts\`; do not edit by hand. ${runs} runs, ${results.reduce((n, r) => n + r.problems.length, 0)} problems.`,
    "",
    "Each change is cut off before each of its writes in turn: the pane closes, the write fails on the wire (503 past",
    "the retry budget), or the demo tenant is restarted from its persisted copy. The agenda is then read through the",
    "tenant: rows counted, numbers 1..N as shown, no file twice, every bilaga with its item, the order as before or as",
    "after; then the user's retry on a fresh read must reach the uninterrupted result.",
    "",
    "| change | writes | runs | problems |",
    "| --- | --- | --- | --- |",
    ...results.map((r) => `| ${r.change} | ${r.writes} | ${r.runs} | ${r.problems.length} |`),
    "",
  ].join("\n");
}
