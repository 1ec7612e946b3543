/** MeetingSource over Graph: the meeting view, the group's upcoming meetings, Teams chat lookup, RSVP. */
import { addressMatches, folderName, formatDateKey } from "../../core";
import type { MeetingRef, MeetingSource, MeetingSummary, MeetingView, RsvpAction, RsvpOutcome, Meeting } from "../../core";
import { bodyOf, runBatch } from "./batch";
import type { GraphContext } from "./context";
import { collect } from "./context";
import { isAmbiguousFailure } from "./ambiguous";
import { GraphError } from "./errors";
import { copyDates, copyRequests, findCopy, occurrenceDateKey } from "./meeting-copies";
import { loadMeetingView, PAGE } from "./meeting-view";
import { query, segment } from "./paths";
import { asObject, optObject, optString } from "./parse/guards";
import { EVENT_SELECT, toMeeting } from "./parse/meeting";

/** How far ahead the personal tab and the pickers look. */
export const UPCOMING_DAYS = 180;

const SUMMARY_SELECT = "id,iCalUId,subject,start,end,isAllDay,location,organizer,responseStatus,isOrganizer,isCancelled";

function summaryOf(meeting: Meeting, itemCount: number | null): MeetingSummary {
  return {
    id: meeting.id,
    iCalUId: meeting.iCalUId,
    subject: meeting.subject,
    startUtc: meeting.startUtc,
    endUtc: meeting.endUtc,
    isAllDay: meeting.isAllDay,
    location: meeting.location,
    myResponse: meeting.myResponse,
    folderName: folderName(meeting.startUtc, meeting.subject),
    itemCount,
  };
}

function countByMeetingKey(items: unknown[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const raw of items) {
    const fields = optObject(asObject(raw, "listItem"), "fields", "listItem");
    const key = fields ? optString(fields, "MeetingKey", "listItem.fields") : null;
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Graph-backed MeetingSource; `now` is injectable for tests. */
export function createMeetingSource(ctx: GraphContext, now: () => Date = () => new Date()): MeetingSource {
  const organizer = ctx.config.organizerMailbox.toLowerCase();

  async function listUpcoming(): Promise<MeetingSummary[]> {
    const from = now();
    const to = new Date(from.getTime() + UPCOMING_DAYS * 86_400_000);
    const outcomes = await runBatch(
      ctx.http,
      [
        {
          id: "view",
          method: "GET",
          url: `/me/calendarView${query({ startDateTime: from.toISOString(), endDateTime: to.toISOString(), $select: SUMMARY_SELECT, $top: PAGE.calendarView })}`,
        },
        // Item counts need only MeetingKey. The keys are not known before the calendar answers, and a $batch request
        // cannot use another's answer, so all items' keys come along; they are small, and pages follow if the list grows.
        { id: "items", method: "GET", url: `${ctx.paths.agendaItems}${query({ $expand: "fields($select=MeetingKey)", $top: 5000 })}` },
      ],
      ctx.policy,
    );
    const meetings = (await collect(ctx, bodyOf(outcomes.get("view"), "view"), "calendar view"))
      .map(toMeeting)
      .filter((meeting) => addressMatches(meeting.organizer.email, organizer) && !meeting.isCancelled)
      .sort((a, b) => a.startUtc.localeCompare(b.startUtc));
    const items = outcomes.get("items");
    // Counts are a convenience: without them the list still shows, with "unknown" counts.
    let counts: Map<string, number> | null = null;
    if (items?.ok) {
      try {
        counts = countByMeetingKey(await collect(ctx, items.body, "agenda items"));
      } catch {
        counts = null;
      }
    }
    return meetings.map((meeting) => summaryOf(meeting, counts ? (counts.get(meeting.iCalUId) ?? 0) : null));
  }

  async function findByChatId(chatId: string): Promise<MeetingSummary> {
    const chat = asObject(await ctx.http.json({ method: "GET", path: `/chats/${segment(chatId)}${query({ $select: "onlineMeetingInfo" })}` }), "chat");
    const info = optObject(chat, "onlineMeetingInfo", "chat");
    const eventId = info ? optString(info, "calendarEventId", "chat.onlineMeetingInfo") : null;
    if (!eventId) throw new GraphError("notFound", "the chat is not bound to a calendar event");
    const chatOrganizer = info ? optObject(info, "organizer", "chat.onlineMeetingInfo") : null;
    const organizerId = (chatOrganizer && optString(chatOrganizer, "id", "chat.onlineMeetingInfo.organizer")) ?? ctx.config.organizerMailbox;
    // calendarEventId is the organizer's event id: readable as /me when I organize, else via the organizer's mailbox.
    const outcomes = await runBatch(
      ctx.http,
      [
        { id: "mine", method: "GET", url: `/me/events/${segment(eventId)}${query({ $select: EVENT_SELECT })}` },
        { id: "organizer", method: "GET", url: `/users/${segment(organizerId)}/events/${segment(eventId)}${query({ $select: EVENT_SELECT })}` },
      ],
      ctx.policy,
    );
    const mine = outcomes.get("mine");
    if (mine?.ok) return summaryOf(toMeeting(mine.body), null);
    const viaOrganizer = outcomes.get("organizer");
    if (!viaOrganizer?.ok) throw viaOrganizer?.error ?? new GraphError("notFound", "the chat's event is not readable");
    const organizerEvent = toMeeting(viaOrganizer.body);
    // The id to answer with is the one of my own copy; an occurrence's copy is only in calendarView, around its day.
    const key = organizerEvent.iCalUId;
    const dates = copyDates([formatDateKey(organizerEvent.startUtc), occurrenceDateKey(key)]);
    const lookups = await runBatch(ctx.http, copyRequests(ctx, key, dates, ["own"]), ctx.policy);
    const ownCopy = await findCopy(ctx, lookups, "own", key, dates);
    return summaryOf(ownCopy ?? { ...organizerEvent, myResponse: "none" }, null);
  }

  async function respond(eventId: string, action: RsvpAction, comment: string): Promise<RsvpOutcome> {
    // The retry policy (graph/retry.ts) repeats this POST only on 429/503, which Graph sends before doing anything, so an answer
    // is never applied twice. After a 504 or a lost connection it may or may not have been applied, and the stored
    // answer cannot tell: a member who had already declined and declines again with a message finds "declined"
    // either way. Only a 2xx on this request is "sent"; otherwise the user is told it is unclear, and decides.
    try {
      await ctx.http.json({ method: "POST", path: `/me/events/${segment(eventId)}/${action}`, body: { comment, sendResponse: true } });
      return "sent";
    } catch (error) {
      if (isAmbiguousFailure(error)) return "unknown";
      throw error;
    }
  }

  return {
    loadMeetingView: (ref: MeetingRef): Promise<MeetingView> => loadMeetingView(ctx, ref),
    listUpcoming,
    findByChatId,
    respond,
  };
}
