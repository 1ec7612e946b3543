/** AgendaStore over the SharePoint list "Dagordning": every write is guarded by the item's eTag (If-Match). */
import type { AgendaStore, AgendaItemDraft, AgendaItemRecord } from "../../core";
import { orderRecords } from "../../core";
import type { GraphContext } from "./context";
import { collect } from "./context";
import { PAGE } from "./meeting-view";
import { odataString, query, segment } from "./paths";
import { toAgendaFields, toAgendaItemRecord, toRecordFields } from "./parse/agenda-item";
import { asObject, optString } from "./parse/guards";
import { holdsDraft, holdsRecordFields, isAmbiguousFailure } from "./ambiguous";
import { isGraphError } from "./errors";

/** The record that `matches`, read with `read`; null when none does or the read itself fails (the first error stands). */
async function findOwn(read: () => Promise<AgendaItemRecord[]>, matches: (record: AgendaItemRecord) => boolean): Promise<AgendaItemRecord | null> {
  try {
    return (await read()).find(matches) ?? null;
  } catch (error) {
    if (!isGraphError(error)) throw error;
    return null;
  }
}

/** Graph-backed AgendaStore; a stale eTag rejects with GraphError('conflict') (412), always: never taken as our own success. */
export function createAgendaStore(ctx: GraphContext): AgendaStore {
  const items = ctx.paths.agendaItems;
  const itemPath = (id: string): string => `${items}/${segment(id)}`;

  async function get(id: string): Promise<AgendaItemRecord> {
    return toAgendaItemRecord(await ctx.http.json({ method: "GET", path: `${itemPath(id)}${query({ $expand: "fields" })}` }));
  }

  async function list(meetingKey: string): Promise<AgendaItemRecord[]> {
    const body = await ctx.http.json({
      method: "GET",
      path: `${items}${query({ $expand: "fields", $filter: `fields/MeetingKey eq ${odataString(meetingKey)}`, $top: PAGE.items })}`,
    });
    return orderRecords((await collect(ctx, body, "agenda items")).map(toAgendaItemRecord));
  }

  /** PATCHes the item's fields under If-Match and composes the record from the answer. */
  async function patch(id: string, etag: string, body: Record<string, unknown>, holds: (record: AgendaItemRecord) => boolean): Promise<AgendaItemRecord> {
    let answer: unknown;
    try {
      answer = await ctx.http.json({ method: "PATCH", path: `${itemPath(id)}/fields`, body, headers: { "If-Match": etag } });
    } catch (error) {
      // After a lost answer the item may already hold exactly this write: then it is done, and a repeat is not
      // needed. A 412 is a definite answer (someone else's write came first) and is reported as the conflict it is,
      // even when the item happens to hold the same values: the other writer's change may differ elsewhere.
      if (!isAmbiguousFailure(error)) throw error;
      const mine = await findOwn(async () => [await get(id)], holds);
      if (mine === null) throw error;
      return mine;
    }
    const fields = asObject(answer, "fieldValueSet");
    // PATCH …/fields answers with the whole fieldValueSet and its new @odata.etag: the record is composed from that
    // answer, because a re-read could return someone else's later edit under our name.
    const newEtag = optString(fields, "@odata.etag", "fieldValueSet");
    if (newEtag) return toAgendaItemRecord({ id, eTag: newEtag, fields });
    return get(id);
  }

  return {
    list,

    get,

    async create(meetingKey, draft, sortKey) {
      let answer: unknown;
      try {
        answer = await ctx.http.json({ method: "POST", path: items, body: { fields: toAgendaFields(draft, { meetingKey, sortKey }) } });
      } catch (error) {
        // A POST is never repeated blindly (the list has no column for a client token): after an answer that may
        // have come after the item was made, look for it by the meeting's key, its order key and its exact text.
        if (!isAmbiguousFailure(error)) throw error;
        const mine = await findOwn(() => list(meetingKey), (record) => record.sortKey === sortKey && holdsDraft(record, draft));
        if (mine === null) throw error;
        return mine;
      }
      const created = asObject(answer, "listItem");
      // Graph answers with the new item and its fields; should fields be missing, read the item once.
      return created.fields ? toAgendaItemRecord(created) : get(String(created.id));
    },

    update(id, etag, draft: AgendaItemDraft) {
      return patch(id, etag, toAgendaFields(draft), (record) => holdsDraft(record, draft));
    },

    // The record's fields only (Outcome, Decisions, Minutes, CarriedFrom), and only those given: the same eTag-guarded
    // PATCH as an edit, so a record write never touches the agenda's content and an editor's save never the record.
    updateRecord(id, etag, fields) {
      return patch(id, etag, toRecordFields(fields), (record) => holdsRecordFields(record, fields));
    },

    setOrder(id, etag, sortKey) {
      return patch(id, etag, { SortKey: sortKey }, (record) => record.sortKey === sortKey);
    },

    async remove(id, etag) {
      await ctx.http.json({ method: "DELETE", path: itemPath(id), headers: { "If-Match": etag } });
    },
  };
}
