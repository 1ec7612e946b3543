/**
 * The demo meeting (11 December 2026) as read from the demo tenant, and a record of it as the secretariat would make
 * it in the side panel: who came (one at 08.45, one leaving 11.10), who did not, three outcomes and an uppdrag.
 */
import { DEMO_CONFIG } from "../../src/config";
import type { MeetingView } from "../../src/core/ports";
import type { ItemRecordFields, MeetingRecord, PresenceRow } from "../../src/core/record";
import type { AttendanceEntry } from "../../src/core/types";
import { startDemoTenant } from "../../src/demo-tenant/server";
import { createServices } from "../../src/services";

/** The demo meeting's view, read through the real services from a demo tenant started for the purpose. */
export async function demoMeetingView(): Promise<MeetingView> {
  const tenant = await startDemoTenant({ port: 0, quiet: true });
  try {
    const event = tenant.state().events.find((e) => e.startUtc.startsWith("2026-12-11"));
    if (!event) throw new Error("demodata saknar mötet 2026-12-11");
    const config = { ...DEMO_CONFIG, graphBaseUrl: tenant.url, sharePointOrigin: tenant.url };
    const services = createServices(config, { getToken: () => Promise.resolve(`demo:${config.organizerMailbox}`) });
    return await services.meetings.loadMeetingView({ key: event.iCalUId });
  } finally {
    await tenant.close();
  }
}

/** What the test recorded, to hold the documents against. */
export interface DemoRecord {
  record: MeetingRecord;
  itemRecords: Map<string, ItemRecordFields>;
  late: PresenceRow;
  early: PresenceRow;
  absent: PresenceRow;
}

function row(entry: AttendanceEntry, overrides: Partial<PresenceRow>): PresenceRow {
  return {
    id: entry.email,
    etag: "1",
    meetingKey: "",
    email: entry.email,
    displayName: entry.name,
    organisation: entry.organisation ?? "",
    status: "present",
    arrived: null,
    left: null,
    role: entry.role === "guest" ? "guest" : entry.role === "organizer" ? "secretariat" : "member",
    note: "",
    ...overrides,
  };
}

/** A record of the demo meeting: attendance with times, a decision with an edited clause, a tabled item, information, an uppdrag. */
export function demoRecord(view: MeetingView): DemoRecord {
  if (view.attendance.state !== "ready" || view.agenda.state !== "ready") throw new Error("demomötet lästes inte");
  const report = view.attendance.value;
  const members = report.groups.flatMap((g) => g.entries);
  const came = members.filter((e) => e.status === "present");
  const [lateEntry, earlyEntry] = came.filter((e) => e.role !== "organizer");
  const absentEntry = members.find((e) => e.status === "tentative" || e.status === "noResponse");
  if (!lateEntry || !earlyEntry || !absentEntry) throw new Error("demomötet har för få deltagare");
  const late = row(lateEntry, { arrived: "08.45" });
  const early = row(earlyEntry, { left: "11.10" });
  const absent = row(absentEntry, { status: "absent" });
  const presence: PresenceRow[] = [
    ...came.filter((e) => e !== lateEntry && e !== earlyEntry).map((e) => row(e, {})),
    late,
    early,
    absent,
    ...members.filter((e) => e.status === "apologies").map((e) => row(e, { status: "apologies" })),
    ...report.guests.filter((e) => e.status === "present").map((e) => row(e, {})),
  ];
  const items = view.agenda.value.items.filter((i) => i.kind === "beslut" && !/öppnande|avslutas/i.test(i.title));
  const [decided, tabled] = items;
  const info = view.agenda.value.items.find((i) => i.kind === "information") ?? view.agenda.value.items.at(-1);
  if (!decided || !tabled || !info) throw new Error("demomötet har för få ärenden");
  const itemRecords = new Map<string, ItemRecordFields>([
    [decided.id, { outcome: "decided", decisions: ["godkänna förslaget med ändringen att remisstiden förlängs till 31 januari", "uppdra åt sekretariatet att sammanställa svaren"], minutes: "Gruppen diskuterade förslaget.\nRemisstiden ansågs för kort.", carriedFrom: null }],
    [tabled.id, { outcome: "tabled", decisions: [], minutes: "", carriedFrom: null }],
    [info.id, { outcome: "noted", decisions: ["lägga informationen till handlingarna"], minutes: "", carriedFrom: null }],
  ]);
  const record: MeetingRecord = {
    register: null,
    presence,
    assignments: [
      { id: "u1", etag: "1", title: "sammanställa svaren", meetingKey: view.meeting.iCalUId, itemId: decided.id, assignee: "sekretariatet", assigneeEmail: null, due: "2027-01-15", status: "open", closedNote: "", closedAt: null },
    ],
  };
  return { record, itemRecords, late, early, absent };
}
