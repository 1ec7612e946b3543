/** Runs *Skapa slutligt protokoll* with its documents side loaded on the first click (the writer stays out of the tab's bundle). */
import type { FinalProtokollResult } from "../../app/protokoll/final-result";
import type { FinalStep } from "../../app/protokoll/final-error";
import { ExpectedFailure } from "../../core";
import type { MeetingRecord, MeetingRegister, MeetingView, RecordPorts, Services } from "../../core";

/** What the action needs from the host: its services, the register, and the group's heading. */
export interface FinalRun {
  services: Pick<Services, "documents" | "directory">;
  register: Pick<MeetingRegister, "find" | "update">;
  groupName: string;
  /** The record's lists, when the host gives them: the protokoll then holds närvaro and uppdrag as recorded. */
  record: Pick<RecordPorts, "presence" | "assignments"> | null;
  onStep: (step: FinalStep) => void;
}

/** Loads the action and the final .docx writer, then runs it for the view. */
export async function runFinal(run: FinalRun, view: MeetingView): Promise<FinalProtokollResult> {
  const [action, documents] = await Promise.all([
    import(/* webpackChunkName: "protokoll-final" */ "../../app/protokoll/final"),
    import(/* webpackChunkName: "protokoll-writer" */ "../../services/documents/final-documents"),
  ]).catch((error: unknown) => {
    // A chunk that fails to load is a network problem the user can retry, not a bug.
    throw new ExpectedFailure("offline", `protokoll chunks failed to load: ${String(error)}`);
  });
  const key = view.meeting.iCalUId;
  const { record } = run;
  const loadRecord = async (): Promise<MeetingRecord | null> => {
    if (record === null) return null;
    const [register, presence, assignments] = await Promise.all([run.register.find(key), record.presence.list(key), record.assignments.list(key)]);
    return { register, presence, assignments };
  };
  const deps = { documents: run.services.documents, register: run.register, onStep: run.onStep, ...documents.finalDocuments(run.services, view, { groupName: run.groupName, loadRecord }) };
  return action.createFinalProtokoll(deps, view);
}
