/**
 * OnlineAttendanceSource over Graph's attendance reports (DESIGN §7a): the online meeting found by its join URL,
 * then its reports with their attendance records. Only the organizer may read them, and only with the delegated
 * scope OnlineMeetingArtifact.Read.All: without it (403), or without a report (404, none yet), the answer is
 * "unavailable" and times are set by hand.
 */
import type { OnlineAttendanceSource, OnlineAttendance } from "../../core";
import type { GraphContext } from "./context";
import { collect } from "./context";
import { GRAPH_SCOPES, ONLINE_MEETING_SCOPES } from "../auth/scopes";
import { isGraphError } from "./errors";
import { odataString, query, segment } from "./paths";
import { asObject, optObject, optString } from "./parse/guards";
import { instantToUtcIso } from "./parse/datetime";

/** A window (UTC ISO) around one occurrence: a series shares one join URL, so its reports are told apart by time. */
export interface AttendanceWindow {
  startUtc: string;
  endUtc: string;
}

/** Reports starting this long before the meeting or before its end belong to it (people join early, run late). */
const MARGIN_MS = 2 * 3_600_000;

interface ReportRef {
  id: string;
  startMs: number | null;
}

function toReportRef(raw: unknown): ReportRef | null {
  const o = asObject(raw, "meetingAttendanceReport");
  const id = optString(o, "id", "meetingAttendanceReport");
  if (!id) return null;
  const start = optString(o, "meetingStartDateTime", "meetingAttendanceReport");
  const startMs = start === null ? Number.NaN : Date.parse(start);
  return { id, startMs: Number.isNaN(startMs) ? null : startMs };
}

/** The reports of this occurrence: those starting within its window; without one, the latest report. */
function pickReports(reports: ReportRef[], window: AttendanceWindow | undefined): ReportRef[] {
  if (window === undefined) {
    const latest = [...reports].sort((a, b) => (b.startMs ?? 0) - (a.startMs ?? 0))[0];
    return latest ? [latest] : [];
  }
  const from = Date.parse(window.startUtc) - MARGIN_MS;
  const to = Date.parse(window.endUtc);
  return reports.filter((r) => r.startMs !== null && r.startMs >= from && r.startMs <= to);
}

/** Each person's first join and last leave over all their intervals in the given records. */
export function mergeAttendance(records: readonly unknown[]): OnlineAttendance[] {
  const people = new Map<string, OnlineAttendance>();
  for (const raw of records) {
    const o = asObject(raw, "attendanceRecord");
    const email = (optString(o, "emailAddress", "attendanceRecord") ?? "").trim().toLowerCase();
    const identity = optObject(o, "identity", "attendanceRecord");
    const displayName = (identity && optString(identity, "displayName", "attendanceRecord.identity"))?.trim() ?? "";
    const key = email || `name:${displayName.toLowerCase()}`;
    if (key === "name:") continue;
    const intervals = Array.isArray(o.attendanceIntervals) ? o.attendanceIntervals : [];
    for (const rawInterval of intervals) {
      const interval = asObject(rawInterval, "attendanceInterval");
      const join = optString(interval, "joinDateTime", "attendanceInterval");
      const leave = optString(interval, "leaveDateTime", "attendanceInterval");
      if (join === null || leave === null) continue;
      const joinedUtc = instantToUtcIso(join, "joinDateTime");
      const leftUtc = instantToUtcIso(leave, "leaveDateTime");
      const known = people.get(key);
      if (known === undefined) people.set(key, { email, displayName: displayName || email, joinedUtc, leftUtc });
      else {
        if (joinedUtc < known.joinedUtc) known.joinedUtc = joinedUtc;
        if (leftUtc > known.leftUtc) known.leftUtc = leftUtc;
      }
    }
  }
  return [...people.values()].sort((a, b) => a.joinedUtc.localeCompare(b.joinedUtc));
}

/** Graph-backed OnlineAttendanceSource; `window` picks the occurrence's reports when a series shares the URL. */
export function createOnlineAttendance(ctx: GraphContext): OnlineAttendanceSource {
  // The app's scopes and these: asked for here only, so a tenant that never grants them loses only this offer.
  const scopes = [...GRAPH_SCOPES, ...ONLINE_MEETING_SCOPES];
  const get = (path: string): Promise<unknown> => ctx.http.json({ method: "GET", path, scopes });
  return {
    async read(joinUrl, window?: AttendanceWindow) {
      try {
        const meetings = await collect(ctx, await get(`/me/onlineMeetings${query({ $filter: `JoinWebUrl eq ${odataString(joinUrl)}` })}`), "online meetings");
        const meetingId = meetings.length > 0 ? optString(asObject(meetings[0], "onlineMeeting"), "id", "onlineMeeting") : null;
        if (!meetingId) return "unavailable";
        const reportsPath = `/me/onlineMeetings/${segment(meetingId)}/attendanceReports`;
        const refs = (await collect(ctx, await get(reportsPath), "attendance reports")).map(toReportRef);
        const chosen = pickReports(refs.filter((r): r is ReportRef => r !== null), window);
        if (chosen.length === 0) return "unavailable";
        const records: unknown[] = [];
        for (const report of chosen) {
          const body = asObject(await get(`${reportsPath}/${segment(report.id)}${query({ $expand: "attendanceRecords" })}`), "meetingAttendanceReport");
          if (Array.isArray(body.attendanceRecords)) records.push(...body.attendanceRecords);
        }
        return mergeAttendance(records);
      } catch (error) {
        // Not the organizer, the scopes not granted (403, or no token for them), or no such meeting or report: the
        // product works on without the times.
        if (isGraphError(error) && (error.code === "forbidden" || error.code === "notFound" || error.code === "unauthenticated")) return "unavailable";
        throw error;
      }
    },
  };
}
