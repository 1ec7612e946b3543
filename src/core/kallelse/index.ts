/** The kallelse: model, HTML and plain-text renderers, the body block and the suggested subject. */
export { buildKallelse } from "./model";
export type { Kallelse, KallelseAttachment, KallelseInput, KallelseItem } from "./model";
export { renderKallelseHtml, clauseText } from "./html";
export { renderKallelseText } from "./text";
export { escapeHtml, safeHref, wellFormed } from "./escape";
export type { LinkPolicy } from "./escape";
export {
  KALLELSE_BLOCK_ID,
  KALLELSE_END_MARKER,
  KALLELSE_START_MARKER,
  findKallelseBlocks,
  findTeamsJoinBlock,
  removeKallelseBlocks,
  replaceKallelseBlock,
  wrapKallelseBlock,
} from "./block";
export type { Range } from "./block";
export { suggestSubject } from "./subject";
export { insertKallelse } from "./insert";
