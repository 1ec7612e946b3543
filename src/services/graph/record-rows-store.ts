/**
 * One SharePoint list of the record (Sammanträden, Närvaro, Uppdrag) as rows: read by MeetingKey, written field by
 * field under the row's eTag. Shared by the three stores so that each only says how its rows are named and matched.
 */
import type { GraphContext } from "./context";
import { collect } from "./context";
import { isAmbiguousFailure } from "./ambiguous";
import { isGraphError } from "./errors";
import { PAGE } from "./meeting-view";
import { odataString, query, segment } from "./paths";
import type { FieldValue } from "./parse/record-rows";
import { asObject, optString } from "./parse/guards";

/** How one list's rows are read and written. */
export interface RowCodec<Row extends Fields & { id: string; etag: string }, Fields> {
  /** /sites/{site}/lists/{list}/items */
  items: string;
  /** Named in errors and logs. */
  what: string;
  toRow(raw: unknown): Row;
  toFields(fields: Partial<Fields>): Partial<Record<string, FieldValue>>;
}

/** The rows of a list and the writes on them; every write is If-Match guarded, a stale eTag rejects with "conflict". */
export interface RowList<Row, Fields> {
  get(id: string): Promise<Row>;
  /** Rows with this MeetingKey, or those matching a raw $filter. */
  list(meetingKey: string): Promise<Row[]>;
  filter(filter: string): Promise<Row[]>;
  /** POSTs a row; after an unclear answer, the row `findOwn` recognises in a fresh read, else the failure. */
  create(fields: Fields, findOwn: () => Promise<Row | null>): Promise<Row>;
  update(id: string, etag: string, fields: Partial<Fields>): Promise<Row>;
  remove(id: string, etag: string): Promise<void>;
}

/** Empty text and null are the same stored value: SharePoint reads a cleared text column back as either. */
function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  const norm = (v: FieldValue | undefined): FieldValue => (v === undefined || v === "" ? null : v);
  return norm(a) === norm(b);
}

/** Null when `work` fails with a Graph error (a lookup after an unclear answer must not replace the first error). */
async function quietly<T>(work: () => Promise<T | null>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (!isGraphError(error)) throw error;
    return null;
  }
}

/** Builds the row access of one list. */
export function rowList<Row extends Fields & { id: string; etag: string }, Fields>(ctx: GraphContext, codec: RowCodec<Row, Fields>): RowList<Row, Fields> {
  const itemPath = (id: string): string => `${codec.items}/${segment(id)}`;

  async function get(id: string): Promise<Row> {
    return codec.toRow(await ctx.http.json({ method: "GET", path: `${itemPath(id)}${query({ $expand: "fields" })}` }));
  }

  async function filter(filterText: string): Promise<Row[]> {
    const body = await ctx.http.json({ method: "GET", path: `${codec.items}${query({ $expand: "fields", $filter: filterText, $top: PAGE.items })}` });
    return (await collect(ctx, body, codec.what)).map(codec.toRow);
  }

  /** True when the row holds every value the write gave (as the list stores it). */
  function holds(row: Row, fields: Partial<Fields>): boolean {
    const stored = codec.toFields(row);
    return Object.entries(codec.toFields(fields)).every(([key, value]) => sameValue(stored[key], value));
  }

  return {
    get,
    filter,
    list: (meetingKey) => filter(`fields/MeetingKey eq ${odataString(meetingKey)}`),

    async create(fields, findOwn) {
      let answer: unknown;
      try {
        answer = await ctx.http.json({ method: "POST", path: codec.items, body: { fields: codec.toFields(fields) } });
      } catch (error) {
        // A POST is never repeated blindly: the answer may have been lost after the row was made.
        if (!isAmbiguousFailure(error)) throw error;
        const mine = await quietly(findOwn);
        if (mine === null) throw error;
        return mine;
      }
      const created = asObject(answer, "listItem");
      return created.fields ? codec.toRow(created) : get(String(created.id));
    },

    async update(id, etag, fields) {
      let answer: unknown;
      try {
        answer = await ctx.http.json({ method: "PATCH", path: `${itemPath(id)}/fields`, body: codec.toFields(fields), headers: { "If-Match": etag } });
      } catch (error) {
        // After a lost answer the row may already hold this write; a 412 is a definite answer and stays a conflict.
        if (!isAmbiguousFailure(error)) throw error;
        const mine = await quietly(async () => {
          const row = await get(id);
          return holds(row, fields) ? row : null;
        });
        if (mine === null) throw error;
        return mine;
      }
      const answered = asObject(answer, "fieldValueSet");
      // Composed from the answer (the fieldValueSet and its new eTag): a re-read could return a later edit by someone else.
      const newEtag = optString(answered, "@odata.etag", "fieldValueSet");
      return newEtag ? codec.toRow({ id, eTag: newEtag, fields: answered }) : get(id);
    },

    async remove(id, etag) {
      try {
        await ctx.http.json({ method: "DELETE", path: itemPath(id), headers: { "If-Match": etag } });
      } catch (error) {
        if (!isAmbiguousFailure(error)) throw error;
        // Gone after an unclear answer: our delete went through.
        try {
          await get(id);
        } catch (lookup) {
          if (isGraphError(lookup) && lookup.code === "notFound") return;
        }
        throw error;
      }
    },
  };
}
