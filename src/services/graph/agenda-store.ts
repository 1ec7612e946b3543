/** AgendaStore over the SharePoint list "Dagordning": every write is guarded by the item's eTag (If-Match). */
import type { AgendaStore } from "../../core/ports";
import type { AgendaItemDraft, AgendaItemRecord } from "../../core/types";
import type { GraphContext } from "./context";
import { collect } from "./context";
import { PAGE } from "./meeting-view";
import { odataString, query, segment } from "./paths";
import { toAgendaFields, toAgendaItemRecord } from "./parse/agenda-item";
import { asObject, optString } from "./parse/guards";
import { holdsDraft, isAmbiguousFailure } from "./ambiguous";
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

/** Graph-backed AgendaStore; a stale eTag rejects with GraphError('conflict') (412). */
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
    return (await collect(ctx, body, "agenda items")).map(toAgendaItemRecord).sort((a, b) => a.itemNumber - b.itemNumber);
  }

  return {
    list,

    get,

    async create(meetingKey, draft) {
      let answer: unknown;
      try {
        answer = await ctx.http.json({ method: "POST", path: items, body: { fields: toAgendaFields(draft, meetingKey) } });
      } catch (error) {
        // A POST is never repeated blindly (the list has no column for a client token): after an answer that may
        // have come after the item was made, look for it by the meeting's key, its number and its exact text.
        if (!isAmbiguousFailure(error)) throw error;
        const mine = await findOwn(() => list(meetingKey), (record) => holdsDraft(record, draft));
        if (mine === null) throw error;
        return mine;
      }
      const created = asObject(answer, "listItem");
      // Graph answers with the new item and its fields; should fields be missing, read the item once.
      return created.fields ? toAgendaItemRecord(created) : get(String(created.id));
    },

    async update(id, etag, draft: AgendaItemDraft) {
      let answer: unknown;
      try {
        answer = await ctx.http.json({ method: "PATCH", path: `${itemPath(id)}/fields`, body: toAgendaFields(draft), headers: { "If-Match": etag } });
      } catch (error) {
        // After a lost answer, or a 412 caused by our own earlier write whose answer was lost, the item may already
        // hold exactly this draft: then the save is done, and neither a repeat nor a conflict dialog is right.
        if (!isAmbiguousFailure(error) && !(isGraphError(error) && error.code === "conflict")) throw error;
        const mine = await findOwn(async () => [await get(id)], (record) => holdsDraft(record, draft));
        if (mine === null) throw error;
        return mine;
      }
      const fields = asObject(answer, "fieldValueSet");
      // PATCH …/fields answers with the whole fieldValueSet and its new @odata.etag: the record is composed from that
      // answer, because a re-read could return someone else's later edit under our name.
      const newEtag = optString(fields, "@odata.etag", "fieldValueSet");
      if (newEtag) return toAgendaItemRecord({ id, eTag: newEtag, fields });
      return get(id);
    },

    async remove(id, etag) {
      await ctx.http.json({ method: "DELETE", path: itemPath(id), headers: { "If-Match": etag } });
    },
  };
}
