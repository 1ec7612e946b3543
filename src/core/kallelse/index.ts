/** The kallelse: model, HTML and plain-text renderers, the body block and the suggested subject. */
export { buildKallelse, kallelseTitle } from "./model";
export type { Kallelse, KallelseAttachment, KallelseInput, KallelseItem, KallelseLine, KallelsePapersInput } from "./model";
export { renderKallelseHtml, clauseText } from "./html";
export { kallelseParagraphs, renderKallelseText } from "./text";
export { escapeHtml, safeHref, wellFormed } from "./escape";
export type { LinkPolicy } from "./escape";
export {
  KALLELSE_BLOCK_ID,
  KALLELSE_END_MARKER,
  KALLELSE_START_MARKER,
  bodyTop,
  findKallelseBlocks,
  findTeamsJoinBlock,
  removeKallelseBlocks,
  replaceKallelseBlock,
  wrapKallelseBlock,
} from "./block";
export type { Range } from "./block";
export { suggestSubject } from "./subject";
export { insertKallelse } from "./insert";
export type { KallelseInsertOutcome, KallelsePlacement } from "./insert";
export { bilagaSource, findHandlingarPdf, handlingarFileName, handlingarParts, handlingarTitle } from "./handlingar";
export type { BilagaSource, HandlingarPart } from "./handlingar";
export { unreadableBilagor } from "./completeness";
