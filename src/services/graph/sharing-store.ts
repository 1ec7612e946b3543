/** FolderSharing over Graph: the folder's permissions, invite without Graph's mail, revoke, and our record on the folder's list item. */
import type { LibraryColumn, FolderSharing } from "../../core";
import type { GraphContext } from "./context";
import { collect } from "./context";
import { GraphError, isGraphError } from "./errors";
import { driveItem, query, segment } from "./paths";
import { asObject, optString, reqNonEmpty } from "./parse/guards";
import { toFolderPermission, toInvitedPermission } from "./parse/permission";

/** The library column that holds the record (one "mail<TAB>permission id" a line); must exist as multiple lines of text. */
export const SHARED_WITH_COLUMN = "SharedWith" satisfies LibraryColumn;

/** Graph-backed FolderSharing. */
export function createSharingStore(ctx: GraphContext): FolderSharing {
  const item = (id: string): string => driveItem(ctx.paths, id);
  return {
    async read(folderId) {
      const [permissionsBody, listItemBody] = await Promise.all([
        ctx.http.json({ method: "GET", path: `${item(folderId)}/permissions` }),
        ctx.http.json({ method: "GET", path: `${item(folderId)}/listItem${query({ $select: "id,eTag", $expand: `fields($select=${SHARED_WITH_COLUMN})` })}` }),
      ]);
      const permissions = (await collect(ctx, permissionsBody, "permissions")).map(toFolderPermission);
      const listItem = asObject(listItemBody, "listItem");
      const fields = listItem.fields === undefined ? {} : asObject(listItem.fields, "listItem.fields");
      return { permissions, record: optString(fields, SHARED_WITH_COLUMN, "listItem.fields") ?? "", etag: reqNonEmpty(listItem, "eTag", "listItem") };
    },
    async invite(folderId, person) {
      // sendInvitation false: the kallelse is the message; requireSignIn: the link works only for the named person.
      const body = { recipients: [{ email: person.email }], roles: ["read"], requireSignIn: true, sendInvitation: false };
      return toInvitedPermission(await ctx.http.json({ method: "POST", path: `${item(folderId)}/invite`, body }));
    },
    async revoke(folderId, permissionId) {
      try {
        await ctx.http.json({ method: "DELETE", path: `${item(folderId)}/permissions/${segment(permissionId)}` });
      } catch (error) {
        // Already gone (removed by hand, or our earlier DELETE landed without its answer): the goal is reached.
        if (!(isGraphError(error) && error.code === "notFound")) throw error;
      }
    },
    async writeRecord(folderId, record, etag) {
      const fields = asObject(
        await ctx.http.json({ method: "PATCH", path: `${item(folderId)}/listItem/fields`, body: { [SHARED_WITH_COLUMN]: record }, headers: { "If-Match": etag } }),
        "fieldValueSet",
      );
      const next = optString(fields, "@odata.etag", "fieldValueSet");
      if (next === null) throw new GraphError("invalidResponse", "fieldValueSet has no @odata.etag");
      return next;
    },
  };
}
