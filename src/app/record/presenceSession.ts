/**
 * The Närvaro view's state: the meeting's rows with what the secretariat changed on top, each row saved by itself.
 * A tap is written at once; a failed write keeps the change on screen and in the drafts (the browser's storage),
 * marks the row "unsaved" and retries by itself; a reload restores the change and writes it again.
 */
import type { AppError, MeetingView, NewPersonInput, PresenceFields, PresenceRow, RecordPorts } from "../../core";
import { isAppFailure } from "../../core";
import { addPerson, changePresence, fillFromOnline, prefillOnce } from "./presence";
import type { AddPersonResult, OnlineFill } from "./presence";

/** Where one row stands: stored, being written, not written (retrying by itself), or refused (needs the user). */
export type RowSave = "saved" | "saving" | "unsaved" | "failed";

/** One person as shown: the stored row with the unsaved change on top. */
export interface PresenceEntry {
  row: PresenceRow;
  save: RowSave;
  /** Why the last write failed, while save is "unsaved" or "failed". */
  error: AppError | null;
}

/** What the Närvaro view renders. */
export type PresenceState =
  | { phase: "loading" }
  | { phase: "error"; error: AppError }
  | { phase: "ready"; entries: PresenceEntry[] };

/** Waits of the automatic retry (tests shorten them). */
export interface PresenceTiming {
  /** Waits before each retry after a failure; the last repeats. */
  retryMs: readonly number[];
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

const DEFAULT_TIMING: PresenceTiming = {
  retryMs: [2000, 5000, 10000, 30000],
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

// A row removed, or a write the user may not make, does not heal by waiting.
const FINAL: ReadonlySet<string> = new Set(["notFound", "forbidden", "unauthenticated"]);

const FIELDS: Record<keyof PresenceFields, (value: unknown) => boolean> = {
  meetingKey: () => false,
  email: () => false,
  displayName: () => false,
  organisation: () => false,
  status: (v) => v === "present" || v === "absent" || v === "apologies" || v === "remote",
  arrived: (v) => v === null || (typeof v === "string" && /^\d{2}\.\d{2}$/.test(v)),
  left: (v) => v === null || (typeof v === "string" && /^\d{2}\.\d{2}$/.test(v)),
  role: (v) => v === "member" || v === "guest" || v === "secretariat" || v === "chair",
  note: (v) => typeof v === "string",
};

/** The drafts key of a meeting's unsaved attendance. */
export function presenceDraftKey(meetingKey: string): string {
  return `sammantrade.presence.${meetingKey}`;
}

type Pending = Partial<PresenceFields>;

/** Reads the drafts tolerantly: a damaged draft, or a field of the wrong kind, is dropped, never thrown. */
function readDraft(text: string | null): Map<string, Pending> {
  const pending = new Map<string, Pending>();
  if (text === null) return pending;
  try {
    const draft = JSON.parse(text) as { v?: unknown; rows?: unknown };
    if (draft.v !== 1 || typeof draft.rows !== "object" || draft.rows === null) return pending;
    for (const [id, fields] of Object.entries(draft.rows as Record<string, unknown>)) {
      if (typeof fields !== "object" || fields === null) continue;
      const valid = Object.entries(fields).filter(([name, value]) => FIELDS[name as keyof PresenceFields]?.(value) === true);
      if (valid.length > 0) pending.set(id, Object.fromEntries(valid) as Pending);
    }
  } catch {
    // A damaged draft is no draft: the stored rows show.
  }
  return pending;
}

/** The meeting's attendance being recorded; subscribe to render it. */
export class PresenceSession {
  private phase: "loading" | "error" | "ready" = "loading";
  private loadError: AppError | null = null;
  private stored: PresenceRow[] = [];
  private pending = new Map<string, Pending>();
  private saving = new Map<string, Promise<void>>();
  private failures = new Map<string, number>();
  private errors = new Map<string, AppError>();
  private final = new Set<string>();
  private timers = new Map<string, unknown>();
  private disposed = false;
  private readonly listeners = new Set<(state: PresenceState) => void>();
  private readonly timing: PresenceTiming;
  private readonly key: string;

  constructor(
    private readonly ports: Pick<RecordPorts, "presence" | "register" | "drafts" | "onlineAttendance">,
    private readonly view: MeetingView,
    timing: Partial<PresenceTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
    this.key = view.meeting.iCalUId;
  }

  /** The state to render. */
  get state(): PresenceState {
    if (this.phase === "loading") return { phase: "loading" };
    if (this.phase === "error") return { phase: "error", error: this.loadError ?? { code: "unknown" } };
    return { phase: "ready", entries: this.stored.map((row) => this.entryOf(row)) };
  }

  /** Calls `listener` after every change of state; returns the unsubscribe. */
  subscribe(listener: (state: PresenceState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the rows (prefilling once from the RSVPs), puts back what a reload left unsaved, and writes it. */
  async load(): Promise<void> {
    this.phase = "loading";
    this.emit();
    try {
      this.stored = await prefillOnce(this.ports, this.view);
    } catch (error) {
      this.loadError = isAppFailure(error) ? error.appError : { code: "unknown" };
      this.phase = "error";
      return this.emit();
    }
    for (const [id, fields] of readDraft(this.ports.drafts.load(presenceDraftKey(this.key)))) {
      if (this.stored.some((row) => row.id === id)) this.pending.set(id, { ...fields, ...this.pending.get(id) });
    }
    this.phase = "ready";
    this.keepDraft();
    this.emit();
    await Promise.all([...this.pending.keys()].map((id) => this.save(id)));
  }

  /** One change of one row (a tap, a time): on screen at once, written at once. */
  change(rowId: string, fields: Partial<PresenceFields>): Promise<void> {
    this.pending.set(rowId, { ...this.pending.get(rowId), ...fields });
    this.final.delete(rowId);
    this.failures.delete(rowId);
    this.cancelTimer(rowId);
    this.keepDraft();
    this.emit();
    return this.save(rowId);
  }

  /** Writes a row's unsaved change again now (the user's "Försök igen"). */
  retry(rowId: string): Promise<void> {
    this.final.delete(rowId);
    this.cancelTimer(rowId);
    return this.save(rowId);
  }

  /** Adds someone who was not invited; a failure rejects (the form keeps what was typed). */
  async add(input: NewPersonInput): Promise<AddPersonResult> {
    const result = await addPerson(this.ports, this.key, input);
    // "exists" may be this very person from an attempt whose answer was lost: shown either way.
    if (result.kind !== "invalid" && !this.stored.some((row) => row.id === result.row.id)) {
      this.stored = [...this.stored, result.row];
      this.emit();
    }
    return result;
  }

  /** Fills times from the online attendance report; the rows written replace the ones shown. */
  async fillFromOnline(): Promise<OnlineFill> {
    const result = await fillFromOnline(this.ports, this.view, this.stored.map((row) => this.entryOf(row).row));
    if (result.kind === "filled") {
      for (const written of result.updated) this.replaceStored(written);
      this.emit();
    }
    return result;
  }

  /** Waits for every write in flight (tests, leaving the view). */
  async settle(): Promise<void> {
    while (this.saving.size > 0) await Promise.all([...this.saving.values()]);
  }

  /** Stops timers; what is unsaved stays in the drafts for the next visit. */
  dispose(): void {
    this.disposed = true;
    for (const id of [...this.timers.keys()]) this.cancelTimer(id);
    this.listeners.clear();
  }

  private entryOf(row: PresenceRow): PresenceEntry {
    const pending = this.pending.get(row.id);
    const shown = pending === undefined ? row : { ...row, ...pending };
    const save: RowSave = this.saving.has(row.id) ? "saving" : pending === undefined ? "saved" : this.final.has(row.id) ? "failed" : "unsaved";
    return { row: shown, save, error: save === "saved" || save === "saving" ? null : (this.errors.get(row.id) ?? null) };
  }

  private replaceStored(row: PresenceRow): void {
    this.stored = this.stored.map((r) => (r.id === row.id ? row : r));
  }

  private async save(rowId: string): Promise<void> {
    const inFlight = this.saving.get(rowId);
    if (inFlight !== undefined) {
      // A tap while the previous one is written: written after it, against the row it returns.
      await inFlight;
      return this.pending.has(rowId) && !this.saving.has(rowId) && !this.timers.has(rowId) && !this.final.has(rowId) ? this.save(rowId) : undefined;
    }
    const fields = this.pending.get(rowId);
    const row = this.stored.find((r) => r.id === rowId);
    if (fields === undefined || row === undefined || this.disposed) return;
    const write = this.write(row, fields);
    this.saving.set(rowId, write);
    this.emit();
    try {
      await write;
    } finally {
      this.saving.delete(rowId);
      this.emit();
    }
    if (this.pending.has(rowId) && !this.timers.has(rowId) && !this.final.has(rowId)) return this.save(rowId);
  }

  private async write(row: PresenceRow, fields: Pending): Promise<void> {
    try {
      const written = await changePresence(this.ports, row, fields);
      this.replaceStored(written);
      this.failures.delete(row.id);
      this.errors.delete(row.id);
      // Only what was written leaves the pending change; a tap made meanwhile stays to be written next.
      const now = this.pending.get(row.id) ?? {};
      const left = Object.fromEntries(Object.entries(now).filter(([name, value]) => fields[name as keyof Pending] !== value));
      if (Object.keys(left).length === 0) this.pending.delete(row.id);
      else this.pending.set(row.id, left as Pending);
      this.keepDraft();
    } catch (error) {
      const appError: AppError = isAppFailure(error) ? error.appError : { code: "unknown" };
      this.errors.set(row.id, appError);
      if (FINAL.has(appError.code)) {
        this.final.add(row.id);
        return;
      }
      const failures = (this.failures.get(row.id) ?? 0) + 1;
      this.failures.set(row.id, failures);
      const waits = this.timing.retryMs;
      const wait = waits[Math.min(failures, waits.length) - 1] ?? 0;
      this.timers.set(
        row.id,
        this.timing.setTimer(() => {
          this.timers.delete(row.id);
          void this.save(row.id);
        }, wait),
      );
    }
  }

  private cancelTimer(rowId: string): void {
    const timer = this.timers.get(rowId);
    if (timer === undefined) return;
    this.timing.clearTimer(timer);
    this.timers.delete(rowId);
  }

  private keepDraft(): void {
    const key = presenceDraftKey(this.key);
    if (this.pending.size === 0) this.ports.drafts.remove(key);
    else this.ports.drafts.save(key, JSON.stringify({ v: 1, rows: Object.fromEntries(this.pending) }));
  }

  private emit(): void {
    if (this.disposed) return;
    const state = this.state;
    for (const listener of this.listeners) listener(state);
  }
}
