/**
 * Attendance as it happened (issue 13 item 2), as use cases over the record's ports: prefill once from the RSVPs,
 * mark, set times, add someone, fill from the online attendance report. Every write is one guarded PATCH of the
 * fields the user changed; on a stale eTag the row is read again and the same change asked of it once more.
 */
import { ExpectedFailure, isAppFailure, missingPresence, newPerson, onlineTimes, parseClockTime, prefillPresence, presenceKey, roundedClock, timesProblem } from "../../core";
import type {
  ClockTimeError,
  MeetingView,
  NewPersonInput,
  NewPersonProblem,
  OnlineAttendance,
  PresenceFields,
  PresenceRow,
  PresenceStatus,
  RecordPorts,
} from "../../core";

type Ports = Pick<RecordPorts, "presence">;

/** What to write, asked of the row as stored now; null: nothing left to write. */
export type PresenceChange = Partial<PresenceFields> | ((current: PresenceRow) => Partial<PresenceFields> | null);

const asFunction = (change: PresenceChange): ((current: PresenceRow) => Partial<PresenceFields> | null) =>
  typeof change === "function" ? change : () => change;

/**
 * Writes one change of one row. A conflict (someone else wrote the row) re-reads it and re-applies only this change,
 * so their other fields stand; a row removed meanwhile rejects with "notFound". Other failures reject as thrown.
 */
export async function changePresence(ports: Ports, row: PresenceRow, change: PresenceChange, attempts = 3): Promise<PresenceRow> {
  const ask = asFunction(change);
  let current = row;
  for (let attempt = 1; ; attempt++) {
    const fields = ask(current);
    if (fields === null || Object.keys(fields).length === 0) return current;
    try {
      return await ports.presence.update(current.id, current.etag, fields);
    } catch (error) {
      if (!isAppFailure(error) || error.appError.code !== "conflict" || attempt >= attempts) throw error;
      const fresh = (await ports.presence.list(current.meetingKey)).find((candidate) => candidate.id === current.id);
      if (fresh === undefined) throw new ExpectedFailure("notFound", `Närvaro row ${current.id} was removed`);
      current = fresh;
    }
  }
}

/** The chair named in the register, so that their row says ordförande; none when there is no row or it cannot be read. */
async function chairOf(ports: Pick<RecordPorts, "register">, meetingKey: string): Promise<string> {
  try {
    return (await ports.register.find(meetingKey))?.chair ?? "";
  } catch (error) {
    // The role is a label the secretariat can see and the register is read again by record mode: prefilling the people
    // matters more than naming the chair, so a failed read degrades to no chair. A bug still surfaces.
    if (isAppFailure(error)) return "";
    throw error;
  }
}

/**
 * Creates a row for each invited person who has none yet, from the RSVPs: run on every open, it never doubles a row
 * and never touches one that exists (someone may have marked it). Returns the meeting's rows as stored after.
 */
export async function prefillOnce(ports: Pick<RecordPorts, "presence" | "register">, view: MeetingView): Promise<PresenceRow[]> {
  const key = view.meeting.iCalUId;
  const existing = await ports.presence.list(key);
  if (view.attendance.state !== "ready") return existing;
  const everyone = prefillPresence(key, view.attendance.value);
  if (missingPresence(everyone, existing).length === 0) return existing;
  const missing = missingPresence(prefillPresence(key, view.attendance.value, await chairOf(ports, key)), existing);
  const rows = [...existing];
  // One at a time: the store's create finds an existing row for the same person first, which a parallel burst defeats.
  for (const fields of missing) {
    const created = await ports.presence.create(fields);
    if (!rows.some((r) => r.id === created.id)) rows.push(created);
  }
  return rows;
}

/** One tap: present or absent (or any status). */
export function markStatus(ports: Ports, row: PresenceRow, status: PresenceStatus): Promise<PresenceRow> {
  return changePresence(ports, row, { status });
}

/** The fields of one tap on "Kom kl" / "Gick kl": now, rounded to five minutes in Stockholm. */
export function timeNow(ports: Pick<RecordPorts, "now">, which: "arrived" | "left"): Partial<PresenceFields> {
  return which === "arrived" ? { arrived: roundedClock(ports.now()) } : { left: roundedClock(ports.now()) };
}

/** Why a typed time was not set. */
export type TimeProblem = ClockTimeError | "leftBeforeArrived";

/** A typed "Kom kl" / "Gick kl" checked against the row: the fields to write (blank clears it), or why not. */
export function typedTime(
  row: Pick<PresenceFields, "arrived" | "left">,
  which: "arrived" | "left",
  typed: string,
): { ok: true; fields: Partial<PresenceFields> } | { ok: false; problem: TimeProblem } {
  let value: string | null = null;
  if (typed.trim() !== "") {
    const parsed = parseClockTime(typed);
    if (!parsed.ok) return { ok: false, problem: parsed.error };
    value = parsed.value;
  }
  const problem = which === "arrived" ? timesProblem(value, row.left) : timesProblem(row.arrived, value);
  if (problem !== null) return { ok: false, problem };
  return { ok: true, fields: which === "arrived" ? { arrived: value } : { left: value } };
}

/** What adding a person came to. */
export type AddPersonResult =
  | { kind: "added"; row: PresenceRow }
  | { kind: "exists"; row: PresenceRow }
  | { kind: "invalid"; problems: Partial<Record<"displayName" | "email" | "organisation", NewPersonProblem>> };

/** Adds someone who was not invited; a person already on the list (same mail, else same name) is not added twice. */
export async function addPerson(ports: Ports, meetingKey: string, input: NewPersonInput): Promise<AddPersonResult> {
  const checked = newPerson(meetingKey, input);
  if (!checked.ok) return { kind: "invalid", problems: checked.problems };
  const key = presenceKey(checked.fields);
  const already = (await ports.presence.list(meetingKey)).find((r) => presenceKey(r) === key);
  if (already !== undefined) return { kind: "exists", row: already };
  return { kind: "added", row: await ports.presence.create(checked.fields) };
}

/** What filling times from the online attendance report came to. */
export type OnlineFill =
  /** The meeting has no Teams link: there is nothing to read. */
  | { kind: "notOnline" }
  /** No report readable: not the organizer, the scope OnlineMeetingArtifact.Read.All not granted, or no report yet. */
  | { kind: "unavailable" }
  /** Rows written; `notListed`: joined online but on no row (add them by hand). */
  | { kind: "filled"; updated: PresenceRow[]; notListed: OnlineAttendance[] };

const fold = (text: string): string => text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");

/** The row an online attendee is: same mail, else (a row without mail) same name. */
function rowOf(rows: readonly PresenceRow[], online: OnlineAttendance): PresenceRow | undefined {
  const email = online.email.trim().toLowerCase();
  return (
    (email === "" ? undefined : rows.find((r) => r.email === email)) ?? rows.find((r) => r.email === "" && fold(r.displayName) === fold(online.displayName))
  );
}

/** What the report adds to a row: times only where none was set by hand; someone not marked present took part remotely. */
function onlineChange(current: PresenceRow, online: OnlineAttendance, view: MeetingView): Partial<PresenceFields> | null {
  const times = onlineTimes(online, view.meeting.startUtc, view.meeting.endUtc);
  const fields: Partial<PresenceFields> = {};
  if (current.status !== "present" && current.status !== "remote") fields.status = "remote";
  if (current.arrived === null && times.arrived !== null) fields.arrived = times.arrived;
  if (current.left === null && times.left !== null) fields.left = times.left;
  if (timesProblem(fields.arrived ?? current.arrived, fields.left ?? current.left) !== null) return null;
  return Object.keys(fields).length === 0 ? null : fields;
}

/** Fills arrival and departure of those who joined online from Graph's attendance report (organizer only). */
export async function fillFromOnline(ports: Pick<RecordPorts, "presence" | "onlineAttendance">, view: MeetingView, rows: readonly PresenceRow[]): Promise<OnlineFill> {
  const joinUrl = view.meeting.onlineMeetingUrl;
  if (joinUrl === null || joinUrl.trim() === "") return { kind: "notOnline" };
  // A series shares one join URL: the occurrence's window picks this meeting's reports.
  const report = await ports.onlineAttendance.read(joinUrl, { startUtc: view.meeting.startUtc, endUtc: view.meeting.endUtc });
  if (report === "unavailable") return { kind: "unavailable" };
  const updated: PresenceRow[] = [];
  const notListed: OnlineAttendance[] = [];
  for (const online of report) {
    const row = rowOf(rows, online);
    if (row === undefined) {
      notListed.push(online);
      continue;
    }
    let wrote = false;
    const written = await changePresence(ports, row, (current) => {
      const fields = onlineChange(current, online, view);
      wrote = fields !== null;
      return fields;
    });
    if (wrote) updated.push(written);
  }
  return { kind: "filled", updated, notListed };
}
