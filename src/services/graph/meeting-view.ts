/** loadMeetingView: everything the meeting tab needs in one $batch round trip (docs/architecture.md). */
import { addressMatches, buildAgenda, buildAttendance, folderName as folderNameOf, meetingNumber, parseFolderName } from "../../core";
import type { Section } from "../../core/errors";
import type { MeetingRef, MeetingView } from "../../core/ports";
import type { Agenda, AgendaItemRecord, DirectoryEntry, FileRecord, Folder, Meeting, Person } from "../../core/types";
import { runBatch } from "./batch";
import type { BatchOutcome, BatchRequest } from "./batch";
import type { GraphContext } from "./context";
import { collect } from "./context";
import { GraphError, toGraphError } from "./errors";
import { copyDates, copyRequests, findCopy, occurrenceDateKey } from "./meeting-copies";
import { folderByName, odataString, query } from "./paths";
import { toAgendaItemRecord } from "./parse/agenda-item";
import { isMailUser, toDirectoryEntry, USER_SELECT } from "./parse/directory";
import { isFolderItem, toFileRecord, toFolder } from "./parse/drive";
import { asObject, normalizeEmail, optString } from "./parse/guards";
import { toPerson } from "./parse/meeting";
import { toUtcIso } from "./parse/datetime";

/**
 * Page sizes that hold any real meeting in one answer (Graph's defaults are 10 events, 200 items/children; the
 * copies' lookups have theirs in meeting-copies.ts). Should a collection still outgrow them, collect() follows
 * @odata.nextLink: a further round trip that only the first answer can show to be needed.
 */
export const PAGE = { items: 500, children: 500, members: 999, calendarView: 1000 } as const;

const ready = <T>(value: T): Section<T> => ({ state: "ready", value });
const failed = <T>(error: unknown, where: string): Section<T> => ({ state: "error", error: toGraphError(error, where).appError });

/** The ids of the inner requests of a meeting view (the copies' lookups are named in meeting-copies.ts). */
type Part = "me" | "items" | "members" | "folder" | "files" | "series";

/** The inner requests that need the folder name: the folder, its files, and the year's meetings for the number. */
function folderRequests(ctx: GraphContext, folderName: string): BatchRequest[] {
  const folder = folderByName(ctx.paths, folderName);
  const requests: BatchRequest[] = [
    { id: "folder", method: "GET", url: `${folder}${query({ $select: "id,name,webUrl,folder" })}` },
    { id: "files", method: "GET", url: `${folder}/children${query({ $expand: "listItem($expand=fields($select=ItemNumber))", $top: PAGE.children })}` },
  ];
  const dateKey = parseFolderName(folderName)?.dateKey ?? null;
  if (dateKey !== null) {
    // The number counts the group's meetings earlier in the same Stockholm year; a day's margin on each side
    // covers the UTC offset, and core keeps only the right local year.
    const year = Number(dateKey.slice(0, 4));
    const end = new Date(Date.parse(`${dateKey}T00:00:00Z`) + 2 * 86_400_000).toISOString();
    requests.push({
      id: "series",
      method: "GET",
      url: `/me/calendarView${query({ startDateTime: `${year - 1}-12-31T00:00:00Z`, endDateTime: end, $select: "start,organizer,isCancelled", $top: PAGE.calendarView })}`,
    });
  }
  return requests;
}

function baseRequests(ctx: GraphContext, key: string, dateKeys: readonly string[]): BatchRequest[] {
  return [
    { id: "me", method: "GET", url: `/me${query({ $select: "displayName,mail,userPrincipalName" })}` },
    ...copyRequests(ctx, key, dateKeys),
    {
      id: "items",
      method: "GET",
      url: `${ctx.paths.agendaItems}${query({ $expand: "fields", $filter: `fields/MeetingKey eq ${odataString(key)}`, $top: PAGE.items })}`,
    },
    { id: "members", method: "GET", url: `${ctx.paths.groupMembers}${query({ $select: USER_SELECT, $top: PAGE.members })}` },
  ];
}

function toMe(body: unknown): Person {
  const o = asObject(body, "me");
  const address = optString(o, "mail", "me") ?? optString(o, "userPrincipalName", "me");
  if (address === null) throw new GraphError("invalidResponse", "me has neither mail nor userPrincipalName");
  const email = normalizeEmail(address, "me.mail");
  return { name: optString(o, "displayName", "me")?.trim() || email, email };
}

async function settle<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: GraphError }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: toGraphError(error, "meeting view") };
  }
}

/** Loads the meeting view; see docs/architecture.md "One round trip per meeting view". */
export async function loadMeetingView(ctx: GraphContext, ref: MeetingRef): Promise<MeetingView> {
  // An occurrence is found only around its day: the folder's date, and the original date Exchange writes into the key
  // (which also serves callers without a folder name). A moved occurrence may differ from both by more than the
  // margin; a single-instance meeting is found by its key alone.
  const dateKeys = copyDates([ref.folderName ? parseFolderName(ref.folderName)?.dateKey : null, occurrenceDateKey(ref.key)]);
  const requests = baseRequests(ctx, ref.key, dateKeys);
  if (ref.folderName) requests.push(...folderRequests(ctx, ref.folderName));
  const outcomes = new Map<string, BatchOutcome>(await runBatch(ctx.http, requests, ctx.policy));
  const part = (id: Part): BatchOutcome | undefined => outcomes.get(id);

  const meOutcome = part("me");
  if (!meOutcome?.ok) throw meOutcome?.error ?? new GraphError("unknown", "me missing");
  const me = toMe(meOutcome.body);

  const own = await settle(() => findCopy(ctx, outcomes, "own", ref.key, dateKeys));
  const organizerCopy = await settle(() => findCopy(ctx, outcomes, "organizer", ref.key, dateKeys));
  const meeting = pickMeeting(own, organizerCopy, me, ref.key);

  let folderName = ref.folderName;
  if (!folderName) {
    // Second round trip, only for callers that do not know the folder: its name comes from the event's date
    // and subject, which the first answer brought.
    folderName = folderNameOf(meeting.startUtc, meeting.subject);
    for (const [id, outcome] of await runBatch(ctx.http, folderRequests(ctx, folderName), ctx.policy)) outcomes.set(id, outcome);
  }

  const directory = await readDirectory(ctx, part("members"));
  const folder = readFolder(part("folder"));
  const files = await readFiles(ctx, part("files"));
  const agenda = await readAgenda(ctx, part("items"), files);
  const attendance: MeetingView["attendance"] = organizerCopy.ok
    ? organizerCopy.value
      ? ready(buildAttendance(organizerCopy.value.attendees, organizerCopy.value.organizer, directory, ctx.config.mailDomainMap))
      : { state: "error", error: { code: "notFound", detail: "the organizer's calendar has no copy of this meeting" } }
    : { state: "error", error: organizerCopy.error.appError };

  return {
    me,
    meeting,
    meetingNumber: await readNumber(ctx, part("series"), meeting),
    agenda,
    attendance,
    folder,
    // Files that could not be read leave the agenda without bilagor: this section says so, for every consumer.
    files,
    directory,
  };
}

type Settled = { ok: true; value: Meeting | null } | { ok: false; error: GraphError };

/** The user's own copy (their answer, the id to RSVP with); the organizer's copy when they were not invited. */
function pickMeeting(own: Settled, organizerCopy: Settled, me: Person, key: string): Meeting {
  // A broken or throttled own copy is not an absence: showing the organizer's copy would show the wrong answer.
  if (!own.ok && own.error.code !== "notFound") throw own.error;
  const organizerMeeting = organizerCopy.ok ? organizerCopy.value : null;
  if (own.ok && own.value) {
    const meeting = own.value;
    // Only the organizer's copy carries everyone's answers; an attendee's copy says "none" for all.
    const attendees = organizerMeeting ? organizerMeeting.attendees : meeting.attendees;
    return { ...meeting, attendees, isOrganizer: addressMatches(meeting.organizer.email, me.email) };
  }
  if (organizerMeeting) return { ...organizerMeeting, myResponse: "none", isOrganizer: addressMatches(organizerMeeting.organizer.email, me.email) };
  throw new GraphError("notFound", `no copy of the meeting ${key} is readable`);
}

async function readDirectory(ctx: GraphContext, outcome: BatchOutcome | undefined): Promise<DirectoryEntry[]> {
  // Without directory data attendance still places people by their mail domain: degrade, do not fail.
  if (!outcome?.ok) return [];
  try {
    return (await collect(ctx, outcome.body, "group members")).filter(isMailUser).map(toDirectoryEntry);
  } catch {
    return [];
  }
}

function readFolder(outcome: BatchOutcome | undefined): Section<Folder | null> {
  if (!outcome) return ready(null);
  if (!outcome.ok) return outcome.error.code === "notFound" ? ready(null) : failed(outcome.error, "folder");
  try {
    return ready(toFolder(outcome.body));
  } catch (error) {
    return failed(error, "folder");
  }
}

/** The folder's files; a missing folder has none (not created yet). */
async function readFiles(ctx: GraphContext, outcome: BatchOutcome | undefined): Promise<Section<FileRecord[]>> {
  if (!outcome) return ready([]);
  if (!outcome.ok) return outcome.error.code === "notFound" ? ready([]) : failed(outcome.error, "files");
  try {
    return ready((await collect(ctx, outcome.body, "folder children")).filter((raw) => !isFolderItem(raw)).map(toFileRecord));
  } catch (error) {
    return failed(error, "files");
  }
}

async function readAgenda(ctx: GraphContext, outcome: BatchOutcome | undefined, files: Section<FileRecord[]>): Promise<Section<Agenda>> {
  if (!outcome) return failed(new GraphError("unknown", "agenda request missing"), "agenda");
  if (!outcome.ok) return failed(outcome.error, "agenda");
  try {
    const records: AgendaItemRecord[] = (await collect(ctx, outcome.body, "agenda items")).map(toAgendaItemRecord);
    // Unreadable files must not hide the items: the agenda shows without bilagor and the folder section carries the error.
    return ready(buildAgenda(records, files.state === "ready" ? files.value : []));
  } catch (error) {
    return failed(error, "agenda");
  }
}

async function readNumber(ctx: GraphContext, outcome: BatchOutcome | undefined, meeting: Meeting): Promise<number | null> {
  if (!outcome?.ok) return null;
  try {
    const organizer = ctx.config.organizerMailbox.toLowerCase();
    const starts: string[] = [];
    for (const raw of await collect(ctx, outcome.body, "calendar view")) {
      const event = asObject(raw, "event");
      const eventOrganizer = asObject(event.organizer, "event.organizer");
      if (!addressMatches(toPerson(eventOrganizer.emailAddress).email, organizer) || event.isCancelled === true) continue;
      starts.push(toUtcIso(event.start, "event.start"));
    }
    return meetingNumber(starts, meeting.startUtc);
  } catch {
    return null;
  }
}
