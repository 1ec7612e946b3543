/** AssignmentStore over the list "Uppdrag" (DESIGN §4a): a create after an unclear answer never writes a second row. */
import type { AssignmentStore } from "../../core/record/ports";
import type { AssignmentFields, AssignmentRow } from "../../core/record/types";
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
  return {
    list: async (meetingKey) => byAge(await rows.list(meetingKey)),
    // Two equal uppdrag given on purpose are two rows: only an unclear answer makes create look before writing again.
    create: (fields) => rows.create(fields, async () => byAge((await rows.list(fields.meetingKey)).filter((row) => isWriteOf(row, fields))).at(-1) ?? null),
    update: (id, etag, fields) => rows.update(id, etag, fields),
    remove: (id, etag) => rows.remove(id, etag),
  };
}
