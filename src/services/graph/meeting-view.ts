/** loadMeetingView: everything the meeting tab needs in one $batch round trip (docs/architecture.md). */
import { addressMatches, buildAgenda, buildAttendance, folderName as folderNameOf, localYear, meetingNumber, parseFolderName } from "../../core";
import type { Section, MeetingRef, MeetingView, MeetingRegisterRow, Agenda, AgendaItemRecord, DirectoryEntry, FileRecord, Folder, Meeting, Person } from "../../core";
import { runBatch } from "./batch";
import type { BatchOutcome, BatchRequest } from "./batch";
import type { GraphContext } from "./context";
import { collect } from "./context";
import { GraphError, toGraphError } from "./errors";
import { copyDates, copyRequests, findCopy, occurrenceDateKey } from "./meeting-copies";
import { childrenQuery, folderByKeyRequest, folderColumns, foldersOfYearRequest, groupMeetingStarts, toKeyedFolders, FOLDER_FIELDS } from "./meeting-folder";
import { driveItem, folderByName, odataString, query } from "./paths";
import { toAgendaItemRecord } from "./parse/agenda-item";
import { toRegisterRow } from "./parse/record-rows";
import { byAge, registerRowsRequest } from "./register-store";
import { isMailUser, toDirectoryEntry, USER_SELECT } from "./parse/directory";
import { isFolderItem, toFileRecord, toFolder } from "./parse/drive";
import { asObject, normalizeEmail, optString } from "./parse/guards";

/**
 * Page sizes that hold any real meeting in one answer (Graph's defaults are 10 events, 200 items/children; the
 * copies' lookups have theirs in meeting-copies.ts). Should a collection still outgrow them, collect() follows
 * @odata.nextLink: a further round trip that only the first answer can show to be needed.
 */
export const PAGE = { items: 500, children: 500, members: 999, calendarView: 1000 } as const;

const ready = <T>(value: T): Section<T> => ({ state: "ready", value });
const failed = <T>(error: unknown, where: string): Section<T> => ({ state: "error", error: toGraphError(error, where).appError });

/** The ids of the inner requests of a meeting view (the copies' lookups are named in meeting-copies.ts). */
type Part = "me" | "items" | "members" | "keyed" | "folder" | "files" | "series" | "record";

/**
 * The folder named `folderName` and its files: a guess made before the meeting is read (the tab's stored name, or
 * the date and subject), right for every meeting that was not moved or renamed. The folder is the one whose
 * MeetingKey is the meeting's ("keyed"); when that is another folder, its files are read in a second round trip.
 */
function namedFolderRequests(ctx: GraphContext, folderName: string): BatchRequest[] {
  const folder = folderByName(ctx.paths, folderName);
  return [
    { id: "folder", method: "GET", url: `${folder}${query({ $select: "id,name,webUrl,folder", $expand: `listItem($expand=fields($select=${FOLDER_FIELDS}))` })}` },
    { id: "files", method: "GET", url: `${folder}/children${childrenQuery(PAGE.children)}` },
  ];
}

/** The year a meeting is guessed to lie in before it is read: from the folder name's date, else from the key. */
function guessYear(dateKeys: readonly string[]): number | null {
  const first = dateKeys[0];
  return first === undefined ? null : Number(first.slice(0, 4));
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
    folderByKeyRequest(ctx, "keyed", key),
    // The meeting's row in Sammanträden: its number, chair, justerare and the record's state, in the same round trip.
    registerRowsRequest(ctx, "record", key),
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
  if (ref.folderName) requests.push(...namedFolderRequests(ctx, ref.folderName));
  const year = guessYear(dateKeys);
  if (year !== null) requests.push(foldersOfYearRequest(ctx, "series", year));
  const outcomes = new Map<string, BatchOutcome>(await runBatch(ctx.http, requests, ctx.policy));
  const part = (id: Part): BatchOutcome | undefined => outcomes.get(id);

  const meOutcome = part("me");
  if (!meOutcome?.ok) throw meOutcome?.error ?? new GraphError("unknown", "me missing");
  const me = toMe(meOutcome.body);

  const own = await settle(() => findCopy(ctx, outcomes, "own", ref.key, dateKeys));
  const organizerCopy = await settle(() => findCopy(ctx, outcomes, "organizer", ref.key, dateKeys));
  const meeting = pickMeeting(own, organizerCopy, me, ref.key);

  // Second round trip, only when the first could not know what to ask: no folder name was given, the folder that
  // carries the key has another name (the meeting was moved or renamed), or the meeting lies in another year.
  const second: BatchRequest[] = [];
  let folder = await resolveFolder(ctx, ref.key, part("keyed"), ref.folderName ? part("folder") : undefined);
  if (folder.state === "ready" && folder.value === null && !ref.folderName) {
    second.push(...namedFolderRequests(ctx, folderNameOf(meeting.startUtc, meeting.subject)));
  } else if (folder.state === "ready" && folder.value !== null && folder.value.name !== ref.folderName) {
    second.push({ id: "files", method: "GET", url: `${driveItem(ctx.paths, folder.value.id)}/children${childrenQuery(PAGE.children)}` });
  }
  const meetingYear = localYear(meeting.startUtc);
  if (year !== meetingYear) second.push(foldersOfYearRequest(ctx, "series", meetingYear));
  if (second.length > 0) {
    for (const [id, outcome] of await runBatch(ctx.http, second, ctx.policy)) outcomes.set(id, outcome);
    if (second.some((request) => request.id === "folder")) folder = await resolveFolder(ctx, ref.key, part("keyed"), part("folder"));
  }

  const directory = await readDirectory(ctx, part("members"));
  const files = folder.state === "ready" && folder.value === null ? ready<FileRecord[]>([]) : await readFiles(ctx, part("files"));
  const agenda = await readAgenda(ctx, part("items"), files);
  const attendance: MeetingView["attendance"] = organizerCopy.ok
    ? organizerCopy.value
      ? ready(buildAttendance(organizerCopy.value.attendees, organizerCopy.value.organizer, directory, ctx.config.mailDomainMap))
      : { state: "error", error: { code: "notFound", detail: "the organizer's calendar has no copy of this meeting" } }
    : { state: "error", error: organizerCopy.error.appError };

  const record = await readRegisterRow(ctx, part("record"));
  const registered = record.state === "ready" ? (record.value?.number ?? null) : null;
  return {
    me,
    meeting,
    meetingNumber: registered ?? (await readNumber(ctx, part("series"), meeting)),
    numberSource: registered !== null ? "register" : "computed",
    record,
    agenda,
    attendance,
    folder,
    // Files that could not be read leave the agenda without bilagor: this section says so, for every consumer.
    files,
    directory,
  };
}

/**
 * The meeting's folder: the one whose MeetingKey is the meeting's; else (a folder made before the column, or before
 * its stamp) the folder of the guessed name, unless that one carries another meeting's key. Null: not created yet.
 */
async function resolveFolder(ctx: GraphContext, key: string, keyed: BatchOutcome | undefined, named: BatchOutcome | undefined): Promise<Section<Folder | null>> {
  let keyedError: GraphError | null = null;
  if (keyed?.ok) {
    try {
      const found = toKeyedFolders(await collect(ctx, keyed.body, "meeting folders"))[0];
      if (found) return ready(found.folder);
    } catch (error) {
      keyedError = toGraphError(error, "folder");
    }
  } else if (keyed && !keyed.ok) keyedError = keyed.error;
  const byName = readNamedFolder(named, key);
  // Without the key's answer, a folder found by name is still the right one when it carries this key or none.
  if (byName.state === "ready" && byName.value === null && keyedError !== null && keyedError.code !== "notFound") return failed(keyedError, "folder");
  return byName;
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

/** The folder found by name, when it is this meeting's: it carries this key, or none (made before the column). */
function readNamedFolder(outcome: BatchOutcome | undefined, key: string): Section<Folder | null> {
  if (!outcome) return ready(null);
  if (!outcome.ok) return outcome.error.code === "notFound" ? ready(null) : failed(outcome.error, "folder");
  try {
    const listItem = (outcome.body as { listItem?: unknown }).listItem;
    const carried = listItem === undefined ? null : folderColumns(listItem).meetingKey;
    if (carried !== null && carried !== key) return ready(null);
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

/**
 * The meeting's row in Sammanträden, the oldest when two were made at once; none when the list has no row for it, or
 * the site has no such list yet (the meeting works without a record, its number then computed).
 */
async function readRegisterRow(ctx: GraphContext, outcome: BatchOutcome | undefined): Promise<Section<MeetingRegisterRow | null>> {
  if (!outcome) return failed(new GraphError("unknown", "register request missing"), "register");
  if (!outcome.ok) return outcome.error.code === "notFound" ? ready(null) : failed(outcome.error, "register");
  try {
    return ready(byAge((await collect(ctx, outcome.body, "register rows")).map(toRegisterRow))[0] ?? null);
  } catch (error) {
    return failed(error, "register");
  }
}

/**
 * The meeting's number: its place in its Stockholm year among the group's meetings, which are the meeting folders
 * carrying MeetingKey and MeetingStart (readable by every member, so every viewer counts the same). This meeting
 * counts at its live start, also before its folder exists or after a move not yet written to its folder.
 */
async function readNumber(ctx: GraphContext, outcome: BatchOutcome | undefined, meeting: Meeting): Promise<number | null> {
  if (!outcome?.ok) return null;
  try {
    const starts = groupMeetingStarts(await collect(ctx, outcome.body, "meeting folders"));
    starts.delete(meeting.iCalUId);
    return meetingNumber([...starts.values()], meeting.startUtc);
  } catch {
    return null;
  }
}
