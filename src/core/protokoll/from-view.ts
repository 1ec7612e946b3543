/** The protokoll model of a loaded meeting view: the agenda must have loaded (with its bilagor), attendance may be missing. */
import type { MeetingView } from "../ports";
import type { Agenda, AttendanceReport } from "../types";
import { buildProtokoll } from "./build";
import type { ProtokollInput } from "./build";
import { DraftError } from "./draft-error";
import type { Protokoll } from "./model";

/** What the draft needs besides the view: the group's heading and, optionally, who signs. */
export type DraftOptions = Pick<ProtokollInput, "groupName" | "place" | "chair" | "secretary" | "approvers">;

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

/** The protokoll model of a meeting view; `attendance` defaults to the view's own. */
export function protokollFromView(view: MeetingView, options: DraftOptions, attendance: AttendanceReport | null = readyAttendance(view)): Protokoll {
  return buildProtokoll({ ...options, meeting: view.meeting, meetingNumber: view.meetingNumber, agenda: draftAgenda(view), attendance });
}
