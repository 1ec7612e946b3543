/** The protokoll model of a loaded meeting view: the agenda must have loaded (with its bilagor), attendance may be missing. */
import type { MeetingView } from "../ports";
import type { ItemRecordFields } from "../record";
import { isUnrecorded } from "../record/values";
import type { Agenda, AttendanceReport } from "../types";
import { buildProtokoll } from "./build";
import type { ProtokollInput } from "./build";
import { DraftError } from "./draft-error";
import type { Protokoll } from "./model";

/** A Word template for the protokoll: its file name (named in error sentences) and its bytes. */
export interface ProtokollTemplate {
  name: string;
  bytes: Uint8Array;
}

/**
 * What the draft needs besides the view: the group's heading; optionally who signs, the meeting's record (attendance,
 * uppdrag, the register; without it the draft is made from the agenda and the answers) and the template.
 */
export type DraftOptions = Pick<ProtokollInput, "groupName" | "place" | "chair" | "secretary" | "approvers" | "record" | "itemRecords"> & {
  /** The template to use; when absent, the group's own at `templatePath` in the library, else the built-in default. */
  template?: ProtokollTemplate | null;
  /** The group's own template in the library (configuration `protokollTemplatePath`, "Mallar/Protokollmall.docx"). */
  templatePath?: string;
};

/** The view's agenda with its bilagor; without either there is no protokoll to draft (a DraftError says which). */
export function draftAgenda(view: MeetingView): Agenda {
  if (view.agenda.state === "error") throw new DraftError(view.agenda.error.code, `Dagordningen kunde inte läsas: ${view.agenda.error.detail ?? ""}`);
  // Without the folder's files every item would print without its Underlag line: refuse rather than draft it incomplete.
  if (view.files.state === "error") throw new DraftError(view.files.error.code, `Bilagorna kunde inte läsas: ${view.files.error.detail ?? ""}`);
  return view.agenda.value;
}

/** The view's attendance when it loaded, else null (the draft then shows marked blanks). */
export function readyAttendance(view: MeetingView): AttendanceReport | null {
  return view.attendance.state === "ready" ? view.attendance.value : null;
}

/** What was recorded about each item of the agenda (Outcome, Decisions, Minutes), for the items where anything was. */
export function recordedItems(agenda: Agenda): Map<string, ItemRecordFields> {
  const recorded = agenda.items.filter((item) => !isUnrecorded(item));
  return new Map(recorded.map((item) => [item.id, { outcome: item.outcome, decisions: item.decisions, minutes: item.minutes, carriedFrom: item.carriedFrom }]));
}

/** The protokoll model of a meeting view; `attendance` defaults to the view's own, item records to the agenda's. */
export function protokollFromView(view: MeetingView, options: DraftOptions, attendance: AttendanceReport | null = readyAttendance(view)): Protokoll {
  const { template: _template, templatePath: _path, ...input } = options;
  const agenda = draftAgenda(view);
  return buildProtokoll({ ...input, itemRecords: input.itemRecords ?? recordedItems(agenda), meeting: view.meeting, meetingNumber: view.meetingNumber, agenda, attendance });
}
