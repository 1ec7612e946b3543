/** The stage following the record: the register's CurrentItem and that item's decision, read every 3 s. */
import { useEffect, useState } from "react";
import { readStage } from "../../app";
import type { StageRecord } from "../../app";
import type { RecordPorts } from "../../core";

/** How often the stage reads the record: with the 1 s autosave, a decision shows within about 4 s of typing. */
export const STAGE_POLL_MS = 3000;

/** The latest record read for the stage; null before the first answer, or when the host gives no record ports. */
export function useStageRecord(ports: RecordPorts | null, meetingKey: string, pollMs = STAGE_POLL_MS): StageRecord | null {
  const [record, setRecord] = useState<StageRecord | null>(null);
  useEffect(() => {
    if (ports === null) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const poll = (): void => {
      // One poll at a time: the next starts pollMs after this one answered, so a slow Graph never piles requests up.
      // After a failure (offline, throttled, a site without the register) it waits ten times as long.
      readStage(ports, meetingKey).then(
        (next) => {
          if (!live) return;
          setRecord((prev) => (prev !== null && JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
          timer = setTimeout(poll, pollMs);
        },
        () => {
          if (live) timer = setTimeout(poll, pollMs * 10);
        },
      );
    };
    poll();
    return () => {
      live = false;
      if (timer !== null) clearTimeout(timer);
    };
  }, [ports, meetingKey, pollMs]);
  return record;
}
