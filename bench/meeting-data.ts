/** Builds benchmark data files: the demo tenant's default data with its upcoming meeting grown to a given size. */
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DemoAttendee, DemoData, DemoDriveItem, DemoEvent, DemoList, DemoResponse, DemoSite, DemoUser } from "../src/demo-tenant/data-types";
import { DEMO_CONFIG } from "../src/config";
import { folderName as folderNameOf } from "../src/core/folder";

/** Size of a generated meeting. */
export interface MeetingSize {
  items: number;
  bilagorPerItem: number;
  attendees: number;
}

/** A generated data set and how to address its meeting. */
export interface GeneratedMeeting {
  data: DemoData;
  /** The event's iCalUId (the list's MeetingKey). */
  key: string;
  folderName: string;
  organizerMail: string;
  size: MeetingSize;
}

const KINDS = ["beslut", "information", "diskussion"] as const;
const RESPONSES: DemoResponse[] = ["accepted", "accepted", "accepted", "declined", "tentativelyAccepted", "none"];
const MUNICIPALITIES = ["Bjuv", "Båstad", "Helsingborg", "Höganäs", "Klippan", "Landskrona", "Perstorp", "Svalöv", "Åstorp", "Ängelholm", "Örkelljunga"];
const TOPICS = [
  "Regional kollektivtrafik",
  "Gemensam upphandling av e-arkiv",
  "Kompetensförsörjning inom vård och omsorg",
  "Näringslivsklimat och etableringar",
  "Samverkan kring krisberedskap",
  "Verksamhetsplan och budget",
  "Digitalisering av ekonomiprocesser",
  "Bostadsförsörjning i delregionen",
];

// A minimal, valid one-page PDF: every bilaga is a real file a browser can open, without bloating the data file.
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);

function listByName(site: DemoSite, name: string): DemoList | undefined {
  const k = name.toLowerCase();
  return site.lists.find((l) => l.displayName.toLowerCase() === k || l.name.toLowerCase() === k || l.id.toLowerCase() === k);
}

function findSite(data: DemoData): DemoSite {
  const site = data.sites.find((s) => s.id.toLowerCase() === DEMO_CONFIG.siteId.toLowerCase()) ?? data.sites[0];
  if (!site) throw new Error("the demo data has no SharePoint site");
  return site;
}

/** The meeting the default data is about: the event with the most agenda items, ties broken by the earliest start. */
function findMeeting(data: DemoData, agenda: DemoList): DemoEvent {
  const counts = new Map<string, number>();
  for (const item of agenda.items) {
    const key = item.fields.MeetingKey;
    if (typeof key === "string") counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ranked = [...data.events].sort((a, b) => (counts.get(b.iCalUId) ?? 0) - (counts.get(a.iCalUId) ?? 0) || a.startUtc.localeCompare(b.startUtc));
  const event = ranked[0];
  if (!event) throw new Error("the demo data has no events");
  return event;
}

/** Attendees: the group's members (required, as in the real invitations), then other directory users as guests
 *  (optional), topped up with generated kommundirektörer when the directory is too small. */
function chooseAttendees(data: DemoData, organizerMail: string, count: number): DemoAttendee[] {
  const group = data.groups.find((g) => g.id === DEMO_CONFIG.groupId) ?? data.groups[0];
  const memberIds = new Set(group?.members ?? []);
  const others = data.users.filter((u) => u.mail.toLowerCase() !== organizerMail.toLowerCase());
  const chosen: { user: DemoUser; type: DemoAttendee["type"] }[] = [
    ...others.filter((u) => memberIds.has(u.id)).map((user) => ({ user, type: "required" as const })),
    ...others.filter((u) => !memberIds.has(u.id)).map((user) => ({ user, type: "optional" as const })),
  ];
  for (let i = chosen.length; i < count; i++) {
    const municipality = MUNICIPALITIES[i % MUNICIPALITIES.length] ?? "Helsingborg";
    const user: DemoUser = {
      id: randomUUID(),
      displayName: `Testperson ${i + 1}`,
      mail: `testperson${i + 1}@bench.familjenhelsingborg.se`,
      companyName: municipality,
      officeLocation: null,
      role: "member",
      organisation: municipality,
    };
    data.users.push(user);
    group?.members.push(user.id);
    chosen.push({ user, type: "required" });
  }
  return chosen.slice(0, count).map(({ user, type }, i) => ({ mail: user.mail, name: user.displayName, type, response: RESPONSES[i % RESPONSES.length] ?? "none" }));
}

function versioned(now: string, by: string): { guid: string; version: number; createdUtc: string; modifiedUtc: string; createdBy: string; modifiedBy: string } {
  return { guid: randomUUID(), version: 1, createdUtc: now, modifiedUtc: now, createdBy: by, modifiedBy: by };
}

function descendants(items: DemoDriveItem[], folderId: string): Set<string> {
  const gone = new Set<string>();
  let frontier = [folderId];
  while (frontier.length > 0) {
    const next = items.filter((i) => i.parentId !== null && frontier.includes(i.parentId)).map((i) => i.id);
    next.forEach((id) => gone.add(id));
    frontier = next;
  }
  return gone;
}

/** How to address the data's main meeting (the one with the most agenda items), without changing the data. */
export function findMainMeeting(data: DemoData): { key: string; folderName: string; organizerMail: string } {
  const agenda = listByName(findSite(data), DEMO_CONFIG.agendaListName);
  if (!agenda) throw new Error(`the demo data lacks the list ${DEMO_CONFIG.agendaListName}`);
  const event = findMeeting(data, agenda);
  return { key: event.iCalUId, folderName: folderNameOf(event.startUtc, event.subject), organizerMail: event.organizer };
}

/** Returns a copy of `base` whose main meeting has `size.items` agenda items, that many bilagor each, and the given attendees. */
export function generateMeeting(base: DemoData, size: MeetingSize): GeneratedMeeting {
  const data = structuredClone(base);
  const site = findSite(data);
  const agenda = listByName(site, DEMO_CONFIG.agendaListName);
  const library = listByName(site, DEMO_CONFIG.libraryName);
  if (!agenda || !library?.drive) throw new Error(`site ${site.id} lacks the list ${DEMO_CONFIG.agendaListName} or the library ${DEMO_CONFIG.libraryName}`);
  const drive = library.drive;
  const event = findMeeting(data, agenda);
  const key = event.iCalUId;
  const organizerMail = event.organizer;
  const now = event.createdUtc;
  const folderName = folderNameOf(event.startUtc, event.subject);

  event.attendees = chooseAttendees(data, organizerMail, size.attendees);

  agenda.items = agenda.items.filter((i) => i.fields.MeetingKey !== key);
  const titles: string[] = [];
  for (let n = 1; n <= size.items; n++) {
    const topic = TOPICS[(n - 1) % TOPICS.length] ?? "Ärende";
    const title = `${topic} ${Math.ceil(n / TOPICS.length)}`;
    const presenter = event.attendees[(n - 1) % event.attendees.length];
    titles.push(title);
    agenda.items.push({
      id: String(agenda.nextItemId++),
      ...versioned(now, organizerMail),
      fields: {
        Title: title,
        MeetingKey: key,
        ItemNumber: n,
        Presenter: `${presenter?.name ?? "Sekretariatet"}, kommundirektör`,
        Description: `Bakgrund till ärende ${n}: ${topic.toLowerCase()} i Familjen Helsingborg. Underlaget har beretts av sekretariatet tillsammans med berörda nätverk.`,
        ProposedDecisions: n % 2 === 0 ? `uppdra åt sekretariatet att återkomma i ärendet\nnotera informationen till protokollet` : "",
        Kind: KINDS[(n - 1) % KINDS.length] ?? "information",
        StartTime: null,
      },
    });
  }

  const root = drive.items.find((i) => i.parentId === null);
  if (!root) throw new Error(`drive ${drive.id} has no root`);
  let folder = drive.items.find((i) => i.parentId === root.id && i.kind === "folder" && i.name.toLowerCase() === folderName.toLowerCase());
  if (!folder) {
    folder = { id: randomUUID(), listItemId: String(library.nextItemId++), name: folderName, parentId: root.id, kind: "folder", fields: { MeetingKey: key }, ...versioned(now, organizerMail) };
    drive.items.push(folder);
  }
  const gone = descendants(drive.items, folder.id);
  drive.items = drive.items.filter((i) => !gone.has(i.id));
  for (let n = 1; n <= size.items; n++) {
    for (let b = 1; b <= size.bilagorPerItem; b++) {
      drive.items.push({
        id: randomUUID(),
        listItemId: String(library.nextItemId++),
        name: `${n} ${titles[n - 1]} – underlag ${b}.pdf`,
        parentId: folder.id,
        kind: "file",
        mimeType: "application/pdf",
        contentBase64: PDF.toString("base64"),
        size: PDF.length,
        fields: { MeetingKey: key, ItemNumber: n },
        ...versioned(now, organizerMail),
      });
    }
  }
  return { data, key, folderName, organizerMail, size };
}

/** Reads a data file, generates the meeting and writes it to `outDir`; returns the file's path and the meeting. */
export async function writeGeneratedMeeting(basePath: string, size: MeetingSize, outDir: string): Promise<GeneratedMeeting & { dataPath: string }> {
  const base = JSON.parse(await readFile(basePath, "utf8")) as DemoData;
  const generated = generateMeeting(base, size);
  await mkdir(outDir, { recursive: true });
  const dataPath = path.join(outDir, `meeting-${size.items}.json`);
  // Relative content paths of untouched files keep resolving from the base data's folder.
  const baseDir = path.dirname(path.resolve(basePath));
  for (const site of generated.data.sites) {
    for (const list of site.lists) {
      for (const item of list.drive?.items ?? []) if (item.contentPath !== undefined) item.contentPath = path.resolve(baseDir, item.contentPath);
    }
  }
  await writeFile(dataPath, JSON.stringify(generated.data));
  return { ...generated, dataPath };
}
