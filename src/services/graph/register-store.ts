/** MeetingRegister over the list "Sammanträden": one row per meeting of the group, never two (DESIGN §4a). */
import { localYear } from "../../core";
import type { MeetingRegister, MeetingRegisterFields, MeetingRegisterRow } from "../../core";
import type { BatchRequest } from "./batch";
import type { GraphContext } from "./context";
import { PAGE } from "./meeting-view";
import { odataString, query } from "./paths";
import { registerFields, toRegisterRow } from "./parse/record-rows";
import { rowList } from "./record-rows-store";
import type { RowList } from "./record-rows-store";

/** The $batch read of a meeting's rows in Sammanträden (the meeting view and the stage's poll ask it the same way). */
export function registerRowsRequest(ctx: GraphContext, id: string, meetingKey: string): BatchRequest {
  return { id, method: "GET", url: `${ctx.paths.registerItems}${query({ $expand: "fields", $filter: `fields/MeetingKey eq ${odataString(meetingKey)}`, $top: PAGE.items })}` };
}

/** Oldest row first (SharePoint ids grow): the row that was made first is the meeting's row. */
export function byAge<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id));
}

/**
 * After our create, the meeting's row: ours when it is the oldest matching row, else the older one, and ours is
 * removed. Two secretaries who create at the same moment both see both rows and both keep the same one.
 */
export async function settleCreated<Row extends { id: string; etag: string }>(rows: Pick<RowList<Row, unknown>, "remove">, mine: Row, matching: () => Promise<Row[]>): Promise<Row> {
  const first = byAge(await matching())[0];
  if (first === undefined || first.id === mine.id) return mine;
  // Should the removal fail, the older row still wins at every later read (find takes the oldest).
  await rows.remove(mine.id, mine.etag).catch(() => undefined);
  return first;
}

/** Graph-backed MeetingRegister. */
export function createMeetingRegister(ctx: GraphContext): MeetingRegister {
  const rows = rowList<MeetingRegisterRow, MeetingRegisterFields>(ctx, { items: ctx.paths.registerItems, what: "register rows", toRow: toRegisterRow, toFields: registerFields });

  async function find(meetingKey: string): Promise<MeetingRegisterRow | null> {
    return byAge(await rows.list(meetingKey))[0] ?? null;
  }

  return {
    find,

    async listYear(year) {
      // A day's margin each side covers the UTC offset; only the right Stockholm year is kept.
      const found = await rows.filter(`fields/Start ge ${odataString(`${year - 1}-12-31T00:00:00Z`)} and fields/Start lt ${odataString(`${year + 1}-01-02T00:00:00Z`)}`);
      return found.filter((row) => row.startUtc !== "" && localYear(row.startUtc) === year);
    },

    async ensure(fields) {
      const existing = await find(fields.meetingKey);
      if (existing !== null) return existing;
      const mine = await rows.create(fields, () => find(fields.meetingKey));
      return settleCreated(rows, mine, () => rows.list(fields.meetingKey));
    },

    update: (id, etag, fields) => rows.update(id, etag, fields),
  };
}
