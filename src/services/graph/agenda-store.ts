/** AgendaStore over the SharePoint list "Dagordning": every write is guarded by the item's eTag (If-Match). */
import type { AgendaStore } from "../../core/ports";
import type { AgendaItemDraft, AgendaItemRecord } from "../../core/types";
import type { GraphContext } from "./context";
import { collect } from "./context";
import { PAGE } from "./meeting-view";
import { odataString, query, segment } from "./paths";
import { toAgendaFields, toAgendaItemRecord } from "./parse/agenda-item";
import { asObject, optString } from "./parse/guards";

/** Graph-backed AgendaStore; a stale eTag rejects with GraphError('conflict') (412). */
export function createAgendaStore(ctx: GraphContext): AgendaStore {
  const items = ctx.paths.agendaItems;
  const itemPath = (id: string): string => `${items}/${segment(id)}`;

  async function get(id: string): Promise<AgendaItemRecord> {
    return toAgendaItemRecord(await ctx.http.json({ method: "GET", path: `${itemPath(id)}${query({ $expand: "fields" })}` }));
  }

  return {
    async list(meetingKey) {
      const body = await ctx.http.json({
        method: "GET",
        path: `${items}${query({ $expand: "fields", $filter: `fields/MeetingKey eq ${odataString(meetingKey)}`, $top: PAGE.items })}`,
      });
      return (await collect(ctx, body, "agenda items")).map(toAgendaItemRecord).sort((a, b) => a.itemNumber - b.itemNumber);
    },

    get,

    async create(meetingKey, draft) {
      const created = asObject(await ctx.http.json({ method: "POST", path: items, body: { fields: toAgendaFields(draft, meetingKey) } }), "listItem");
      // Graph answers with the new item and its fields; should fields be missing, read the item once.
      return created.fields ? toAgendaItemRecord(created) : get(String(created.id));
    },

    async update(id, etag, draft: AgendaItemDraft) {
      const fields = asObject(
        await ctx.http.json({ method: "PATCH", path: `${itemPath(id)}/fields`, body: toAgendaFields(draft), headers: { "If-Match": etag } }),
        "fieldValueSet",
      );
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
