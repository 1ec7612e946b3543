/** The document side of *Skapa slutligt protokoll*: the final .docx of a meeting view, and how to recognise it again. */
import type { MeetingRecord, MeetingView, Services } from "../../core";
import { buildProtokoll } from "../../core/protokoll";
import { attendanceForDraft } from "./create-draft";
import type { DraftOptions } from "./create-draft";
import { DraftError } from "./draft-error";
import { renderProtokollDocx } from "./protokoll-template";
import { sameDocx, samePdf } from "./same-content";

/** What the use case needs from the documents layer. */
export interface FinalDocuments {
  renderDocx: () => Promise<Uint8Array>;
  sameDocx: (a: Uint8Array, b: Uint8Array) => Promise<boolean>;
  samePdf: (a: Uint8Array, b: Uint8Array) => boolean;
}

/** The final protokoll's inputs besides the view: the group's heading, and the meeting's record as read (null: none). */
export interface FinalOptions extends DraftOptions {
  /** Read when the action runs, so the protokoll holds the record as it stands then. */
  loadRecord?: () => Promise<MeetingRecord | null>;
}

/** The final protokoll's renderer for this view (guests' organisations looked up first, like the draft's). */
export function finalDocuments(services: Pick<Services, "directory">, view: MeetingView, options: FinalOptions): FinalDocuments {
  const { loadRecord, ...draftOptions } = options;
  return {
    async renderDocx() {
      // Without the agenda, or without the folder's files (every Underlag line), there is no protokoll to finish.
      if (view.agenda.state === "error") throw new DraftError(view.agenda.error.code, `agenda: ${view.agenda.error.detail ?? ""}`);
      if (view.files.state === "error") throw new DraftError(view.files.error.code, `files: ${view.files.error.detail ?? ""}`);
      const [attendance, record] = await Promise.all([attendanceForDraft(services.directory, view), loadRecord?.() ?? Promise.resolve(null)]);
      const agenda = view.agenda.value;
      // The decisions as taken where an outcome was recorded; items nobody recorded are written as planned.
      const itemRecords = new Map(agenda.items.filter((i) => i.outcome !== null).map((i) => [i.id, { outcome: i.outcome, decisions: i.decisions, minutes: i.minutes, carriedFrom: i.carriedFrom }]));
      const protokoll = buildProtokoll({ ...draftOptions, meeting: view.meeting, meetingNumber: view.meetingNumber, agenda, attendance, record, itemRecords });
      // The built-in template (the group's current format) until the library's own template is read (issue 14 item 1).
      return renderProtokollDocx(protokoll, { final: true, author: view.me.name });
    },
    sameDocx,
    samePdf,
  };
}
