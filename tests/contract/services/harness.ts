/** Test harness: a demo tenant on an ephemeral port, services signed in as a demo user, generated meeting data. */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildAgenda, buildAttendance, pickFields, readAgendaFields, RECORD_FIELDS, splitDecisions } from "../../../src/core";
import type { AgendaItemRecord, Attendee, DirectoryEntry, FileRecord } from "../../../src/core/types";
import { DEMO_CONFIG } from "../../../src/config";
import type { AppConfig } from "../../../src/config";
import type { DemoData, DemoDriveItem, DemoEvent, DemoList } from "../../../src/demo-tenant/data-types";
import { startDemoTenant } from "../../../src/demo-tenant/server";
import type { DemoTenant, DemoTenantOptions } from "../../../src/demo-tenant/server";
import { etagOf } from "../../../src/demo-tenant/store";
import { createDemoTokenProvider, createServices } from "../../../src/services";
import type { ServicesOptions } from "../../../src/services";
import type { Services } from "../../../src/core/ports";

export const DATA_DIR = resolve(__dirname, "../../../src/demo-tenant/data");
export const ORGANIZER = "elin.sjoberg@familjenhelsingborg.se";
export const MEMBER = "karin.lindqvist@helsingborg.se";
export const DEFAULT_FOLDER = "2026-12-11 Kommundirektörsmöte";

/** The default data file, parsed. */
export function defaultData(): DemoData {
  return JSON.parse(readFileSync(join(DATA_DIR, "default.json"), "utf8")) as DemoData;
}

/** Starts a demo tenant with quiet output and instant Retry-After. */
export function startTenant(options: DemoTenantOptions = {}): Promise<DemoTenant> {
  return startDemoTenant({ port: 0, quiet: true, faultRetryAfter: 0, ...options });
}

/**
 * One tenant for the enclosing describe block, closed after it, with the source data restored and an empty request
 * log before every test; `use` receives it once it is up.
 */
export function tenantPerTest(use: (tenant: DemoTenant) => void, options: DemoTenantOptions = {}): void {
  let started: DemoTenant | undefined;
  beforeAll(async () => {
    started = await startTenant(options);
    use(started);
  });
  afterAll(() => started?.close());
  beforeEach(() => {
    started!.reset();
    started!.clearRequests();
  });
}

/** The app configuration pointing at a running tenant. */
export function configFor(tenant: DemoTenant): AppConfig {
  return { ...DEMO_CONFIG, graphBaseUrl: tenant.url, sharePointOrigin: tenant.url };
}

/** Services signed in as a demo user. */
export function servicesAs(tenant: DemoTenant, mail: string, options: ServicesOptions = {}): Services {
  return createServices(configFor(tenant), createDemoTokenProvider(mail), options);
}

/** The working copy's event that starts on a date ("2026-12-11"). */
export function eventOn(data: DemoData, date: string): DemoEvent {
  const event = data.events.find((e) => e.startUtc.startsWith(date));
  if (!event) throw new Error(`no event on ${date}`);
  return event;
}

/** A demo library file as the agenda sees it: its id, name and the columns that tie it to an item. */
export function fileRecordOf(item: DemoDriveItem): FileRecord {
  return {
    id: item.id,
    name: item.name,
    webUrl: "",
    size: 0,
    itemId: typeof item.fields.ItemId === "string" ? item.fields.ItemId : null,
    itemNumber: typeof item.fields.ItemNumber === "number" ? item.fields.ItemNumber : null,
    etag: null,
    lastModifiedUtc: null,
  };
}

/** The meeting on `date` as DocumentStore.ensureFolder finds (or names) its folder. */
export function folderRefOn(data: DemoData, date: string): { key: string; startUtc: string; subject: string } {
  const event = eventOn(data, date);
  return { key: event.iCalUId, startUtc: event.startUtc, subject: event.subject };
}

function list(data: DemoData, name: string): DemoList {
  const found = data.sites[0]?.lists.find((l) => l.displayName === name);
  if (!found) throw new Error(`no list ${name}`);
  return found;
}

/** Data file with an extra meeting of `items` agenda items and `perItem` bilagor each; returns its path and key. */
export function writeGeneratedMeeting(items: number, perItem: number): { dataPath: string; key: string; folderName: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "sammantrade-contract-"));
  symlinkSync(join(DATA_DIR, "files"), join(dir, "files"));
  const data = defaultData();
  const template = eventOn(data, "2026-12-11");
  const key = `GENERATED-${items}-${perItem}-040000008200E00074C5B7101A82E008`;
  const startUtc = "2027-01-15T07:30:00Z";
  data.events.push({ ...template, iCalUId: key, subject: "Extra kommundirektörsmöte", startUtc, endUtc: "2027-01-15T10:30:00Z", seriesId: null });
  const agenda = list(data, "Dagordning");
  const stamp = { createdUtc: "2026-12-01T08:00:00Z", modifiedUtc: "2026-12-01T08:00:00Z", createdBy: ORGANIZER };
  for (let n = 1; n <= items; n++) {
    agenda.items.push({
      id: String(agenda.nextItemId++),
      guid: `00000000-0000-4000-8000-${String(100000 + n).padStart(12, "0")}`,
      version: 1,
      ...stamp,
      fields: {
        Title: `Ärende ${n}`,
        MeetingKey: key,
        // Stored out of order so the agenda's sort is exercised.
        ItemNumber: items + 1 - n,
        Presenter: `Föredragande ${n}, kommundirektör`,
        Description: `Bakgrund till ärende ${n}.`,
        ProposedDecisions: n % 2 === 0 ? `godkänna förslag ${n}\nlägga informationen till handlingarna` : "",
        Kind: n % 2 === 0 ? "beslut" : "information",
        StartTime: n % 3 === 0 ? `${String(8 + (n % 10)).padStart(2, "0")}.${n % 2 === 0 ? "30" : "00"}` : "",
      },
    });
  }
  const library = list(data, "Möteshandlingar");
  const drive = library.drive!;
  const root = drive.items.find((i) => i.parentId === null)!;
  const folderName = "2027-01-15 Extra kommundirektörsmöte";
  const folder: DemoDriveItem = {
    id: `01GENFOLDER${items}`,
    listItemId: String(library.nextItemId++),
    name: folderName,
    parentId: root.id,
    kind: "folder",
    fields: { MeetingKey: key },
    guid: "00000000-0000-4000-8000-0000000000f0",
    version: 1,
    ...stamp,
  };
  drive.items.push(folder);
  for (let n = 1; n <= items; n++) {
    for (let b = 1; b <= perItem; b++) {
      drive.items.push({
        id: `01GENFILE${n}X${b}`,
        listItemId: String(library.nextItemId++),
        name: `Underlag ${n}.${b}.pdf`,
        parentId: folder.id,
        kind: "file",
        contentBase64: Buffer.from(`%PDF-1.4 underlag ${n}.${b}`).toString("base64"),
        size: 24,
        fields: { ItemNumber: n, MeetingKey: key },
        guid: `00000000-0000-4000-8000-${String(200000 + n * 10 + b).padStart(12, "0")}`,
        version: 1,
        ...stamp,
      });
    }
  }
  const dataPath = join(dir, "generated.json");
  writeFileSync(dataPath, JSON.stringify(data));
  return { dataPath, key, folderName, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The agenda as core builds it from the tenant's raw data (the oracle for loadMeetingView). */
export function expectedAgenda(data: DemoData, key: string, folderName: string) {
  const records: AgendaItemRecord[] = list(data, "Dagordning")
    .items.filter((i) => i.fields.MeetingKey === key)
    .map((i) => ({
      id: i.id,
      etag: etagOf(i),
      meetingKey: key,
      sortKey: typeof i.fields.SortKey === "number" ? i.fields.SortKey : null,
      itemNumber: typeof i.fields.ItemNumber === "number" ? i.fields.ItemNumber : null,
      title: String(i.fields.Title ?? ""),
      presenter: String(i.fields.Presenter ?? ""),
      description: String(i.fields.Description ?? ""),
      proposedDecisions: splitDecisions(String(i.fields.ProposedDecisions ?? "")),
      kind: (i.fields.Kind || (i.fields.ProposedDecisions ? "beslut" : "information")) as AgendaItemRecord["kind"],
      startTime: i.fields.StartTime ? String(i.fields.StartTime) : null,
      // The record's fields as the field table reads them (their own parsing is proven in tests/unit/core/agenda-fields).
      ...pickFields(readAgendaFields(i.fields, []), RECORD_FIELDS),
    }));
  const drive = list(data, "Möteshandlingar").drive!;
  const folder = drive.items.find((i) => i.name === folderName && i.kind === "folder")!;
  const files: FileRecord[] = drive.items
    .filter((i) => i.parentId === folder.id && i.kind === "file")
    .map(fileRecordOf);
  return buildAgenda(records, files);
}

/** The attendance as core builds it from the organizer's raw event and the group's directory data. */
export function expectedAttendance(data: DemoData, key: string, config: AppConfig) {
  const event = data.events.find((e) => e.iCalUId === key)!;
  const nameOf = (mail: string, name?: string) => name ?? data.users.find((u) => u.mail.toLowerCase() === mail.toLowerCase())?.displayName ?? mail;
  const attendees: Attendee[] = event.attendees.map((a) => ({ name: nameOf(a.mail, a.name), email: a.mail.toLowerCase(), type: a.type, response: a.response }));
  const group = data.groups.find((g) => g.id === config.groupId)!;
  const directory: DirectoryEntry[] = group.members
    .map((id) => data.users.find((u) => u.id === id)!)
    .map((u) => ({ email: u.mail.toLowerCase(), name: u.displayName, companyName: u.companyName ?? null, officeLocation: u.officeLocation ?? null }));
  return buildAttendance(attendees, { name: nameOf(event.organizer), email: event.organizer.toLowerCase() }, directory, config.mailDomainMap);
}
