/**
 * /me/onlineMeetings?$filter=JoinWebUrl eq '…', /me/onlineMeetings/{id}, its attendanceReports and their
 * attendanceRecords, in Graph's shapes. The reports are the organizer's alone: anyone else gets 403, as in Graph.
 */
import type { DemoAttendanceRecord, DemoAttendanceReport, DemoOnlineMeeting, DemoUser } from "./data-types";
import { errors, GraphHttpError, json } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import { option, parseExpand, parseFilter } from "./odata";
import { graphRootOf } from "./route-context";
import type { RouteContext } from "./route-context";

const seconds = (from: string, to: string): number => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
const graphTime = (iso: string): string => new Date(iso).toISOString().replace(/\.000Z$/, ".0000000Z");

function forbidden(): GraphHttpError {
  return new GraphHttpError(403, "Forbidden", "The user is not the organizer of the meeting and cannot read its attendance reports.");
}

/** Whether the user is the organizer or an invitee of an event that carries the meeting's join URL. */
function mayRead(ctx: RouteContext, meeting: DemoOnlineMeeting): boolean {
  const mail = ctx.user.mail.toLowerCase();
  if (meeting.organizer.toLowerCase() === mail) return true;
  return ctx.store.current.events.some((e) => e.joinUrl === meeting.joinWebUrl && e.attendees.some((a) => a.mail.toLowerCase() === mail));
}

function meetingJson(ctx: RouteContext, meeting: DemoOnlineMeeting, organizer: DemoUser | undefined): Record<string, unknown> {
  return {
    id: meeting.id,
    creationDateTime: graphTime(meeting.createdUtc),
    startDateTime: graphTime(meeting.startUtc),
    endDateTime: graphTime(meeting.endUtc),
    joinWebUrl: meeting.joinWebUrl,
    subject: meeting.subject,
    isEntryExitAnnounced: false,
    allowedPresenters: "everyone",
    allowMeetingChat: "enabled",
    allowTeamworkReactions: true,
    recordAutomatically: false,
    chatInfo: { threadId: meeting.chatThreadId, messageId: "0", replyChainMessageId: null },
    joinMeetingIdSettings: { isPasscodeRequired: true, joinMeetingId: "374118902615", passcode: "Xk7pQ2" },
    participants: {
      organizer: { upn: meeting.organizer, role: "presenter", identity: { user: { id: organizer?.id ?? null, displayName: null } } },
      attendees: [],
    },
  };
}

function recordJson(ctx: RouteContext, record: DemoAttendanceRecord, index: number, report: DemoAttendanceReport): Record<string, unknown> {
  const user = record.mail === null ? undefined : ctx.store.findUser(record.mail);
  const intervals = record.intervals.map((i) => ({ joinDateTime: graphTime(i.joinUtc), leaveDateTime: graphTime(i.leaveUtc), durationInSeconds: seconds(i.joinUtc, i.leaveUtc) }));
  return {
    id: user?.id ?? `${report.id}-anonymous-${index}`,
    emailAddress: record.mail,
    totalAttendanceInSeconds: intervals.reduce((sum, i) => sum + i.durationInSeconds, 0),
    role: record.role,
    registrationId: null,
    identity: { id: user?.id ?? `anonymous-${index}`, displayName: record.name },
    attendanceIntervals: intervals,
  };
}

function reportJson(ctx: RouteContext, report: DemoAttendanceReport, withRecords: boolean): Record<string, unknown> {
  return {
    id: report.id,
    totalParticipantCount: report.records.length,
    meetingStartDateTime: graphTime(report.meetingStartUtc),
    meetingEndDateTime: graphTime(report.meetingEndUtc),
    externalEventInformation: [],
    ...(withRecords ? { attendanceRecords: report.records.map((r, i) => recordJson(ctx, r, i, report)) } : {}),
  };
}

/** The meeting named by the request's $filter (JoinWebUrl eq '…'), which Graph requires on the collection. */
function byJoinUrl(ctx: RouteContext, meetings: DemoOnlineMeeting[]): DemoOnlineMeeting[] {
  const clauses = parseFilter(option(ctx.query, "filter"));
  const clause = clauses[0];
  if (clauses.length !== 1 || clause === undefined || clause.path.join("/").toLowerCase() !== "joinweburl" || typeof clause.value !== "string") {
    throw errors.badRequest("Filter on JoinWebUrl (or joinMeetingIdSettings/joinMeetingId) is required to list online meetings.", "BadRequest");
  }
  return meetings.filter((m) => m.joinWebUrl === clause.value && mayRead(ctx, m));
}

/** Handles /me/onlineMeetings…; undefined for other paths. */
export function routeOnlineMeetings(ctx: RouteContext): GraphResponse | undefined {
  const [me, kind, id, sub, reportId, subsub, ...extra] = ctx.segments;
  if (me !== "me" || kind !== "onlineMeetings") return undefined;
  if (ctx.method !== "GET") throw errors.methodNotAllowed();
  if (extra.length > 0) throw errors.segmentNotFound(extra[0] ?? "");
  const meetings = ctx.store.current.onlineMeetings ?? [];
  const root = graphRootOf(ctx);
  if (id === undefined) {
    return json(200, { "@odata.context": `${root}/$metadata#users('${ctx.user.id}')/onlineMeetings`, value: byJoinUrl(ctx, meetings).map((m) => meetingJson(ctx, m, ctx.store.findUser(m.organizer))) });
  }
  const meeting = meetings.find((m) => m.id === id);
  if (!meeting || !mayRead(ctx, meeting)) throw new GraphHttpError(404, "NotFound", "The online meeting could not be found.");
  if (sub === undefined) return json(200, { "@odata.context": `${root}/$metadata#users('${ctx.user.id}')/onlineMeetings/$entity`, ...meetingJson(ctx, meeting, ctx.store.findUser(meeting.organizer)) });
  if (sub !== "attendanceReports") throw errors.segmentNotFound(sub);
  if (meeting.organizer.toLowerCase() !== ctx.user.mail.toLowerCase()) throw forbidden();
  const context = `${root}/$metadata#users('${ctx.user.id}')/onlineMeetings('${meeting.id}')/attendanceReports`;
  if (reportId === undefined) return json(200, { "@odata.context": context, value: meeting.attendanceReports.map((r) => reportJson(ctx, r, false)) });
  const report = meeting.attendanceReports.find((r) => r.id === reportId);
  if (!report) throw new GraphHttpError(404, "NotFound", "The attendance report could not be found.");
  if (subsub === "attendanceRecords") return json(200, { "@odata.context": `${context}('${report.id}')/attendanceRecords`, value: report.records.map((r, i) => recordJson(ctx, r, i, report)) });
  if (subsub !== undefined) throw errors.segmentNotFound(subsub);
  const withRecords = parseExpand(option(ctx.query, "expand")).has("attendanceRecords");
  return json(200, { "@odata.context": `${context}/$entity`, ...reportJson(ctx, report, withRecords) });
}
