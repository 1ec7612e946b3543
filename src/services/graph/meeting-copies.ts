/**
 * Finding a mailbox's copy of a meeting by its iCalUId. Graph's /events lists single instances and series masters
 * only, so an occurrence of the group's monthly series (which has its own iCalUId) is found through calendarView
 * around its day and matched on the client; /events?$filter=iCalUId still finds single-instance meetings.
 */
import type { Meeting } from "../../core";
import type { BatchOutcome, BatchRequest } from "./batch";
import type { GraphContext } from "./context";
import { relativeToRoot } from "./context";
import { toGraphError } from "./errors";
import type { GraphError } from "./errors";
import { iCalUIdFilter, query } from "./paths";
import { toPage } from "./parse/collection";
import { EVENT_SELECT, toMeeting } from "./parse/meeting";

/** Whose copy: the signed-in user's, or the organizer mailbox's (the one with everyone's answers). */
export type CopyOwner = "own" | "organizer";

/** Events per page: single-instance matches are one or none; a mailbox's three days rarely hold more than a few dozen. */
export const COPY_PAGE = { events: 50, day: 250 } as const;

const DAY_MS = 86_400_000;
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Exchange's Global Object Id class id, the start of every iCalUId Exchange gives a meeting ([MS-OXOCAL] PidLidGlobalObjectId). */
const GOID_CLASS = "040000008200E00074C5B7101A82E008";

function isDateKey(value: string): boolean {
  const m = DATE_KEY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/**
 * The occurrence's original date ("YYYY-MM-DD") that Exchange writes into its iCalUId (the YH YL M D bytes after the
 * class id), or null for a series master (zeros), a single instance, or a key Exchange did not make.
 */
export function occurrenceDateKey(key: string): string | null {
  if (key.length < GOID_CLASS.length + 8 || key.slice(0, GOID_CLASS.length).toUpperCase() !== GOID_CLASS) return null;
  const bytes = key.slice(GOID_CLASS.length, GOID_CLASS.length + 8);
  if (!/^[0-9a-f]{8}$/i.test(bytes)) return null;
  const year = parseInt(bytes.slice(0, 4), 16);
  const month = parseInt(bytes.slice(4, 6), 16);
  const day = parseInt(bytes.slice(6, 8), 16);
  if (year === 0) return null;
  const dateKey = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isDateKey(dateKey) ? dateKey : null;
}

/** The calendarView window for a local date: a day's margin on each side covers any UTC offset and a late-night meeting. */
export function dayWindow(dateKey: string): { startDateTime: string; endDateTime: string } {
  const midnight = Date.parse(`${dateKey}T00:00:00Z`);
  return { startDateTime: new Date(midnight - DAY_MS).toISOString(), endDateTime: new Date(midnight + 2 * DAY_MS).toISOString() };
}

function mailboxOf(ctx: GraphContext, owner: CopyOwner): string {
  return owner === "own" ? "/me" : ctx.paths.organizerMailbox;
}

/** The batch id of one lookup: "own", "organizer", "own@2026-12-11", "organizer@2026-12-11". */
function lookupId(owner: CopyOwner, dateKey: string | null): string {
  return dateKey === null ? owner : `${owner}@${dateKey}`;
}

/** Distinct valid dates to look around, at most two (the folder's date and the key's original date). */
export function copyDates(dates: (string | null | undefined)[]): string[] {
  return [...new Set(dates.filter((d): d is string => typeof d === "string" && isDateKey(d)))].slice(0, 2);
}

/** The inner requests that find both copies: /events by iCalUId, and calendarView around each date. */
export function copyRequests(ctx: GraphContext, key: string, dateKeys: readonly string[], owners: readonly CopyOwner[] = ["own", "organizer"]): BatchRequest[] {
  const requests: BatchRequest[] = [];
  for (const owner of owners) {
    const mailbox = mailboxOf(ctx, owner);
    requests.push({ id: lookupId(owner, null), method: "GET", url: `${mailbox}/events${query({ $filter: iCalUIdFilter(key), $select: EVENT_SELECT, $top: COPY_PAGE.events })}` });
    for (const dateKey of dateKeys) {
      requests.push({ id: lookupId(owner, dateKey), method: "GET", url: `${mailbox}/calendarView${query({ ...dayWindow(dateKey), $select: EVENT_SELECT, $top: COPY_PAGE.day })}` });
    }
  }
  return requests;
}

/** The first event of a collection whose iCalUId is the key, following nextLink only while none has matched. */
async function findInCollection(ctx: GraphContext, body: unknown, key: string, what: string): Promise<Meeting | null> {
  let page = toPage(body, what);
  for (;;) {
    // Only the match is parsed: an odd event elsewhere in someone's calendar must not break this meeting's view.
    const match = page.value.find((raw) => typeof raw === "object" && raw !== null && (raw as { iCalUId?: unknown }).iCalUId === key);
    if (match !== undefined) return toMeeting(match);
    if (page.nextLink === null) return null;
    page = toPage(await ctx.http.json({ method: "GET", path: relativeToRoot(ctx.config, page.nextLink) }), what);
  }
}

/**
 * The owner's copy from the batch's outcomes, or null when the mailbox has none. A failed lookup is forgiven when
 * another found the copy; otherwise its error is thrown (a throttled search is not an absence). Malformed data is
 * always an error.
 */
export async function findCopy(ctx: GraphContext, outcomes: ReadonlyMap<string, BatchOutcome>, owner: CopyOwner, key: string, dateKeys: readonly string[]): Promise<Meeting | null> {
  const failures: GraphError[] = [];
  for (const dateKey of [null, ...dateKeys]) {
    const id = lookupId(owner, dateKey);
    const outcome = outcomes.get(id);
    if (!outcome) continue;
    if (!outcome.ok) {
      failures.push(outcome.error);
      continue;
    }
    const found = await findInCollection(ctx, outcome.body, key, `${id} events`).catch((error: unknown) => {
      throw toGraphError(error, `${id} events`);
    });
    if (found) return found;
  }
  // The most telling failure: anything beats a plain "not found".
  const failure = failures.find((error) => error.code !== "notFound") ?? failures[0];
  if (failure) throw failure;
  return null;
}

