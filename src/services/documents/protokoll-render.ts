/**
 * The one entry to render the protokoll as .docx, draft or final. Until the template renderer (issue 14 item 1,
 * branch `tpl`) lands, it wraps today's writer, whose body never says UTKAST (only a draft's file name does).
 */
import type { Protokoll } from "../../core/protokoll";
import { protokollToDocx } from "./protokoll-docx";

/** How to render: `final` leaves out every draft marking; `author` is the signed-in user Word shows as the author. */
export interface RenderOptions {
  final: boolean;
  author: string | null;
}

/** The protokoll as .docx bytes. */
export async function renderProtokollDocx(protokoll: Protokoll, options: RenderOptions): Promise<Uint8Array> {
  return protokollToDocx(protokoll, options.author);
}
