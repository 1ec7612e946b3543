/** *Skapa slutligt protokoll* over the host's ports: the final .docx from the template and the record, then its PDF. */
import type { MeetingRegister, MeetingView, DraftOptions } from "../../core";
import { draftAgenda } from "../../core";
import { attendanceForDraft, recordForDraft, templateFor } from "../protokollDraft";
import type { DraftPorts } from "../protokollDraft";
import { createFinalProtokoll } from "./final";
import type { FinalStep } from "./final-error";
import type { FinalProtokollResult } from "./final-result";

/** The draft's ports and the register the final protokoll is recorded in. */
export interface FinalPorts extends DraftPorts {
  register: Pick<MeetingRegister, "find" | "update">;
}

/** Renders with the group's template and the record as they are when the action runs; the action does the rest. */
export async function runFinalProtokoll(ports: FinalPorts, view: MeetingView, options: DraftOptions, onStep?: (step: FinalStep) => void): Promise<FinalProtokollResult> {
  const writer = await ports.writers.protokoll();
  const renderDocx = async (): Promise<Uint8Array> => {
    draftAgenda(view); // without the agenda or the folder's files (every Underlag line) there is no protokoll to finish
    const [attendance, template, record] = await Promise.all([
      attendanceForDraft(ports.directory, view),
      templateFor(ports.documents, options),
      options.record !== undefined ? Promise.resolve(options.record) : recordForDraft(ports, view),
    ]);
    return writer.finalDocx(view, { ...options, template, record }, attendance);
  };
  const deps = { documents: ports.documents, register: ports.register, renderDocx, sameDocx: writer.sameDocx, samePdf: writer.samePdf };
  return createFinalProtokoll(onStep === undefined ? deps : { ...deps, onStep }, view);
}
