/** The protokoll as .docx bytes (core's ProtokollWriter port): the model from the view, rendered from its Word template. */
import type { MeetingView, ProtokollWriter, DraftOptions, AttendanceReport } from "../../core";
import { protokollFromView, readyAttendance } from "../../core";
import { renderProtokollDocx } from "./protokoll-template";
import { sameDocx, samePdf } from "./same-content";

/** The .docx bytes of a meeting view's draft (no I/O); `attendance` defaults to the view's own. */
export async function draftBytes(view: MeetingView, options: DraftOptions, attendance: AttendanceReport | null = readyAttendance(view)): Promise<Uint8Array> {
  return bytesOf(view, options, attendance, false);
}

/** The .docx bytes of the final protokoll: the draft's document without the UTKAST marking. */
export async function finalBytes(view: MeetingView, options: DraftOptions, attendance: AttendanceReport | null = readyAttendance(view)): Promise<Uint8Array> {
  return bytesOf(view, options, attendance, true);
}

// One rendering for both: the author is who made the document (the signed-in user), as Word and SharePoint show it.
function bytesOf(view: MeetingView, options: DraftOptions, attendance: AttendanceReport | null, final: boolean): Uint8Array {
  return renderProtokollDocx(protokollFromView(view, options, attendance), { final, author: view.me.name, template: options.template ?? null });
}

/** The writer the hosts load on first use. */
export const protokollWriter: ProtokollWriter = { draftDocx: draftBytes, finalDocx: finalBytes, sameDocx, samePdf };
