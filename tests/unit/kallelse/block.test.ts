import {
  KALLELSE_BLOCK_ID,
  KALLELSE_END_MARKER,
  KALLELSE_START_MARKER,
  buildKallelse,
  findKallelseBlocks,
  findTeamsJoinBlock,
  insertKallelse,
  removeKallelseBlocks,
  renderKallelseHtml,
  replaceKallelseBlock,
  wrapKallelseBlock,
} from "../../../src/core/kallelse";
import { ORGANIZER_TEXT, POLICY, TEAMS_JOIN_BLOCK, agenda, input, item } from "./fixtures";

const NEW = renderKallelseHtml(buildKallelse(input()), POLICY);
const OLD = renderKallelseHtml(buildKallelse(input({ agenda: agenda([item(1, { title: "Gammal punkt" })]) })), POLICY);

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe("replaceKallelseBlock", () => {
  it("puts a first block at the top of the body, above the organizer's text and signature, both untouched", () => {
    const body = `<html><head><style>p{margin:0}</style></head><body class="x">${ORGANIZER_TEXT}<div><br></div>${TEAMS_JOIN_BLOCK}</body></html>`;
    const out = replaceKallelseBlock(body, NEW);
    expect(out).toBe(`<html><head><style>p{margin:0}</style></head><body class="x">${wrapKallelseBlock(NEW)}${ORGANIZER_TEXT}<div><br></div>${TEAMS_JOIN_BLOCK}</body></html>`);
  });

  it("replaces an earlier block instead of adding one, and is idempotent", () => {
    const body = `${ORGANIZER_TEXT}${wrapKallelseBlock(OLD)}<p>PS. Parkering finns.</p>${TEAMS_JOIN_BLOCK}`;
    const once = replaceKallelseBlock(body, NEW);
    expect(once).toBe(`${ORGANIZER_TEXT}${wrapKallelseBlock(NEW)}<p>PS. Parkering finns.</p>${TEAMS_JOIN_BLOCK}`);
    expect(replaceKallelseBlock(once, NEW)).toBe(once);
    expect(once).not.toContain("Gammal punkt");
    expect(count(once, KALLELSE_START_MARKER)).toBe(1);
    expect(count(once, `id="${KALLELSE_BLOCK_ID}"`)).toBe(1);
  });

  it("finds a block whose id Outlook prefixed and whose comments it dropped, with nested divs", () => {
    const rewritten = `<div id="x_sammantrade-kallelse" class="x_k"><div><h2>Gammal</h2><div>punkt</div></div></div>`;
    const body = `${ORGANIZER_TEXT}${rewritten}<div>efter</div>${TEAMS_JOIN_BLOCK}`;
    expect(replaceKallelseBlock(body, NEW)).toBe(`${ORGANIZER_TEXT}${wrapKallelseBlock(NEW)}<div>efter</div>${TEAMS_JOIN_BLOCK}`);
  });

  it("finds a block by its comments when Outlook dropped the wrapper", () => {
    const body = `<p>a</p>${KALLELSE_START_MARKER}<p>gammal</p>${KALLELSE_END_MARKER}<p>b</p>`;
    expect(replaceKallelseBlock(body, NEW)).toBe(`<p>a</p>${wrapKallelseBlock(NEW)}<p>b</p>`);
    const spaced = `<p>a</p><!--sammantrade:kallelse:start--><p>gammal</p><!--  sammantrade:kallelse:end  --><p>b</p>`;
    expect(replaceKallelseBlock(spaced, NEW)).toBe(`<p>a</p>${wrapKallelseBlock(NEW)}<p>b</p>`);
  });

  it("collapses duplicate blocks into one, at the first one's place", () => {
    const body = `<p>a</p>${wrapKallelseBlock(OLD)}<p>b</p>${wrapKallelseBlock(OLD)}<p>c</p>`;
    expect(replaceKallelseBlock(body, NEW)).toBe(`<p>a</p>${wrapKallelseBlock(NEW)}<p>b</p><p>c</p>`);
  });

  it("leaves an unclosed wrapper and an unterminated comment alone and puts a new block on top", () => {
    const broken = `<p>a</p><div id="sammantrade-kallelse"><p>rest of the mail</p>`;
    expect(findKallelseBlocks(broken)).toEqual([]);
    expect(replaceKallelseBlock(broken, NEW)).toBe(`${wrapKallelseBlock(NEW)}${broken}`);
    const open = `<p>a</p>${KALLELSE_START_MARKER}<p>b</p>`;
    expect(findKallelseBlocks(open)).toEqual([]);
  });

  it("puts the block just inside <body>, or first in a fragment", () => {
    expect(replaceKallelseBlock("<html><body><p>Hej</p></body></html>", NEW)).toBe(`<html><body>${wrapKallelseBlock(NEW)}<p>Hej</p></body></html>`);
    expect(replaceKallelseBlock("", NEW)).toBe(wrapKallelseBlock(NEW));
  });

  it("does not mistake an id that merely starts with ours for the block", () => {
    const body = `<div id="sammantrade-kallelse-notes">mine</div>`;
    expect(findKallelseBlocks(body)).toEqual([]);
  });
});

describe("findTeamsJoinBlock", () => {
  it("ignores underscores in the organizer's text that Teams did not write", () => {
    const body = `<p>Namn: ________________________</p><p>Hej</p>${TEAMS_JOIN_BLOCK}`;
    expect(findTeamsJoinBlock(body)).toBe(body.indexOf(TEAMS_JOIN_BLOCK));
  });
  it("starts at the separator itself when no tag opens it, and is null without Teams", () => {
    const bare = "Hej\n________________\nMicrosoft Teams-möte\nhttps://teams.microsoft.com/l/meetup-join/x";
    expect(findTeamsJoinBlock(bare)).toBe(4);
    expect(findTeamsJoinBlock("<p>________________</p><p>inget möte</p>")).toBeNull();
  });
});

describe("removeKallelseBlocks", () => {
  it("gives back the body without our block", () => {
    const body = `${ORGANIZER_TEXT}${wrapKallelseBlock(OLD)}${TEAMS_JOIN_BLOCK}`;
    expect(removeKallelseBlocks(body)).toBe(`${ORGANIZER_TEXT}${TEAMS_JOIN_BLOCK}`);
  });
});

describe("insertKallelse", () => {
  function fakeAppointment(initial: string, cursor: number) {
    const calls: string[] = [];
    const state = { body: initial };
    return {
      calls,
      state,
      getBodyHtml: async () => state.body,
      setBodyHtml: async (html: string) => {
        calls.push("set");
        state.body = html;
      },
      prependBodyHtml: async (html: string) => {
        calls.push("prepend");
        state.body = html + state.body;
      },
      insertBodyHtmlAtCursor: async (html: string) => {
        calls.push("cursor");
        state.body = state.body.slice(0, cursor) + html + state.body.slice(cursor);
      },
    };
  }

  it("prepends the first kallelse (no body rewrite), replaces it in place later, and writes nothing when unchanged", async () => {
    const appointment = fakeAppointment(`${ORGANIZER_TEXT}${TEAMS_JOIN_BLOCK}`, 0);
    expect(await insertKallelse(appointment, OLD)).toBe("inserted");
    expect(appointment.state.body).toBe(`${wrapKallelseBlock(OLD)}${ORGANIZER_TEXT}${TEAMS_JOIN_BLOCK}`);
    expect(await insertKallelse(appointment, NEW)).toBe("replaced");
    expect(appointment.state.body).toBe(`${wrapKallelseBlock(NEW)}${ORGANIZER_TEXT}${TEAMS_JOIN_BLOCK}`);
    expect(await insertKallelse(appointment, NEW)).toBe("replaced");
    expect(appointment.calls).toEqual(["prepend", "set"]);
  });

  it("puts the first kallelse at the cursor when asked, and a later one where that one stands", async () => {
    const body = `${ORGANIZER_TEXT}${TEAMS_JOIN_BLOCK}`;
    const appointment = fakeAppointment(body, ORGANIZER_TEXT.length);
    await insertKallelse(appointment, OLD, "cursor");
    expect(appointment.state.body).toBe(`${ORGANIZER_TEXT}${wrapKallelseBlock(OLD)}${TEAMS_JOIN_BLOCK}`);
    await insertKallelse(appointment, NEW, "top");
    expect(appointment.state.body).toBe(`${ORGANIZER_TEXT}${wrapKallelseBlock(NEW)}${TEAMS_JOIN_BLOCK}`);
    expect(appointment.calls).toEqual(["cursor", "set"]);
  });
});
