/** Regenerates default.json and the bilagor in files/: `npx tsx src/demo-tenant/data/build-default-data.ts`.
 *  Familjen Helsingborg's kommundirektörsgrupp with fictional people; ids are derived from names so reruns are stable. */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import type { DemoAttendee, DemoData, DemoDriveItem, DemoEvent, DemoList, DemoListItem, DemoOnlineMeeting, DemoPermission, DemoResponse, DemoSeries, DemoUser } from "../data-types";
import { AGENDA_LIST, ASSIGNMENT_LIST, ASSIGNMENT_STATUS_CHOICES, DOCUMENT_LIBRARY, PRESENCE_LIST, PRESENCE_ROLE_CHOICES, PRESENCE_STATUS_CHOICES, RECORD_STATE_CHOICES, REGISTER_LIST } from "../../core";
import { demoColumnsOf } from "../list-columns";
import { makePdf } from "./pdf";

const OUT_DIR = __dirname;
const FILES_DIR = join(OUT_DIR, "files");

function hex(seed: string, length: number): string {
  return createHash("sha256").update(seed).digest("hex").slice(0, length).toUpperCase();
}

function guid(seed: string): string {
  const h = hex(seed, 32).toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Exchange Global Object Id as Graph shows it in iCalUId: instance date bytes for occurrences, zero for the master. */
function goid(seed: string, date?: { y: number; m: number; d: number }): string {
  const instance = date ? `${date.y.toString(16).padStart(4, "0")}${date.m.toString(16).padStart(2, "0")}${date.d.toString(16).padStart(2, "0")}`.toUpperCase() : "00000000";
  return `040000008200E00074C5B7101A82E008${instance}B0F3A5C1E25ADC01000000000000000010000000${hex(seed, 32)}`;
}

const TENANT_ID = guid("familjenhelsingborg-tenant");
const CREATED = "2025-12-01T09:14:22Z";

type Person = { given: string; family: string; local: string; domain: string; company: string | null; office: string | null; title: string; org: string; role?: "member" | "secretariat"; federated?: true };

const DIRECTORS: Person[] = [
  { given: "Karin", family: "Lindqvist", local: "karin.lindqvist", domain: "helsingborg.se", company: "Helsingborgs stad", office: null, title: "Stadsdirektör", org: "Helsingborg" },
  { given: "Mikael", family: "Holm", local: "mikael.holm", domain: "bastad.se", company: "Båstads kommun", office: null, title: "Kommundirektör", org: "Båstad" },
  { given: "Sofia", family: "Ekström", local: "sofia.ekstrom", domain: "bjuv.se", company: "Bjuvs kommun", office: null, title: "Kommundirektör", org: "Bjuv" },
  { given: "Per", family: "Åkesson", local: "per.akesson", domain: "hoganas.se", company: "Höganäs kommun", office: null, title: "Kommundirektör", org: "Höganäs" },
  { given: "Maria", family: "Lundgren", local: "maria.lundgren", domain: "klippan.se", company: "Klippans kommun", office: null, title: "Kommundirektör", org: "Klippan" },
  { given: "Johan", family: "Bergqvist", local: "johan.bergqvist", domain: "landskrona.se", company: "Landskrona stad", office: null, title: "Stadsdirektör", org: "Landskrona" },
  // No companyName: the municipality comes from officeLocation.
  { given: "Annika", family: "Svensson", local: "annika.svensson", domain: "perstorp.se", company: null, office: "Perstorp", title: "Kommundirektör", org: "Perstorp" },
  { given: "Henrik", family: "Olsson", local: "henrik.olsson", domain: "svalov.se", company: "Svalövs kommun", office: null, title: "Kommundirektör", org: "Svalöv" },
  { given: "Lena", family: "Fransson", local: "lena.fransson", domain: "astorp.se", company: "Åstorps kommun", office: null, title: "Kommundirektör", org: "Åstorp" },
  { given: "Fredrik", family: "Wallin", local: "fredrik.wallin", domain: "engelholm.se", company: "Ängelholms kommun", office: null, title: "Kommundirektör", org: "Ängelholm" },
  // Neither companyName nor officeLocation: only the mail domain map places her.
  // Signs in from Örkelljunga's own tenant (federated): opens the library's files only once they are shared with her.
  { given: "Camilla", family: "Nyström", local: "camilla.nystrom", domain: "orkelljunga.se", company: null, office: null, title: "Kommundirektör", org: "Örkelljunga", federated: true },
];

const SECRETARIAT: Person = { given: "Elin", family: "Sjöberg", local: "elin.sjoberg", domain: "familjenhelsingborg.se", company: "Familjen Helsingborg", office: "Södergatan 22, Helsingborg", title: "Sekretariatschef", org: "sekretariatet", role: "secretariat" };
const GUESTS: Person[] = [
  { given: "Malin", family: "Östberg", local: "malin.ostberg", domain: "skane.se", company: "Region Skåne", office: null, title: "Regional utvecklingsdirektör", org: "Region Skåne", federated: true },
  { given: "Oskar", family: "Lind", local: "oskar.lind", domain: "nsva.se", company: "NSVA", office: "Helsingborg", title: "Vd", org: "NSVA", federated: true },
];
/** Signs in but is invited to nothing: the "not a member" case. */
const OUTSIDER: Person = { given: "Sara", family: "Dahl", local: "sara.dahl", domain: "familjenhelsingborg.se", company: "Familjen Helsingborg", office: null, title: "Kommunikationsstrateg", org: "sekretariatet" };

function toUser(p: Person): DemoUser {
  const mail = `${p.local}@${p.domain}`;
  return {
    id: guid(`user:${mail}`),
    displayName: `${p.given} ${p.family}`,
    givenName: p.given,
    surname: p.family,
    mail,
    userPrincipalName: mail,
    companyName: p.company,
    officeLocation: p.office,
    jobTitle: p.title,
    role: p.role ?? "member",
    organisation: p.org,
    ...(p.federated ? { federated: true } : {}),
  };
}

const users = [...DIRECTORS, SECRETARIAT, ...GUESTS, OUTSIDER].map(toUser);
const mailOf = (p: Person) => `${p.local}@${p.domain}`;
const ORGANIZER = mailOf(SECRETARIAT);
const KANSLIET = "Familjen Helsingborgs kansli, Södergatan 22, Helsingborg";

/** Second Friday of each month of 2026 except July (summer break): meeting number n is the n-th date. */
const MEETING_DAYS: { m: number; d: number; location: string }[] = [
  { m: 1, d: 9, location: KANSLIET },
  { m: 2, d: 13, location: "Stadshuset, Ängelholm" },
  { m: 3, d: 13, location: KANSLIET },
  { m: 4, d: 10, location: "Kommunhuset, Båstad" },
  { m: 5, d: 8, location: KANSLIET },
  { m: 6, d: 12, location: "Kommunhuset, Höganäs" },
  { m: 8, d: 14, location: KANSLIET },
  { m: 9, d: 11, location: "Kommunhuset, Klippan" },
  { m: 10, d: 9, location: KANSLIET },
  { m: 11, d: 13, location: "Rådhuset, Landskrona" },
  { m: 12, d: 11, location: KANSLIET },
];

/** 08.30 and 11.30 Stockholm time in UTC (CEST from 29 March to 25 October 2026). */
function meetingTimes(m: number, d: number): { start: string; end: string } {
  const summer = (m > 3 && m < 10) || (m === 3 && d >= 29) || (m === 10 && d < 25);
  const startHour = summer ? 6 : 7;
  const date = `2026-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return { start: `${date}T${String(startHour).padStart(2, "0")}:30:00Z`, end: `${date}T${String(startHour + 3).padStart(2, "0")}:30:00Z` };
}

const CHAT_ID = "19:meeting_NjVlYzQ5ZTAtMjE1Ni00YjA5LWI3ZjctOGQ0ZDZhZmYxYzA3@thread.v2";
const JOIN_URL = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(CHAT_ID).replace(/%3A/g, "%3a").replace(/%40/g, "%40")}/0?context=${encodeURIComponent(JSON.stringify({ Tid: TENANT_ID, Oid: guid(`user:${ORGANIZER}`) }))}`;

function teamsBlock(): string {
  return [
    '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>',
    '<div class="me-email-text" lang="sv-SE" style="color:#252424;font-family:\'Segoe UI\',sans-serif">',
    '<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams</span> <a href="https://aka.ms/JoinTeamsMeeting?omkt=sv-SE">Behöver du hjälp?</a></div>',
    `<div style="margin-bottom:20px"><a class="me-email-headline" href="${JOIN_URL.replace(/&/g, "&amp;")}" style="font-size:20px;font-weight:600;color:#5B5FC7">Delta i mötet nu</a></div>`,
    '<div style="margin-bottom:20px"><span style="font-size:14px;color:#616161">Mötes-ID: </span><span style="font-size:16px;color:#252424">374 118 902 615</span><br><span style="font-size:14px;color:#616161">Lösenord: </span><span style="font-size:16px;color:#252424">Xk7pQ2</span></div>',
    "</div>",
  ].join("");
}

function invitationBody(extra: string): string {
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div><p>Hej!</p><p>Välkommen till Kommundirektörsgruppens möte. ${extra}</p><p>Förhinder anmäls genom att tacka nej till inbjudan.</p><p>Hälsningar<br>Elin Sjöberg<br>sekretariatschef, Familjen Helsingborg</p></div>${teamsBlock()}</body></html>`;
}

const SERIES_ID = "kommundirektorsmote-2026";
const SERIES_UID = goid("series:kommundirektorsmote-2026");

function answer(mail: string, response: DemoResponse, time: string | null, type: DemoAttendee["type"] = "required"): DemoAttendee {
  return { mail, type, response, responseTime: response === "none" ? null : time };
}

/** Decembers's mixed answers: 6 accepted, 2 declined, 1 tentative, 2 without answer; one guest answered. */
const DECEMBER: Record<string, DemoResponse> = {
  "karin.lindqvist": "accepted",
  "mikael.holm": "accepted",
  "sofia.ekstrom": "declined",
  "per.akesson": "accepted",
  "maria.lundgren": "tentativelyAccepted",
  "johan.bergqvist": "declined",
  "annika.svensson": "accepted",
  "henrik.olsson": "none",
  "lena.fransson": "accepted",
  "fredrik.wallin": "accepted",
  "camilla.nystrom": "none",
};

function occurrence(index: number): DemoEvent {
  const day = MEETING_DAYS[index];
  if (!day) throw new Error(`no meeting ${index}`);
  const { start, end } = meetingTimes(day.m, day.d);
  const isDecember = day.m === 12;
  const answeredAt = (i: number) => new Date(Date.parse(start) - (20 - i) * 86400000 + i * 3600000).toISOString().replace(/\.000Z$/, "Z");
  const attendees = DIRECTORS.map((p, i) => {
    const mail = mailOf(p);
    if (isDecember) return answer(mail, DECEMBER[p.local] ?? "none", answeredAt(i));
    // Past meetings: everyone answered; two rotating apologies per meeting.
    const declined = i === index % DIRECTORS.length || i === (index * 5 + 3) % DIRECTORS.length;
    return answer(mail, declined ? "declined" : "accepted", answeredAt(i));
  });
  if (isDecember) {
    attendees.push(answer(mailOf(GUESTS[0] as Person), "accepted", answeredAt(3), "optional"));
    attendees.push(answer(mailOf(GUESTS[1] as Person), "none", null, "optional"));
  }
  if (day.m === 11) attendees.push(answer(mailOf(GUESTS[1] as Person), "accepted", answeredAt(5), "optional"));
  return {
    iCalUId: goid("series:kommundirektorsmote-2026", { y: 2026, m: day.m, d: day.d }),
    subject: "Kommundirektörsmöte",
    startUtc: start,
    endUtc: end,
    timeZone: "W. Europe Standard Time",
    location: day.location,
    organizer: ORGANIZER,
    attendees,
    seriesId: SERIES_ID,
    isCancelled: false,
    joinUrl: JOIN_URL,
    bodyHtml: invitationBody(isDecember ? "Kallelse med dagordning och handlingar skickas ut senast en vecka före mötet." : "Dagordning och handlingar finns i mötets mapp i Möteshandlingar."),
    createdUtc: CREATED,
    lastModifiedUtc: isDecember ? "2026-11-27T14:05:31Z" : start,
  };
}

const events = MEETING_DAYS.map((_, i) => occurrence(i));
const december = events[10] as DemoEvent;
const november = events[9] as DemoEvent;
const october = events[8] as DemoEvent;
/**
 * October's meeting was moved a day earlier, from Friday 9 to Thursday 8 October, after its folder was made: the
 * folder keeps the first date in its name and is found by its MeetingKey (the key keeps the occurrence's original
 * date, as Exchange's does).
 */
const OCTOBER_FOLDER_NAME = `${october.startUtc.slice(0, 10)} Kommundirektörsmöte`;
const DAY_MS = 86_400_000;
october.startUtc = new Date(Date.parse(october.startUtc) - DAY_MS).toISOString().replace(/\.000Z$/, "Z");
october.endUtc = new Date(Date.parse(october.endUtc) - DAY_MS).toISOString().replace(/\.000Z$/, "Z");
october.lastModifiedUtc = "2026-09-28T13:10:00Z";

/**
 * Another meeting the same secretariat organizes the same year, not the group's: the board of Familjen Helsingborg AB,
 * without a folder in Möteshandlingar or a row in Sammanträden. It must not shift the group's meeting numbers.
 */
const boardMeeting: DemoEvent = {
  iCalUId: goid("board:2026-05-21"),
  subject: "Styrelsemöte Familjen Helsingborg AB",
  startUtc: meetingTimes(5, 21).start,
  endUtc: meetingTimes(5, 21).end,
  timeZone: "W. Europe Standard Time",
  location: "Familjen Helsingborgs kansli, Södergatan 22, Helsingborg",
  organizer: ORGANIZER,
  attendees: [answer(mailOf(DIRECTORS[5] as Person), "accepted", "2026-05-02T08:00:00Z"), answer(mailOf(DIRECTORS[9] as Person), "accepted", "2026-05-03T08:00:00Z")],
  seriesId: null,
  isCancelled: false,
  joinUrl: null,
  bodyHtml: "<html><body><p>Styrelsemöte i Familjen Helsingborg AB.</p></body></html>",
  createdUtc: "2026-04-20T09:00:00Z",
  lastModifiedUtc: "2026-04-20T09:00:00Z",
};

const series: DemoSeries = {
  id: SERIES_ID,
  iCalUId: SERIES_UID,
  subject: "Kommundirektörsmöte",
  organizer: ORGANIZER,
  startUtc: meetingTimes(1, 9).start,
  endUtc: meetingTimes(1, 9).end,
  location: KANSLIET,
  recurrence: {
    pattern: { type: "relativeMonthly", interval: 1, month: 0, dayOfMonth: 0, daysOfWeek: ["friday"], firstDayOfWeek: "monday", index: "second" },
    range: { type: "endDate", startDate: "2026-01-09", endDate: "2026-12-31", recurrenceTimeZone: "W. Europe Standard Time", numberOfOccurrences: 0 },
  },
  attendees: DIRECTORS.map((p) => answer(mailOf(p), "accepted", "2025-12-02T08:00:00Z")),
  bodyHtml: invitationBody("Mötena hålls andra fredagen i månaden, utom i juli."),
  joinUrl: JOIN_URL,
  createdUtc: CREATED,
};

/** One agenda item as written in the list. */
interface ItemSeed {
  n: number;
  title: string;
  presenter: string;
  kind: "beslut" | "information" | "diskussion";
  start?: string;
  description?: string;
  decisions?: string[];
}

const DECEMBER_ITEMS: ItemSeed[] = [
  {
    n: 1,
    title: "Mötets öppnande och föregående mötesprotokoll",
    presenter: "Elin Sjöberg, sekretariatschef, Familjen Helsingborg",
    kind: "beslut",
    start: "08.30",
    description: "Incheckning och genomgång av protokoll nr 10 2026 från mötet den 13 november i Landskrona.",
    decisions: ["godkänna protokoll nr 10 2026 och lägga det till handlingarna"],
  },
  {
    n: 2,
    title: "Uppföljning av regional transportinfrastrukturplan 2026–2037",
    presenter: "Malin Östberg, regional utvecklingsdirektör, Region Skåne",
    kind: "information",
    start: "08.45",
    description: "Region Skåne redogör för inkomna remissvar och den fortsatta tidplanen för den regionala transportinfrastrukturplanen.",
    decisions: ["tacka för informationen"],
  },
  {
    n: 3,
    title: "Förslag till gemensamt yttrande över transportinfrastrukturplanen",
    presenter: "Fredrik Wallin, kommundirektör, Ängelholm",
    kind: "beslut",
    start: "09.15",
    description: "Ängelholms kommun har samordnat ett förslag till gemensamt yttrande för Familjen Helsingborgs kommuner. Yttrandet lyfter kapaciteten på Västkustbanan, persontrafik på Söderåsbanan och trafiksäkerhet på väg 111.",
    decisions: [
      "ställa sig bakom förslaget till gemensamt yttrande",
      "uppdra åt sekretariatet att skicka yttrandet till Region Skåne senast den 18 december 2026",
      "respektive kommun fattar beslut om eget yttrande i sin ordinarie ordning",
    ],
  },
  {
    n: 4,
    title: "Verksamhetsplan och budget 2027",
    presenter: "Elin Sjöberg, sekretariatschef, Familjen Helsingborg",
    kind: "beslut",
    start: "09.40",
    description: "Sekretariatet presenterar förslag till verksamhetsplan och budget 2027 inför beslut i styrelsen den 22 januari 2027. Förslaget utgår från utvecklingsplanens fyra målområden.",
    decisions: [
      "föreslå styrelsen att fastställa verksamhetsplan och budget 2027 enligt förslaget",
      "uppdra åt sekretariatet att arbeta in gruppens synpunkter före utskick till styrelsen",
    ],
  },
  {
    n: 5,
    title: "Samverkan kring VA-försörjning och klimatanpassning",
    presenter: "Oskar Lind, vd, NSVA",
    kind: "information",
    start: "10.15",
    description: "NSVA informerar om arbetet med en gemensam VA-plan och om behovet av samordnade investeringar för klimatanpassning i delägarkommunerna.",
    decisions: ["tacka för informationen"],
  },
  {
    n: 6,
    title: "Gemensamt traineeprogram 2027",
    presenter: "Ida Strand, projektledare, Helsingborgs stad",
    kind: "diskussion",
    start: "10.45",
    description: "Projektplan för nästa omgång av Familjen Helsingborgs traineeprogram: antal platser per kommun, finansiering och tidplan.",
    decisions: [
      "ställa sig bakom projektplanen för traineeprogram 2027",
      "respektive kommun anmäler antal traineeplatser till sekretariatet senast den 31 januari 2027",
    ],
  },
  {
    n: 7,
    title: "Avstämningar från kommunerna",
    presenter: "Samtliga kommundirektörer",
    kind: "diskussion",
    description: "Aktuella frågor från respektive kommun. Påminnelse om Kommundirektörsgruppens internat den 4–5 februari 2027.",
  },
  { n: 8, title: "Övriga frågor", presenter: "Karin Lindqvist, stadsdirektör, Helsingborg", kind: "information", start: "11.15" },
];

const OCTOBER_ITEMS: ItemSeed[] = [
  {
    n: 1,
    title: "Budgetuppföljning per september 2026",
    presenter: "Elin Sjöberg, sekretariatschef, Familjen Helsingborg",
    kind: "information",
    description: "Utfall januari–september och prognos för helåret.",
    decisions: ["lägga informationen till handlingarna"],
  },
];

const NOVEMBER_ITEMS: ItemSeed[] = [
  {
    n: 1,
    title: "Mötets öppnande och föregående mötesprotokoll",
    presenter: "Elin Sjöberg, sekretariatschef, Familjen Helsingborg",
    kind: "beslut",
    start: "08.30",
    decisions: ["godkänna protokoll nr 9 2026 och lägga det till handlingarna"],
  },
  {
    n: 2,
    title: "Delårsrapport per augusti 2026",
    presenter: "Elin Sjöberg, sekretariatschef, Familjen Helsingborg",
    kind: "information",
    start: "08.45",
    description: "Sekretariatet redovisar delårsrapporten med prognos för helåret.",
    decisions: ["lägga informationen till handlingarna"],
  },
  {
    n: 3,
    title: "Uppföljning av målområdet Hållbar tillväxt",
    presenter: "Per Åkesson, kommundirektör, Höganäs",
    kind: "diskussion",
    start: "09.30",
    description: "Tematisk uppföljning av utvecklingsplanens målområde Hållbar tillväxt med nätverket Näringsliv och destination.",
    decisions: ["uppdra åt nätverket Näringsliv och destination att återkomma med förslag på prioriteringar 2027"],
  },
  { n: 4, title: "Övriga frågor", presenter: "Karin Lindqvist, stadsdirektör, Helsingborg", kind: "information" },
];

function versioned(seed: string, created: string, modified: string, version: number, by: string) {
  return { guid: guid(seed), version, createdUtc: created, modifiedUtc: modified, createdBy: by, modifiedBy: by };
}

let nextAgendaId = 1;
/** The list item id of item `n` of a meeting, for files that name their item by id (ItemId). */
const agendaIdOf = new Map<string, string>();
/**
 * Rows written by the app carry SortKey (their order key); rows from before it, or added by hand in SharePoint,
 * carry only ItemNumber. Both kinds are in the demo so both readings stay exercised.
 */
function agendaItems(meeting: DemoEvent, seeds: ItemSeed[], edited: string, order: "SortKey" | "ItemNumber"): DemoListItem[] {
  return seeds.map((s) => {
    const id = String(nextAgendaId++);
    agendaIdOf.set(`${meeting.iCalUId}#${s.n}`, id);
    const fields: DemoListItem["fields"] = { Title: s.title, MeetingKey: meeting.iCalUId, [order]: s.n, Presenter: s.presenter, Kind: s.kind };
    if (s.description) fields.Description = s.description;
    if (s.decisions && s.decisions.length > 0) fields.ProposedDecisions = s.decisions.join("\n");
    if (s.start) fields.StartTime = s.start;
    return { id, fields, ...versioned(`agenda:${meeting.iCalUId}:${s.n}`, "2026-10-30T10:00:00Z", edited, 2 + (s.n % 3), ORGANIZER) };
  });
}

const agendaList: DemoList = {
  id: guid("list:dagordning"),
  name: AGENDA_LIST.name,
  displayName: AGENDA_LIST.displayName,
  template: AGENDA_LIST.template,
  // Declared once in src/core/schema: the same table the provisioner creates on a real site.
  columns: demoColumnsOf(AGENDA_LIST),
  items: [
    ...agendaItems(november, NOVEMBER_ITEMS, "2026-11-06T15:20:00Z", "ItemNumber"),
    ...agendaItems(december, DECEMBER_ITEMS, "2026-12-02T13:45:10Z", "SortKey"),
    ...agendaItems(october, OCTOBER_ITEMS, "2026-10-01T11:00:00Z", "SortKey"),
  ],
  nextItemId: 0,
  ...versioned("list:dagordning", "2025-11-20T08:00:00Z", "2026-12-02T13:45:10Z", 14, ORGANIZER),
};
agendaList.nextItemId = nextAgendaId;

/** A generic list of the record, its columns from core and its rows numbered from 1. */
function recordList(spec: typeof REGISTER_LIST | typeof PRESENCE_LIST | typeof ASSIGNMENT_LIST, rows: DemoListItem["fields"][], edited: string): DemoList {
  const items = rows.map((fields, i) => ({ id: String(i + 1), fields, ...versioned(`${spec.name}:${i + 1}`, edited, edited, 2, ORGANIZER) }));
  return {
    id: guid(`list:${spec.name.toLowerCase()}`),
    name: spec.name,
    displayName: spec.displayName,
    template: spec.template,
    columns: demoColumnsOf(spec),
    items,
    nextItemId: items.length + 1,
    ...versioned(`list:${spec.name.toLowerCase()}`, "2026-01-05T08:00:00Z", edited, 3 + items.length, ORGANIZER),
  };
}

const nameOf = (p: Person): string => `${p.given} ${p.family}`;
const CHAIR = DIRECTORS[0] as Person;

/**
 * Sammanträden: the year's meetings before December, numbered 1–10 and justerade. December has no row yet: its
 * number is computed (preliminärt) until the secretariat opens it to record it.
 */
const registerList = recordList(
  REGISTER_LIST,
  events.slice(0, 10).map((event, i) => ({
    Title: event.subject,
    MeetingKey: event.iCalUId,
    Start: event.startUtc,
    Number: i + 1,
    FolderName: event === october ? OCTOBER_FOLDER_NAME : `${event.startUtc.slice(0, 10)} ${event.subject}`,
    Chair: nameOf(CHAIR),
    Approvers: [nameOf(DIRECTORS[(i + 1) % DIRECTORS.length] as Person), nameOf(DIRECTORS[(i + 2) % DIRECTORS.length] as Person)].join("\n"),
    RecordState: RECORD_STATE_CHOICES.approved,
  })),
  "2026-11-20T14:00:00Z",
);

/** Närvaro of November, as recorded: answers became presence, one came late, one left early, one guest. */
const presenceList = recordList(
  PRESENCE_LIST,
  [
    ...november.attendees.map((a) => {
      const user = users.find((u) => u.mail === a.mail) as DemoUser;
      const guest = a.type === "optional";
      const fields: DemoListItem["fields"] = {
        Title: user.displayName,
        MeetingKey: november.iCalUId,
        Email: a.mail,
        DisplayName: user.displayName,
        Organisation: user.organisation,
        Status: a.response === "declined" ? PRESENCE_STATUS_CHOICES.apologies : PRESENCE_STATUS_CHOICES.present,
        Role: guest ? PRESENCE_ROLE_CHOICES.guest : a.mail === mailOf(CHAIR) ? PRESENCE_ROLE_CHOICES.chair : PRESENCE_ROLE_CHOICES.member,
      };
      if (a.mail === mailOf(DIRECTORS[3] as Person)) fields.Arrived = "08.45";
      if (a.mail === mailOf(DIRECTORS[8] as Person)) fields.Left = "11.10";
      return fields;
    }),
    {
      Title: nameOf(SECRETARIAT),
      MeetingKey: november.iCalUId,
      Email: ORGANIZER,
      DisplayName: nameOf(SECRETARIAT),
      Organisation: SECRETARIAT.org,
      Status: PRESENCE_STATUS_CHOICES.present,
      Role: PRESENCE_ROLE_CHOICES.secretariat,
    },
  ],
  "2026-11-13T10:40:00Z",
);

/** Uppdrag given in November (item 3), still open: the kind a later protokoll follows up. */
const assignmentList = recordList(
  ASSIGNMENT_LIST,
  [
    {
      Title: "återkomma med förslag på prioriteringar 2027",
      MeetingKey: november.iCalUId,
      ItemId: agendaIdOf.get(`${november.iCalUId}#3`) ?? "",
      Assignee: "Nätverket Näringsliv och destination",
      Status: ASSIGNMENT_STATUS_CHOICES.open,
    },
  ],
  "2026-11-13T10:40:00Z",
);

/** UTC ISO of a Stockholm wall time on a meeting day (CET in November and December). */
const cet = (date: string, hhmm: string): string => new Date(`${date}T${hhmm}:00+01:00`).toISOString().replace(/\.000Z$/, "Z");

/**
 * The series' Teams meeting (one join URL for every occurrence) with an attendance report per session: November's,
 * and December's with those who joined online (one twice, one left early); the rest were in the room.
 */
function onlineMeeting(): DemoOnlineMeeting {
  const record = (p: Person, role: "Organizer" | "Presenter" | "Attendee", date: string, ...spans: [string, string][]) => ({
    mail: mailOf(p),
    name: nameOf(p),
    role,
    intervals: spans.map(([from, to]) => ({ joinUtc: cet(date, from), leaveUtc: cet(date, to) })),
  });
  const nov = "2026-11-13";
  const dec = "2026-12-11";
  return {
    id: `MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ_${hex("online:kommundirektorsmote", 24)}`,
    joinWebUrl: JOIN_URL,
    organizer: ORGANIZER,
    subject: "Kommundirektörsmöte",
    chatThreadId: CHAT_ID,
    startUtc: meetingTimes(1, 9).start,
    endUtc: meetingTimes(1, 9).end,
    createdUtc: CREATED,
    attendanceReports: [
      {
        id: guid("report:2026-11-13"),
        meetingStartUtc: cet(nov, "08:22"),
        meetingEndUtc: cet(nov, "11:34"),
        records: [record(SECRETARIAT, "Organizer", nov, ["08:22", "11:34"]), record(DIRECTORS[6] as Person, "Attendee", nov, ["08:31", "11:30"])],
      },
      {
        id: guid("report:2026-12-11"),
        meetingStartUtc: cet(dec, "08:20"),
        meetingEndUtc: cet(dec, "11:35"),
        records: [
          record(SECRETARIAT, "Organizer", dec, ["08:20", "11:35"]),
          record(DIRECTORS[1] as Person, "Attendee", dec, ["08:27", "11:31"]),
          // Dropped out and joined again: first join and last leave count.
          record(DIRECTORS[6] as Person, "Attendee", dec, ["08:44", "10:02"], ["10:09", "11:12"]),
          record(GUESTS[0] as Person, "Presenter", dec, ["08:40", "09:20"]),
          { mail: null, name: "Ringde in (+46 42 10 50 00)", role: "Attendee", intervals: [{ joinUtc: cet(dec, "09:02"), leaveUtc: cet(dec, "09:15") }] },
        ],
      },
    ],
  };
}

/** A bilaga to write to files/ and place in a folder: by ItemId (`item`, as the app writes), ItemNumber, or name prefix. */
interface FileSeed {
  name: string;
  disk: string;
  item?: number;
  itemNumber?: number;
  make: () => Promise<Buffer>;
}

async function docx(title: string, paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({
    creator: "Familjen Helsingborg",
    title,
    sections: [{ children: [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }), ...paragraphs.map((p) => new Paragraph({ text: p }))] }],
  });
  return Packer.toBuffer(doc);
}

const pdf = (title: string, paragraphs: string[]) => () => Promise.resolve(makePdf(title, paragraphs));

const DECEMBER_FILES: FileSeed[] = [
  {
    name: "Protokoll nr 10 2026.pdf",
    disk: "2026-12-11-protokoll-nr-10-2026.pdf",
    item: 1,
    make: pdf("Protokoll nr 10 2026", [
      "Kommundirektörsgruppen i Familjen Helsingborg",
      "Plats och tid: Den 13 november 2026 08.30–11.30 i Rådhuset, Landskrona.",
      "1. Mötets öppnande och föregående mötesprotokoll. Mötet beslutar att godkänna protokoll nr 9 2026 och lägga det till handlingarna.",
      "2. Delårsrapport per augusti 2026. Mötet beslutar att lägga informationen till handlingarna.",
      "3. Uppföljning av målområdet Hållbar tillväxt. Mötet beslutar att uppdra åt nätverket Näringsliv och destination att återkomma med förslag på prioriteringar 2027.",
      "(Demodokument med fiktivt innehåll.)",
    ]),
  },
  {
    name: "2 - Presentation transportinfrastrukturplan.pdf",
    disk: "2026-12-11-2-presentation-transportinfrastrukturplan.pdf",
    make: pdf("Regional transportinfrastrukturplan 2026–2037", [
      "Region Skåne – presentation för Kommundirektörsgruppen i Familjen Helsingborg den 11 december 2026.",
      "Remissvar: 33 kommuner och 12 organisationer har lämnat synpunkter. Flest synpunkter gäller Västkustbanan och Söderåsbanan.",
      "Tidplan: Regionstyrelsen beslutar om planen i mars 2027.",
      "(Demodokument med fiktivt innehåll.)",
    ]),
  },
  {
    name: "3 - Utkast till yttrande.docx",
    disk: "2026-12-11-3-utkast-till-yttrande.docx",
    make: () =>
      docx("Utkast till gemensamt yttrande över regional transportinfrastrukturplan 2026–2037", [
        "Familjen Helsingborgs kommuner lämnar följande gemensamma synpunkter.",
        "1. Kapaciteten på Västkustbanan mellan Helsingborg och Ängelholm behöver byggas ut tidigare i planperioden.",
        "2. Persontrafik på Söderåsbanan mellan Åstorp och Teckomatorp bör prioriteras.",
        "3. Trafiksäkerhetsåtgärder på väg 111 mellan Helsingborg och Höganäs bör tidigareläggas.",
        "(Demodokument med fiktivt innehåll.)",
      ]),
  },
  {
    name: "Verksamhetsplan 2027 – förslag.pdf",
    disk: "2026-12-11-verksamhetsplan-2027-forslag.pdf",
    item: 4,
    make: pdf("Verksamhetsplan och budget 2027 – förslag", [
      "Familjen Helsingborg – elva kommuner i nordvästra Skåne.",
      "Målområden: Hållbar tillväxt, Kompetensförsörjning, Digitalisering och Attraktiv region.",
      "Budget 2027: medlemsavgift 18 kronor per invånare, oförändrad jämfört med 2026.",
      "(Demodokument med fiktivt innehåll.)",
    ]),
  },
  {
    name: "Projektplan traineeprogram 2027.docx",
    disk: "2026-12-11-projektplan-traineeprogram-2027.docx",
    item: 6,
    make: () =>
      docx("Projektplan – gemensamt traineeprogram 2027", [
        "Syfte: att attrahera nyutexaminerade akademiker till kommunerna i Familjen Helsingborg.",
        "Omfattning: 12 platser, minst en per kommun. Programmet pågår i 18 månader.",
        "Finansiering: respektive kommun bekostar sina traineer; gemensamma moment finansieras av Familjen Helsingborg.",
        "(Demodokument med fiktivt innehåll.)",
      ]),
  },
  {
    name: "Inbjudan nätverksträff kommunikatörer.pdf",
    disk: "2026-12-11-inbjudan-natverkstraff.pdf",
    make: pdf("Inbjudan till nätverksträff för kommunikatörer", [
      "Nätverket för kommunikation bjuder in till träff den 28 januari 2027 i Helsingborg.",
      "(Demodokument med fiktivt innehåll. Filen hör inte till någon punkt på dagordningen.)",
    ]),
  },
];

const NOVEMBER_FILES: FileSeed[] = [
  {
    name: "2 - Delårsrapport augusti 2026.pdf",
    disk: "2026-11-13-2-delarsrapport-augusti-2026.pdf",
    make: pdf("Delårsrapport per augusti 2026", ["Familjen Helsingborg – ekonomiskt utfall januari–augusti och prognos för helåret.", "(Demodokument med fiktivt innehåll.)"]),
  },
  {
    name: "Uppföljning Hållbar tillväxt.pdf",
    disk: "2026-11-13-uppfoljning-hallbar-tillvaxt.pdf",
    itemNumber: 3,
    make: pdf("Uppföljning av målområdet Hållbar tillväxt", ["Indikatorer och aktiviteter 2026 inom målområdet Hållbar tillväxt.", "(Demodokument med fiktivt innehåll.)"]),
  },
];

const OCTOBER_FILES: FileSeed[] = [
  {
    name: "Budgetuppföljning september 2026.pdf",
    disk: "2026-10-09-budgetuppfoljning-september-2026.pdf",
    item: 1,
    make: pdf("Budgetuppföljning per september 2026", ["Familjen Helsingborg – utfall januari–september och prognos för helåret.", "(Demodokument med fiktivt innehåll.)"]),
  },
];

let nextLibraryItemId = 1;
/** Shared by hand in SharePoint before Sammanträde could (by the communications strategist): the share action must leave it alone. */
function handShared(folderId: string, grantee: Person): DemoPermission {
  const mail = mailOf(grantee);
  return { id: Buffer.from(`${folderId}|${mail}`).toString("base64url"), roles: ["read"], grantee: mail, invitedBy: mailOf(OUTSIDER), createdUtc: "2026-11-30T15:02:11Z" };
}

/** A meeting folder: found by its MeetingKey, counted for the meeting number by its MeetingStart (DESIGN §4). */
async function folderWithFiles(rootId: string, name: string, meeting: DemoEvent, files: FileSeed[], created: string, sharedWith: Person[] = []): Promise<DemoDriveItem[]> {
  const folderId = `01KDG${hex(`folder:${name}`, 29)}`;
  const folder: DemoDriveItem = {
    id: folderId,
    listItemId: String(nextLibraryItemId++),
    name,
    parentId: rootId,
    kind: "folder",
    fields: { MeetingKey: meeting.iCalUId, MeetingStart: meeting.startUtc },
    ...(sharedWith.length > 0 ? { permissions: sharedWith.map((p) => handShared(folderId, p)) } : {}),
    ...versioned(`folder:${name}`, created, created, 1, ORGANIZER),
  };
  const out: DemoDriveItem[] = [folder];
  for (const f of files) {
    const bytes = await f.make();
    writeFileSync(join(FILES_DIR, f.disk), bytes);
    const fields: DemoDriveItem["fields"] = { MeetingKey: meeting.iCalUId };
    if (f.itemNumber !== undefined) fields.ItemNumber = f.itemNumber;
    if (f.item !== undefined) {
      const itemId = agendaIdOf.get(`${meeting.iCalUId}#${f.item}`);
      if (itemId === undefined) throw new Error(`${f.name}: no item ${f.item} in ${name}`);
      fields.ItemId = itemId;
    }
    out.push({
      id: `01KDG${hex(`file:${name}/${f.name}`, 29)}`,
      listItemId: String(nextLibraryItemId++),
      name: f.name,
      parentId: folder.id,
      kind: "file",
      contentPath: `files/${f.disk}`,
      size: bytes.length,
      fields,
      ...versioned(`file:${name}/${f.name}`, created, created, f.itemNumber !== undefined || f.item !== undefined ? 2 : 1, ORGANIZER),
    });
  }
  return out;
}

/** Folders of January–October (October's with a bilaga, named for the day it was first set for). */
async function earlierFolders(rootId: string): Promise<DemoDriveItem[]> {
  const out: DemoDriveItem[] = [];
  for (const event of events.slice(0, 8)) {
    out.push(...(await folderWithFiles(rootId, `${event.startUtc.slice(0, 10)} Kommundirektörsmöte`, event, [], event.createdUtc)));
  }
  out.push(...(await folderWithFiles(rootId, OCTOBER_FOLDER_NAME, october, OCTOBER_FILES, "2026-09-25T08:00:00Z")));
  return out;
}

async function main(): Promise<void> {
  mkdirSync(FILES_DIR, { recursive: true });
  const rootId = `01KDG${hex("root", 29)}`;
  const root: DemoDriveItem = { id: rootId, listItemId: "0", name: "root", parentId: null, kind: "folder", fields: {}, ...versioned("root", "2025-11-20T08:00:00Z", "2025-11-20T08:00:00Z", 1, ORGANIZER) };
  const library: DemoList = {
    id: guid("list:moteshandlingar"),
    name: DOCUMENT_LIBRARY.name,
    displayName: DOCUMENT_LIBRARY.displayName,
    template: DOCUMENT_LIBRARY.template,
    columns: demoColumnsOf(DOCUMENT_LIBRARY),
    items: [],
    drive: {
      id: `b!${Buffer.from(hex("drive:moteshandlingar", 48), "hex").toString("base64url")}`,
      name: "Möteshandlingar",
      items: [
        root,
        ...(await folderWithFiles(rootId, "2026-11-13 Kommundirektörsmöte", november, NOVEMBER_FILES, "2026-11-04T09:30:00Z")),
        ...(await folderWithFiles(rootId, "2026-12-11 Kommundirektörsmöte", december, DECEMBER_FILES, "2026-12-01T10:15:00Z", [GUESTS[1] as Person])),
        // The year's earlier meetings: their folders make them the group's meetings, so December is nr 11 for all.
        ...(await earlierFolders(rootId)),
      ],
    },
    nextItemId: 0,
    ...versioned("list:moteshandlingar", "2025-11-20T08:00:00Z", "2026-12-01T10:15:00Z", 9, ORGANIZER),
  };
  library.nextItemId = nextLibraryItemId;

  const data: DemoData = {
    version: 1,
    tenant: { id: TENANT_ID, name: "Familjen Helsingborg", domain: "familjenhelsingborg.se" },
    users,
    groups: [
      {
        id: "kommundirektorsgruppen",
        displayName: "Kommundirektörsgruppen",
        description: "Kommundirektörerna i Familjen Helsingborgs elva kommuner och sekretariatet.",
        mail: "kommundirektorsgruppen@familjenhelsingborg.se",
        members: [...DIRECTORS, SECRETARIAT].map((p) => guid(`user:${mailOf(p)}`)),
      },
    ],
    series: [series],
    // The board meeting comes last so that the group's meetings keep their places (events[10] is December).
    events: [...events, boardMeeting],
    chats: [
      {
        id: CHAT_ID,
        topic: "Kommundirektörsmöte",
        eventICalUId: december.iCalUId,
        members: [december.organizer, ...december.attendees.map((a) => a.mail)],
        createdUtc: CREATED,
      },
    ],
    sites: [
      {
        id: "familjenhelsingborg.sharepoint.com,kdgrupp,web",
        name: "kdgrupp",
        displayName: "Kommundirektörsgruppen",
        description: "Kommundirektörsgruppens möten: dagordning och möteshandlingar.",
        hostname: "familjenhelsingborg.sharepoint.com",
        path: "/sites/kdgrupp",
        createdUtc: "2025-11-20T08:00:00Z",
        lists: [agendaList, library, registerList, presenceList, assignmentList],
      },
    ],
    onlineMeetings: [onlineMeeting()],
  };
  writeFileSync(join(OUT_DIR, "default.json"), `${JSON.stringify(data, null, 2)}\n`);
  process.stdout.write(`wrote ${join(OUT_DIR, "default.json")} and ${DECEMBER_FILES.length + NOVEMBER_FILES.length + OCTOBER_FILES.length} files\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
