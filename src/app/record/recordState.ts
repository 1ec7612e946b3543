/** Ending the record (pågår → avslutat) and resuming it (avslutat → pågår), each one guarded write of the register. */
import type { MeetingRegisterRow, RecordPorts, RecordState } from "../../core";
import { updateRegister } from "./updateRegister";

/**
 * What a change of the record's state did: `changed`, `unchanged` (the stored row already stood there, perhaps by
 * another secretary's hand), or `refused` (the row has gone on to justering, which this side panel does not undo).
 */
export interface RecordStateChange {
  outcome: "changed" | "unchanged" | "refused";
  row: MeetingRegisterRow;
}

type Target = RecordState | "unchanged" | "refused";

/** Ends the record so that the final protokoll can be made; a row already ended or further on is left as it is. */
export function endRecord(ports: Pick<RecordPorts, "register">, row: MeetingRegisterRow): Promise<RecordStateChange> {
  return moveState(ports, row, (state) => (state === "planned" || state === "inProgress" ? "ended" : "unchanged"));
}

/** Resumes an ended record; one sent for justering or justerat is refused (its protokoll is out of the secretariat's hands). */
export function resumeRecord(ports: Pick<RecordPorts, "register">, row: MeetingRegisterRow): Promise<RecordStateChange> {
  return moveState(ports, row, (state) => (state === "ended" ? "inProgress" : state === "forApproval" || state === "approved" ? "refused" : "unchanged"));
}

async function moveState(ports: Pick<RecordPorts, "register">, row: MeetingRegisterRow, target: (state: RecordState) => Target): Promise<RecordStateChange> {
  // Decided against the row as stored at the moment of writing: a stale eTag re-reads and decides again.
  const last: { target: Target } = { target: "unchanged" };
  const saved = await updateRegister(ports, row, (fresh) => {
    const wanted = target(fresh.state);
    last.target = wanted;
    return wanted === "unchanged" || wanted === "refused" ? null : { state: wanted };
  });
  const outcome = last.target === "refused" || last.target === "unchanged" ? last.target : "changed";
  return { outcome, row: saved };
}
