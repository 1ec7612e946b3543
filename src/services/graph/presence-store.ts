/** PresenceStore over the list "Närvaro": one row per person per meeting, never two (DESIGN §4a). */
import type { PresenceStore, PresenceFields, PresenceRow } from "../../core";
import type { GraphContext } from "./context";
import { presenceFields, toPresenceRow } from "./parse/record-rows";
import { rowList } from "./record-rows-store";
import { byAge, settleCreated } from "./register-store";

const folded = (value: string): string => value.trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");

/** True when the row is the same person: by mail when the new row has one, else by name. */
export function samePerson(row: Pick<PresenceRow, "email" | "displayName">, fields: Pick<PresenceFields, "email" | "displayName">): boolean {
  const mail = folded(fields.email);
  if (mail !== "") return folded(row.email) === mail;
  return folded(row.displayName) === folded(fields.displayName);
}

/** Graph-backed PresenceStore. */
export function createPresenceStore(ctx: GraphContext): PresenceStore {
  const rows = rowList<PresenceRow, PresenceFields>(ctx, { items: ctx.paths.presenceItems, what: "presence rows", toRow: toPresenceRow, toFields: presenceFields });
  const mineIn = async (fields: PresenceFields): Promise<PresenceRow[]> => byAge((await rows.list(fields.meetingKey)).filter((row) => samePerson(row, fields)));

  return {
    list: async (meetingKey) => byAge(await rows.list(meetingKey)),

    async create(fields) {
      const existing = (await mineIn(fields))[0];
      if (existing !== undefined) return existing;
      const mine = await rows.create(fields, async () => (await mineIn(fields))[0] ?? null);
      return settleCreated(rows, mine, () => mineIn(fields));
    },

    update: (id, etag, fields) => rows.update(id, etag, fields),
    remove: (id, etag) => rows.remove(id, etag),
  };
}
