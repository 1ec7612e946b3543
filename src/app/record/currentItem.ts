/** The item on the stage: the secretariat sets it, the stage follows it. */
import { recordValuesOf } from "../../core";
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
 * Reads the register row and, when it names one, the current item: two small GETs per poll (no row: one).
 * The stage polls this every 3 s, so each viewer costs at most 40 Graph requests a minute.
 */
export async function readStage(ports: Pick<RecordPorts, "register" | "items">, meetingKey: string): Promise<StageRecord> {
  const row = await ports.register.find(meetingKey);
  const itemId = row?.currentItemId ?? null;
  if (itemId === null) return { currentItemId: null, outcome: null, decisions: [], recorded: false };
  const item = await ports.items.get(itemId);
  const recorded = item.outcome !== null || item.decisions.length > 0;
  return { currentItemId: itemId, outcome: item.outcome, decisions: recorded ? recordValuesOf(item).decisions : [], recorded };
}
