/** The item on the stage: the secretariat sets it, the stage follows it. */
import type { MeetingRegisterRow, Outcome, RecordPorts } from "../../core";
import { updateRegister } from "./updateRegister";

/** Makes `itemId` the current item (CurrentItem): the secretariat's latest choice wins over an older one. */
export function setCurrentItem(ports: Pick<RecordPorts, "register">, row: MeetingRegisterRow, itemId: string): Promise<MeetingRegisterRow> {
  return updateRegister(ports, row, (fresh) => (fresh.currentItemId === itemId ? null : { currentItemId: itemId }));
}

/** What the stage shows of the record: the current item, its outcome and the decision as written. */
export interface StageRecord {
  currentItemId: string | null;
  outcome: Outcome | null;
  /** The decision as recorded so far; empty while nothing is recorded (the stage then shows the beslutsförslag). */
  decisions: string[];
  recorded: boolean;
}

/**
 * Reads the register's current item and that item's decision in one Graph request (a $batch of both reads).
 * The stage polls this every 3 s, so each viewer costs 20 Graph requests a minute.
 */
export async function readStage(ports: Pick<RecordPorts, "stage">, meetingKey: string): Promise<StageRecord> {
  const { currentItemId, items } = await ports.stage.read(meetingKey);
  const item = currentItemId === null ? undefined : items.find((candidate) => candidate.id === currentItemId);
  // A current item removed from the agenda shows as nothing recorded: the stage keeps following the register.
  const recorded = item !== undefined && (item.outcome !== null || item.decisions.length > 0);
  return { currentItemId, outcome: item?.outcome ?? null, decisions: recorded ? [...item.decisions] : [], recorded };
}
