/** The protokoll draft as .docx bytes (core's ProtokollWriter port): the model from the view, laid out by protokoll-docx. */
import type { MeetingView } from "../../core/ports";
import type { ProtokollWriter } from "../../core/ports-documents";
import { protokollFromView, readyAttendance } from "../../core/protokoll";
import type { DraftOptions } from "../../core/protokoll";
import type { AttendanceReport } from "../../core/types";
import { protokollToDocx } from "./protokoll-docx";

/** The .docx bytes of a meeting view's draft (no I/O); `attendance` defaults to the view's own. */
export async function draftBytes(view: MeetingView, options: DraftOptions, attendance: AttendanceReport | null = readyAttendance(view)): Promise<Uint8Array> {
  // The author is who made the draft (the signed-in user), as Word shows it and SharePoint's "Created by" does.
  return protokollToDocx(protokollFromView(view, options, attendance), view.me.name, options.template ?? null);
}

/** The writer the hosts load on first use. */
export const protokollWriter: ProtokollWriter = { draftDocx: draftBytes };
