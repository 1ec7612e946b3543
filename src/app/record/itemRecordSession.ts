/**
 * Recording one agenda item: the values on screen, saved by themselves a moment after typing stops, guarded by eTag.
 * A stale eTag re-reads the item and merges per field (core mergeRecord); a failure keeps the text in the drafts
 * (the browser's storage) with the state "unsaved" and retries by itself; a reload restores the draft and merges it.
 */
import { changedRecordFields, isAppFailure, isUnrecorded, mergeRecord, EDITED_RECORD_FIELDS, recordValuesOf, unionDecisions } from "../../core";
import type { AppError, ItemRecordFields, AgendaItemRecord, RecordConflict, RecordField, RecordPorts, RecordValues } from "../../core";

/** Where the item's record stands: saved, waiting for typing to stop, saving, not saved (retrying), or waiting for the user. */
export type SaveStatus = "saved" | "pending" | "saving" | "unsaved" | "conflict";

/** What the side panel renders. */
export interface ItemRecordState {
  itemId: string;
  values: RecordValues;
  status: SaveStatus;
  /** Fields both people changed: shown side by side until the user chooses. */
  conflicts: RecordConflict[];
  /** Why the last save failed, while status is "unsaved". */
  error: AppError | null;
}

/** The user's answer to a conflict: keep mine, take theirs, or (clauses) keep every clause of both. */
export type ConflictChoice = "mine" | "theirs" | "both";

/** Timing of the autosave (tests shorten it). */
export interface SessionTiming {
  /** Quiet time after the last change before saving. */
  delayMs: number;
  /** Waits before each retry after a failure; the last repeats. */
  retryMs: readonly number[];
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

const DEFAULT_TIMING: SessionTiming = {
  delayMs: 1000,
  retryMs: [2000, 5000, 10000, 30000],
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Draft {
  v: 1;
  etag: string;
  base: RecordValues;
  values: RecordValues;
}

/** The drafts key of an item's unsaved record. */
export function draftKey(itemId: string): string {
  return `sammantrade.record.${itemId}`;
}

function isValues(value: unknown): value is RecordValues {
  const v = value as Partial<RecordValues> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    (v.outcome === null || typeof v.outcome === "string") &&
    Array.isArray(v.decisions) &&
    v.decisions.every((clause) => typeof clause === "string") &&
    typeof v.minutes === "string"
  );
}

function readDraft(text: string | null): Draft | null {
  if (text === null) return null;
  try {
    const draft = JSON.parse(text) as Partial<Draft>;
    if (draft.v === 1 && typeof draft.etag === "string" && isValues(draft.base) && isValues(draft.values)) return draft as Draft;
  } catch {
    // A damaged draft is no draft: the stored record shows.
  }
  return null;
}

// What is stored of the values: a clause box left empty (just added, or cleared) is no clause.
function storable(values: RecordValues): RecordValues {
  return { ...values, decisions: values.decisions.map((clause) => clause.trim()).filter((clause) => clause !== "") };
}

function pick(values: RecordValues, fields: readonly RecordField[]): Partial<ItemRecordFields> {
  const stored = storable(values);
  const out: Partial<ItemRecordFields> = {};
  for (const field of fields) {
    if (field === "outcome") out.outcome = stored.outcome;
    else if (field === "minutes") out.minutes = stored.minutes;
    else out.decisions = stored.decisions;
  }
  return out;
}

/** One item's record being edited; subscribe to render it, `edit` to change it, `dispose` when leaving the item. */
export class ItemRecordSession {
  private stored: AgendaItemRecord;
  private values: RecordValues;
  private status: SaveStatus = "saved";
  private conflicts: RecordConflict[] = [];
  private error: AppError | null = null;
  private timer: unknown = null;
  private failures = 0;
  private saving: Promise<void> | null = null;
  private disposed = false;
  private readonly listeners = new Set<(state: ItemRecordState) => void>();
  private readonly timing: SessionTiming;

  constructor(
    private readonly ports: Pick<RecordPorts, "items" | "drafts">,
    item: AgendaItemRecord,
    timing: Partial<SessionTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
    this.stored = item;
    this.values = recordValuesOf(item);
    const draft = readDraft(ports.drafts.load(draftKey(item.id)));
    if (draft !== null) {
      // What was typed before a reload or while offline: merged into the row as it is stored now.
      if (draft.etag === item.etag) this.values = draft.values;
      else this.absorb(draft.base, draft.values, item);
      if (this.conflicts.length === 0) this.schedule(0);
      else this.setStatus("conflict");
    }
  }

  /** The state to render. */
  get state(): ItemRecordState {
    return { itemId: this.stored.id, values: this.values, status: this.status, conflicts: this.conflicts, error: this.error };
  }

  /** Calls `listener` after every change of state; returns the unsubscribe. */
  subscribe(listener: (state: ItemRecordState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes values on screen; saved a moment after the last change. */
  edit(patch: Partial<RecordValues>): void {
    this.values = { ...this.values, ...patch };
    this.keepDraft();
    if (this.conflicts.length > 0) this.emit();
    else this.schedule(this.timing.delayMs);
  }

  /** Settles a conflict: my version, theirs, or (clauses) both; saves once none is left. */
  resolve(field: RecordField, choice: ConflictChoice): void {
    const conflict = this.conflicts.find((c) => c.field === field);
    if (conflict === undefined) return;
    this.conflicts = this.conflicts.filter((c) => c !== conflict);
    if (conflict.field === "decisions") {
      this.values = { ...this.values, decisions: choice === "theirs" ? [...conflict.theirs] : choice === "both" ? unionDecisions(conflict.mine, conflict.theirs) : [...conflict.mine] };
    } else if (conflict.field === "outcome") this.values = { ...this.values, outcome: choice === "theirs" ? conflict.theirs : conflict.mine };
    else this.values = { ...this.values, minutes: choice === "theirs" ? conflict.theirs : conflict.mine };
    this.keepDraft();
    if (this.conflicts.length === 0) this.schedule(0);
    else this.emit();
  }

  /** Saves now (leaving the item, a test); resolves when the values on screen are saved or the save has failed. */
  async flush(): Promise<void> {
    this.cancelTimer();
    await this.save();
  }

  /** Stops timers; what is unsaved stays in the drafts for the next visit. */
  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
    this.listeners.clear();
  }

  private fieldsToWrite(): RecordField[] {
    // The first write of an unrecorded item stores the prefilled values too, so nobody sees them vanish.
    const base = recordValuesOf(this.stored);
    const changed = changedRecordFields(base, storable(this.values));
    return changed.length > 0 && isUnrecorded(this.stored) ? [...EDITED_RECORD_FIELDS] : changed;
  }

  private async save(): Promise<void> {
    if (this.saving !== null) {
      await this.saving;
      if (this.fieldsToWrite().length > 0 && this.conflicts.length === 0) return this.save();
      return;
    }
    if (this.conflicts.length > 0) return this.setStatus("conflict");
    const fields = this.fieldsToWrite();
    if (fields.length === 0) {
      this.ports.drafts.remove(draftKey(this.stored.id));
      this.error = null;
      return this.setStatus("saved");
    }
    this.saving = this.write(fields);
    try {
      await this.saving;
    } finally {
      this.saving = null;
    }
  }

  private async write(fields: RecordField[]): Promise<void> {
    this.setStatus("saving");
    try {
      this.stored = await this.ports.items.updateRecord(this.stored.id, this.stored.etag, pick(this.values, fields));
      this.failures = 0;
      this.error = null;
      if (this.fieldsToWrite().length === 0) {
        this.ports.drafts.remove(draftKey(this.stored.id));
        this.setStatus("saved");
      } else {
        this.keepDraft();
        this.schedule(this.timing.delayMs);
      }
    } catch (error) {
      if (isAppFailure(error) && error.appError.code === "conflict") return this.reread();
      this.fail(isAppFailure(error) ? error.appError : { code: "unknown", detail: String(error) });
    }
  }

  private async reread(): Promise<void> {
    let theirs: AgendaItemRecord;
    try {
      theirs = await this.ports.items.get(this.stored.id);
    } catch (error) {
      return this.fail(isAppFailure(error) ? error.appError : { code: "unknown", detail: String(error) });
    }
    this.absorb(recordValuesOf(this.stored), this.values, theirs);
    this.keepDraft();
    if (this.conflicts.length > 0) return this.setStatus("conflict");
    this.schedule(0);
  }

  /** Merges my values (edited from `base`) into the row as now stored. */
  private absorb(base: RecordValues, mine: RecordValues, theirs: AgendaItemRecord): void {
    const { merged, conflicts } = mergeRecord(base, mine, recordValuesOf(theirs));
    this.stored = theirs;
    // Where a conflict waits, the screen keeps my version; the stored one is shown beside it.
    this.values = { ...merged };
    for (const conflict of conflicts) {
      if (conflict.field === "decisions") this.values.decisions = [...conflict.mine];
      else if (conflict.field === "outcome") this.values.outcome = conflict.mine;
      else this.values.minutes = conflict.mine;
    }
    this.conflicts = conflicts;
  }

  private fail(error: AppError): void {
    this.error = error;
    this.keepDraft();
    const waits = this.timing.retryMs;
    const wait = waits[Math.min(this.failures, waits.length - 1)] ?? 30000;
    this.failures++;
    this.setStatus("unsaved");
    if (!this.disposed) this.timer = this.timing.setTimer(() => void this.save(), wait);
  }

  private keepDraft(): void {
    const draft: Draft = { v: 1, etag: this.stored.etag, base: recordValuesOf(this.stored), values: this.values };
    this.ports.drafts.save(draftKey(this.stored.id), JSON.stringify(draft));
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    if (this.status !== "unsaved") this.setStatus("pending");
    else this.emit();
    if (this.disposed) return;
    this.timer = this.timing.setTimer(() => {
      this.timer = null;
      void this.save();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timing.clearTimer(this.timer);
    this.timer = null;
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.emit();
  }

  private emit(): void {
    const state = this.state;
    for (const listener of this.listeners) listener(state);
  }
}
