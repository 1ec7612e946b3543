/** The protokoll as .docx bytes (core's ProtokollWriter port): the model from the view, rendered from its Word template. */
import type { MeetingView, ProtokollWriter, DraftOptions, AttendanceReport } from "../../core";
import { protokollFromView, readyAttendance } from "../../core";
import { protokollToDocx } from "./protokoll-docx";
import { renderProtokollDocx } from "./protokoll-template";
import { sameDocx, samePdf } from "./same-content";

/** The .docx bytes of a meeting view's draft (no I/O); `attendance` defaults to the view's own. */
export async function draftBytes(view: MeetingView, options: DraftOptions, attendance: AttendanceReport | null = readyAttendance(view)): Promise<Uint8Array> {
  // The author is who made the draft (the signed-in user), as Word shows it and SharePoint's "Created by" does.
  return protokollToDocx(protokollFromView(view, options, attendance), view.me.name, options.template ?? null);
}

/** The .docx bytes of the final protokoll: the draft's document without the UTKAST marking. */
export async function finalBytes(view: MeetingView, options: DraftOptions, attendance: AttendanceReport | null = readyAttendance(view)): Promise<Uint8Array> {
  return renderProtokollDocx(protokollFromView(view, options, attendance), { final: true, author: view.me.name, template: options.template ?? null });
}

/** The writer the hosts load on first use. */
export const protokollWriter: ProtokollWriter = { draftDocx: draftBytes, finalDocx: finalBytes, sameDocx, samePdf };
