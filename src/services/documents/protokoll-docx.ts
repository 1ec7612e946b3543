/** The protokoll as a .docx: the model through a Word template (./protokoll-template); the layout lives in the template. */
import { documentText } from "../../core";
import type { Protokoll } from "../../core";
import { renderProtokollDocx } from "./protokoll-template";
import type { ProtokollTemplate } from "./protokoll-template";

/** Document language of the built-in templates: on the style defaults, the heading styles and every run. */
export const DOCUMENT_LANGUAGE = "sv-SE";

/** The .docx media type, for uploads and downloads. */
export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Text as the writer puts it into the package: the model's own normalisation (core), kept here for the writer's callers. */
export { documentText };

/** The protokoll draft as .docx bytes through the template (default: the built-in standard); `author` is the signed-in user. */
export async function protokollToDocx(protokoll: Protokoll, author: string | null = null, template: ProtokollTemplate | null = null): Promise<Uint8Array> {
  return Promise.resolve(renderProtokollDocx(protokoll, { template, final: false, author }));
}
