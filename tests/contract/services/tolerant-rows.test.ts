/**
 * Rows our UI would never write, added through the demo tenant's Graph API as SharePoint would accept them: one
 * without ItemNumber and SortKey, one with a Kind the choice column allows only as fill-in. The meeting view keeps
 * every other item in its place and both rows, after the others where they have no order, each with its problems.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { agendaItemProblems } from "../../../src/core";
import { DEMO_CONFIG } from "../../../src/config";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { DATA_DIR, DEFAULT_FOLDER, defaultData, eventOn, MEMBER, ORGANIZER, servicesAs, startTenant } from "./harness";

let tenant: DemoTenant;
let dir: string;

beforeAll(async () => {
  // SharePoint's "Allow 'Fill-in' choices" on Kind: the list accepts any text there, as a hand edit in SharePoint does.
  dir = mkdtempSync(join(tmpdir(), "sammantrade-tolerant-"));
  symlinkSync(join(DATA_DIR, "files"), join(dir, "files"));
  const data = defaultData();
  const agenda = data.sites[0]!.lists.find((l) => l.displayName === "Dagordning")!;
  agenda.columns = agenda.columns.map((column) => (column.name === "Kind" ? { ...column, fillIn: true } : column));
  writeFileSync(join(dir, "data.json"), JSON.stringify(data));
  tenant = await startTenant({ dataPath: join(dir, "data.json") });
});

afterAll(async () => {
  await tenant?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function addRow(fields: Record<string, unknown>): Promise<string> {
  const path = `/v1.0/sites/${encodeURIComponent(DEMO_CONFIG.siteId)}/lists/${encodeURIComponent(DEMO_CONFIG.agendaListName)}/items`;
  const response = await fetch(`${tenant.url}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer demo:${ORGANIZER}`, "Content-Type": "application/json" },
    body: JSON.stringify({ fields }),
  });
  expect(response.status).toBe(201);
  return String(((await response.json()) as { id: unknown }).id);
}

test("without a fill-in Kind column the list refuses an unknown Kind, as SharePoint does", async () => {
  const strict = await startTenant();
  try {
    const key = eventOn(strict.state(), "2026-12-11").iCalUId;
    const path = `/v1.0/sites/${encodeURIComponent(DEMO_CONFIG.siteId)}/lists/${encodeURIComponent(DEMO_CONFIG.agendaListName)}/items`;
    const response = await fetch(`${strict.url}${path}`, { method: "POST", headers: { Authorization: `Bearer demo:${ORGANIZER}`, "Content-Type": "application/json" }, body: JSON.stringify({ fields: { Title: "x", MeetingKey: key, Kind: "Beslutsärende" } }) });
    expect(response.status).toBe(400);
  } finally {
    await strict.close();
  }
});

test("a row without order and a row with an unknown Kind are shown with every other item, marked", async () => {
  const key = eventOn(tenant.state(), "2026-12-11").iCalUId;
  const before = await servicesAs(tenant, ORGANIZER).meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });
  if (before.agenda.state !== "ready") throw new Error("agenda did not load before the rows were added");
  const titlesBefore = before.agenda.value.items.map((i) => i.title);
  expect(titlesBefore).toHaveLength(8);

  const unordered = await addRow({ Title: "Punkt tillagd för hand", MeetingKey: key, Presenter: "Elin Sjöberg" });
  const oddKind = await addRow({ Title: "Upphandling av skolskjuts", MeetingKey: key, Kind: "Beslutsärende", ItemNumber: 3 });

  for (const mail of [ORGANIZER, MEMBER]) {
    const view = await servicesAs(tenant, mail).meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER });
    expect(view.agenda.state).toBe("ready");
    if (view.agenda.state !== "ready") return;
    const items = view.agenda.value.items;
    expect(items).toHaveLength(10);
    // Every earlier item keeps its order; the row without order comes last, numbered after the others.
    expect(items.filter((i) => i.id !== unordered && i.id !== oddKind).map((i) => i.title)).toEqual(titlesBefore);
    expect(items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const last = items[items.length - 1]!;
    expect(last).toMatchObject({ id: unordered, title: "Punkt tillagd för hand", presenter: "Elin Sjöberg", sortKey: null, itemNumber: null });
    expect(agendaItemProblems(last)).toEqual([{ code: "missingOrder" }]);
    // The unknown Kind keeps its row in its place (ItemNumber 3), read as information (it proposes no decision).
    const odd = items.find((i) => i.id === oddKind)!;
    expect(odd).toMatchObject({ title: "Upphandling av skolskjuts", kind: "information", itemNumber: 3 });
    expect(odd.number).toBeLessThan(10);
    expect(agendaItemProblems(odd)).toEqual([{ code: "unknownKind", value: "Beslutsärende" }]);
    // The other items carry no problems.
    expect(items.filter((i) => i.id !== unordered && i.id !== oddKind).every((i) => agendaItemProblems(i).length === 0)).toBe(true);
  }
});
