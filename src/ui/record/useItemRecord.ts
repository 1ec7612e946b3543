/** One agenda item's record in the side panel: read fresh (with its eTag), edited through a saving session. */
import { useEffect, useState } from "react";
import { ItemRecordSession } from "../../app";
import type { ItemRecordState } from "../../app";
import { isAppFailure } from "../../core";
import type { AppError, AgendaItemRecord, RecordPorts } from "../../core";

/** The item's record as the editor renders it. */
export type ItemRecordView =
  | { state: "loading" }
  | { state: "error"; error: AppError; retry: () => void }
  | { state: "ready"; item: AgendaItemRecord; record: ItemRecordState; session: ItemRecordSession };

/** Loads the item and keeps a session for it while shown; leaving the item saves what is pending. */
export function useItemRecord(ports: RecordPorts, itemId: string): ItemRecordView {
  const [view, setView] = useState<ItemRecordView>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let session: ItemRecordSession | null = null;
    let live = true;
    setView({ state: "loading" });
    ports.items.get(itemId).then(
      (item) => {
        if (!live) return;
        const opened = new ItemRecordSession(ports, item);
        session = opened;
        setView({ state: "ready", item, record: opened.state, session: opened });
        opened.subscribe((record) => setView({ state: "ready", item, record, session: opened }));
      },
      (error: unknown) => {
        if (!live) return;
        const appError: AppError = isAppFailure(error) ? error.appError : { code: "unknown", detail: String(error) };
        setView({ state: "error", error: appError, retry: () => setAttempt((n) => n + 1) });
      },
    );
    return () => {
      live = false;
      if (session !== null) {
        // Stops its timers, then saves once more; what fails stays in the drafts for the next visit.
        session.dispose();
        void session.flush();
      }
    };
  }, [ports, itemId, attempt]);
  return view;
}
