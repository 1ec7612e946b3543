/**
 * The kallelse block inside an appointment body: our own markers around our own HTML, so running "Infoga kallelse"
 * again replaces it and nothing else (DESIGN §7a). Outlook may drop comments or prefix ids ("x_"), so the block is
 * found by either its wrapper id or its comment pair.
 */

/** The wrapper element's id. */
export const KALLELSE_BLOCK_ID = "sammantrade-kallelse";
/** Comment that opens the block. */
export const KALLELSE_START_MARKER = "<!-- sammantrade:kallelse:start -->";
/** Comment that closes the block. */
export const KALLELSE_END_MARKER = "<!-- sammantrade:kallelse:end -->";

/** A half-open range [start, end) of the body. */
export interface Range {
  start: number;
  end: number;
}

const WRAPPER_OPEN = new RegExp(`<div\\b[^>]*\\bid\\s*=\\s*["']?(?:x_)*${KALLELSE_BLOCK_ID}(?=["'\\s>])[^>]*>`, "gi");
const DIV_TAG = /<(\/?)div\b[^>]*>/gi;
const START_COMMENT = /<!--\s*sammantrade:kallelse:start\s*-->/gi;
const END_COMMENT = /<!--\s*sammantrade:kallelse:end\s*-->/i;
// Teams writes its join information after a line of underscores; organizer text may hold underscores too, so the
// line only counts when Teams' own words or a join link follow it closely.
const SEPARATOR = /_{16,}/g;
const TEAMS_SIGN = /Microsoft Teams|teams\.microsoft\.com\/l\/meetup-join|teams\.live\.com\/meet/i;
const TEAMS_SIGN_WINDOW = 4000;
const OPENING_TAGS_BEFORE = /(?:<(?:div|span|p|font)\b[^>]*>\s*)+$/i;
const BODY_OPEN = /<body\b[^>]*>/i;

/** Wraps rendered kallelse HTML in the block's markers. */
export function wrapKallelseBlock(kallelseHtml: string): string {
  return `<div id="${KALLELSE_BLOCK_ID}">${KALLELSE_START_MARKER}${kallelseHtml}${KALLELSE_END_MARKER}</div>`;
}

function matchingDivClose(html: string, afterOpen: number): number | null {
  DIV_TAG.lastIndex = afterOpen;
  let depth = 1;
  for (let tag = DIV_TAG.exec(html); tag !== null; tag = DIV_TAG.exec(html)) {
    depth += tag[1] === "/" ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return null;
}

function wrapperRanges(html: string): Range[] {
  const ranges: Range[] = [];
  WRAPPER_OPEN.lastIndex = 0;
  for (let open = WRAPPER_OPEN.exec(html); open !== null; open = WRAPPER_OPEN.exec(html)) {
    const end = matchingDivClose(html, open.index + open[0].length);
    // An unclosed wrapper is left alone: guessing its end could swallow the organizer's text.
    if (end !== null) ranges.push({ start: open.index, end });
    WRAPPER_OPEN.lastIndex = open.index + open[0].length;
  }
  return ranges;
}

function commentRanges(html: string): Range[] {
  const ranges: Range[] = [];
  START_COMMENT.lastIndex = 0;
  for (let open = START_COMMENT.exec(html); open !== null; open = START_COMMENT.exec(html)) {
    const rest = html.slice(open.index);
    const close = END_COMMENT.exec(rest);
    if (close === null) break;
    const end = open.index + close.index + close[0].length;
    ranges.push({ start: open.index, end });
    START_COMMENT.lastIndex = end;
  }
  return ranges;
}

/** Every kallelse block in the body, in order, overlapping finds merged. */
export function findKallelseBlocks(html: string): Range[] {
  const all = [...wrapperRanges(html), ...commentRanges(html)].sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of all) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Where Teams' join block begins (its separator line and the tags that open it), or null when there is none. */
export function findTeamsJoinBlock(html: string): number | null {
  const separators = [...html.matchAll(SEPARATOR)].map((m) => m.index);
  for (const [i, at] of separators.entries()) {
    // Teams' block sits between its own two separator lines; a line whose sign comes only after the next line is not it.
    const next = separators[i + 1] ?? at + TEAMS_SIGN_WINDOW;
    if (TEAMS_SIGN.test(html.slice(at, next))) {
      const opening = OPENING_TAGS_BEFORE.exec(html.slice(0, at));
      return opening === null ? at : opening.index;
    }
  }
  return null;
}

/** Where the top of the body's content is: just after an opening <body> tag, else the very start. */
export function bodyTop(bodyHtml: string): number {
  const open = BODY_OPEN.exec(bodyHtml);
  return open === null ? 0 : open.index + open[0].length;
}

/**
 * Puts the kallelse block into the body: replaces the first earlier block in place and removes any further ones;
 * without one, puts it at the top of the body (as prependAsync does), above the organizer's text and signature.
 * Everything else stays byte for byte.
 */
export function replaceKallelseBlock(bodyHtml: string, kallelseHtml: string): string {
  const block = wrapKallelseBlock(kallelseHtml);
  const existing = findKallelseBlocks(bodyHtml);
  if (existing.length > 0) {
    let out = bodyHtml;
    // From the last to the first so earlier offsets stay valid.
    for (let i = existing.length - 1; i >= 0; i--) {
      const range = existing[i] as Range;
      out = out.slice(0, range.start) + (i === 0 ? block : "") + out.slice(range.end);
    }
    return out;
  }
  const at = bodyTop(bodyHtml);
  return bodyHtml.slice(0, at) + block + bodyHtml.slice(at);
}

/** The body without any kallelse block (e.g. to compare the organizer's own text). */
export function removeKallelseBlocks(bodyHtml: string): string {
  const ranges = findKallelseBlocks(bodyHtml);
  let out = bodyHtml;
  for (let i = ranges.length - 1; i >= 0; i--) {
    const range = ranges[i] as Range;
    out = out.slice(0, range.start) + out.slice(range.end);
  }
  return out;
}
