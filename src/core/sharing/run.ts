/** "Dela handlingarna med deltagarna": one run over the FolderSharing port, safe to interrupt and to run again. */
import { isAppFailure } from "../errors";
import type { AppError } from "../errors";
import type { FolderSharing } from "../ports-sharing";
import type { Person } from "../types";
import { planSharing } from "./plan";
import type { SharingPlan } from "./plan";
import { formatSharingRecord, parseSharingRecord } from "./record";
import type { SharedEntry } from "./record";

/** What happened for one person. */
export type ShareOutcome =
  | { kind: "shared" }
  | { kind: "sharedBefore" }
  | { kind: "hadAccess" }
  | { kind: "failed"; error: AppError }
  | { kind: "removed" }
  | { kind: "removeFailed"; error: AppError };

/** One line of the pane's per-person list. */
export interface ShareResult {
  person: Person;
  outcome: ShareOutcome;
}

/** The run's outcome; recordSaved false means the next run finishes the bookkeeping (nothing is lost). */
export interface ShareReport {
  results: ShareResult[];
  recordSaved: boolean;
}

/** How many times a record write is retried after someone else changed the folder meanwhile. */
const CONFLICT_TRIES = 3;

function appErrorOf(error: unknown): AppError {
  return isAppFailure(error) ? error.appError : { code: "unknown", detail: String(error) };
}

function isConflict(error: unknown): boolean {
  return isAppFailure(error) && error.appError.code === "conflict";
}

/** Reads, plans and records the invites about to be sent, so an interrupted run leaves a trace the next run resolves. */
async function planAndReserve(port: FolderSharing, folderId: string, attendees: readonly Person[]): Promise<{ plan: SharingPlan; etag: string }> {
  for (let attempt = 1; ; attempt++) {
    const state = await port.read(folderId);
    const plan = planSharing(attendees, state.permissions, parseSharingRecord(state.record));
    const reserved = [...plan.record, ...plan.invite.map((p) => ({ email: p.email, permissionId: null }))];
    const text = formatSharingRecord(reserved);
    if (text === formatSharingRecord(parseSharingRecord(state.record))) return { plan, etag: state.etag };
    try {
      return { plan: { ...plan, record: reserved }, etag: await port.writeRecord(folderId, text, state.etag) };
    } catch (error) {
      if (!isConflict(error) || attempt >= CONFLICT_TRIES) throw error;
    }
  }
}

/** Writes our changes onto whatever the record holds now: entries we set, minus entries we removed. */
async function saveRecord(port: FolderSharing, folderId: string, etag: string, set: Map<string, SharedEntry>, removed: Set<string>): Promise<boolean> {
  let current = etag;
  let base: SharedEntry[] | null = null;
  for (let attempt = 1; attempt <= CONFLICT_TRIES; attempt++) {
    const merged = new Map((base ?? []).map((e) => [e.email, e]));
    for (const email of removed) merged.delete(email);
    for (const [email, entry] of set) merged.set(email, entry);
    try {
      await port.writeRecord(folderId, formatSharingRecord([...merged.values()]), current);
      return true;
    } catch (error) {
      if (!isConflict(error)) return false;
      const fresh = await port.read(folderId).catch(() => null);
      if (fresh === null) return false;
      base = parseSharingRecord(fresh.record);
      current = fresh.etag;
    }
  }
  return false;
}

/** Shares the folder with every attendee not yet covered and removes what this action gave to people no longer invited. */
export async function shareWithAttendees(port: FolderSharing, folderId: string, attendees: readonly Person[]): Promise<ShareReport> {
  const { plan, etag } = await planAndReserve(port, folderId, attendees);
  const results: ShareResult[] = [
    ...plan.hadAccess.map((person) => ({ person, outcome: { kind: "hadAccess" } as const })),
    ...plan.sharedBefore.map((person) => ({ person, outcome: { kind: "sharedBefore" } as const })),
  ];
  const set = new Map(plan.record.map((e) => [e.email, e]));
  const removed = new Set<string>();
  const invited = await Promise.all(
    plan.invite.map(async (person): Promise<ShareResult> => {
      try {
        const permission = await port.invite(folderId, person);
        set.set(person.email, { email: person.email, permissionId: permission.id });
        return { person, outcome: { kind: "shared" } };
      } catch (error) {
        // The pending entry stays: if the invite landed after all, the next run adopts it; if not, drops it.
        return { person, outcome: { kind: "failed", error: appErrorOf(error) } };
      }
    }),
  );
  const revoked = await Promise.all(
    plan.remove.map(async (entry): Promise<ShareResult> => {
      const person = { name: entry.email, email: entry.email };
      try {
        await port.revoke(folderId, entry.permissionId ?? "");
        set.delete(entry.email);
        removed.add(entry.email);
        return { person, outcome: { kind: "removed" } };
      } catch (error) {
        return { person, outcome: { kind: "removeFailed", error: appErrorOf(error) } };
      }
    }),
  );
  const changed = invited.length > 0 || revoked.length > 0;
  const recordSaved = changed ? await saveRecord(port, folderId, etag, set, removed) : true;
  return { results: [...invited, ...results, ...revoked], recordSaved };
}

/** True when a failure means the tenant or site does not let this user share with that person (an admin setting). */
export function isSharingBlocked(report: ShareReport): boolean {
  return report.results.some((r) => r.outcome.kind === "failed" && r.outcome.error.code === "forbidden");
}
