/** The document side of *Skapa slutligt protokoll*: the final .docx of a meeting view, and how to recognise it again. */
import type { MeetingView, Services } from "../../core";
import { attendanceForDraft, protokollFromView } from "./create-draft";
import type { DraftOptions } from "./create-draft";
import { renderProtokollDocx } from "./protokoll-render";
import { sameDocx, samePdf } from "./same-content";

/** What the use case needs from the documents layer. */
export interface FinalDocuments {
  renderDocx: () => Promise<Uint8Array>;
  sameDocx: (a: Uint8Array, b: Uint8Array) => Promise<boolean>;
  samePdf: (a: Uint8Array, b: Uint8Array) => boolean;
}

/** The final protokoll's renderer for this view (guests' organisations looked up first, like the draft's). */
export function finalDocuments(services: Pick<Services, "directory">, view: MeetingView, options: DraftOptions): FinalDocuments {
  return {
    async renderDocx() {
      const protokoll = protokollFromView(view, options, await attendanceForDraft(services.directory, view));
      return renderProtokollDocx(protokoll, { final: true, author: view.me.name });
    },
    sameDocx,
    samePdf,
  };
}
