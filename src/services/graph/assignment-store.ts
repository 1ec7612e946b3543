/** AssignmentStore over the list "Uppdrag" (DESIGN §4a): a create never writes a second row of the same uppdrag. */
import type { AssignmentStore, AssignmentFields, AssignmentRow } from "../../core";
import type { GraphContext } from "./context";
import { assignmentFields, toAssignmentRow } from "./parse/record-rows";
import { rowList } from "./record-rows-store";
import { byAge } from "./register-store";

/** The row a create wrote: same meeting, item, text and assignee. */
function isWriteOf(row: AssignmentRow, fields: AssignmentFields): boolean {
  return row.itemId === fields.itemId && row.title === fields.title.trim() && row.assignee === fields.assignee.trim();
}

/** Graph-backed AssignmentStore. */
export function createAssignmentStore(ctx: GraphContext): AssignmentStore {
  const rows = rowList<AssignmentRow, AssignmentFields>(ctx, { items: ctx.paths.assignmentItems, what: "uppdrag", toRow: toAssignmentRow, toFields: assignmentFields });
  const sameIn = async (fields: AssignmentFields): Promise<AssignmentRow | null> => byAge((await rows.list(fields.meetingKey)).filter((row) => isWriteOf(row, fields)))[0] ?? null;
  return {
    list: async (meetingKey) => byAge(await rows.list(meetingKey)),
    // Looks before every write, not only after an unclear answer: a user's retry after a reported failure (the write
    // done, its answer lost, the lookup refused too) must not make a second row. The same uppdrag under the same
    // item to the same assignee is one uppdrag.
    async create(fields) {
      const existing = await sameIn(fields);
      if (existing !== null) return existing;
      return rows.create(fields, () => sameIn(fields));
    },
    update: (id, etag, fields) => rows.update(id, etag, fields),
    remove: (id, etag) => rows.remove(id, etag),
  };
}
