/** Graph event JSON for one mailbox's copy of a demo meeting (each invitee's copy has its own id, as in Exchange). */
import { createHash } from "node:crypto";
import type { DemoAttendee, DemoData, DemoEvent, DemoResponse, DemoSeries, DemoUser } from "./data-types";

const NO_TIME = "0001-01-01T00:00:00Z";

/** A meeting or a series master, with the fields both share. */
export type CalendarThing = { kind: "event"; event: DemoEvent } | { kind: "master"; series: DemoSeries };

/** Stable Exchange-looking id of one mailbox's copy of an item. */
export function copyId(mail: string, iCalUId: string): string {
  const digest = createHash("sha256").update(`${mail.toLowerCase()}|${iCalUId}`).digest("base64url");
  return `AAMkAGE1${digest.slice(0, 40)}BGAAAAAAD${digest.slice(40)}AAA=`;
}

/** Graph's dateTimeTimeZone in UTC with 7 fractional digits. */
export function graphDateTime(iso: string): { dateTime: string; timeZone: string } {
  const d = new Date(iso);
  return { dateTime: d.toISOString().replace(/\.\d{3}Z$/, ".0000000"), timeZone: "UTC" };
}

function uidOf(t: CalendarThing): string {
  return t.kind === "event" ? t.event.iCalUId : t.series.iCalUId;
}

function organizerOf(t: CalendarThing): string {
  return t.kind === "event" ? t.event.organizer : t.series.organizer;
}

function attendeesOf(t: CalendarThing): DemoAttendee[] {
  return t.kind === "event" ? t.event.attendees : t.series.attendees;
}

/** True when the mailbox holds a copy of the meeting (organizer or invitee). */
export function hasCopy(t: CalendarThing, mail: string): boolean {
  const m = mail.toLowerCase();
  return organizerOf(t).toLowerCase() === m || attendeesOf(t).some((a) => a.mail.toLowerCase() === m);
}

/** Every meeting and series master of the data, as calendar things. */
export function allThings(data: DemoData): CalendarThing[] {
  return [...data.series.map((series) => ({ kind: "master" as const, series })), ...data.events.map((event) => ({ kind: "event" as const, event }))];
}

/** Finds a mailbox's copy by its id. */
export function findCopy(data: DemoData, mail: string, id: string): CalendarThing | undefined {
  return allThings(data).find((t) => hasCopy(t, mail) && copyId(mail, uidOf(t)) === id);
}

function nameOf(data: DemoData, mail: string, fallback?: string): string {
  return fallback ?? data.users.find((u) => u.mail.toLowerCase() === mail.toLowerCase())?.displayName ?? mail;
}

function plainText(html: string): string {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>|<\/h\d>/gi, "\r\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/[ \t]+/g, " ")
    .replace(/(\r\n\s*){2,}/g, "\r\n\r\n")
    .trim();
}

function ownResponse(t: CalendarThing, viewer: string): { response: string; time: string } {
  if (organizerOf(t).toLowerCase() === viewer.toLowerCase()) return { response: "organizer", time: NO_TIME };
  const me = attendeesOf(t).find((a) => a.mail.toLowerCase() === viewer.toLowerCase());
  const r: DemoResponse = me?.response ?? "none";
  return { response: r === "none" ? "notResponded" : r, time: me?.responseTime ?? NO_TIME };
}

function showAs(response: string): string {
  if (response === "tentativelyAccepted" || response === "notResponded") return "tentative";
  if (response === "declined") return "free";
  return "busy";
}

/** The event as the viewer's mailbox holds it: attendees' answers are visible only on the organizer's copy. */
export function eventJson(data: DemoData, t: CalendarThing, viewer: DemoUser): Record<string, unknown> {
  const uid = uidOf(t);
  const id = copyId(viewer.mail, uid);
  const organizer = organizerOf(t);
  const isOrganizer = organizer.toLowerCase() === viewer.mail.toLowerCase();
  const base = t.kind === "event" ? t.event : t.series;
  const bodyHtml = base.bodyHtml ?? "";
  const own = ownResponse(t, viewer.mail);
  const joinUrl = base.joinUrl ?? null;
  const lastModified = t.kind === "event" ? t.event.lastModifiedUtc : t.series.createdUtc;
  const changeKey = createHash("sha1").update(JSON.stringify(base)).digest("base64").slice(0, 24);
  const seriesMasterId = t.kind === "event" && t.event.seriesId ? seriesCopyId(data, t.event.seriesId, viewer.mail) : null;
  return {
    "@odata.etag": `W/"${changeKey}"`,
    id,
    createdDateTime: base.createdUtc,
    lastModifiedDateTime: lastModified,
    changeKey,
    categories: [],
    originalStartTimeZone: (t.kind === "event" ? t.event.timeZone : undefined) ?? "W. Europe Standard Time",
    originalEndTimeZone: (t.kind === "event" ? t.event.timeZone : undefined) ?? "W. Europe Standard Time",
    iCalUId: uid,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: base.subject,
    bodyPreview: plainText(bodyHtml).slice(0, 255),
    importance: "normal",
    sensitivity: "normal",
    isAllDay: t.kind === "event" ? t.event.isAllDay === true : false,
    isCancelled: t.kind === "event" ? t.event.isCancelled === true : false,
    isOrganizer,
    responseRequested: true,
    seriesMasterId,
    showAs: isOrganizer ? "busy" : showAs(own.response),
    type: t.kind === "master" ? "seriesMaster" : t.event.seriesId ? "occurrence" : "singleInstance",
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: joinUrl !== null,
    onlineMeetingProvider: joinUrl !== null ? "teamsForBusiness" : "unknown",
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    recurrence: t.kind === "master" ? t.series.recurrence : null,
    responseStatus: own,
    body: { contentType: "html", content: bodyHtml },
    start: graphDateTime(base.startUtc),
    end: graphDateTime(base.endUtc),
    location: { displayName: base.location, locationType: "default", uniqueId: base.location, uniqueIdType: "private" },
    locations: base.location === "" ? [] : [{ displayName: base.location, locationType: "default", uniqueId: base.location, uniqueIdType: "private" }],
    attendees: attendeesOf(t).map((a) => ({
      type: a.type,
      status: isOrganizer ? { response: a.response, time: a.responseTime ?? NO_TIME } : { response: "none", time: NO_TIME },
      emailAddress: { name: nameOf(data, a.mail, a.name), address: a.mail },
    })),
    organizer: { emailAddress: { name: nameOf(data, organizer), address: organizer } },
    onlineMeeting: joinUrl !== null ? { joinUrl } : null,
  };
}

/** The viewer's id of a series master, by the series' data id. */
export function seriesCopyId(data: DemoData, seriesId: string, mail: string): string | null {
  const series = data.series.find((s) => s.id === seriesId);
  return series ? copyId(mail, series.iCalUId) : null;
}
