/** Directory over Graph: attendees' directory data, looked up 20 to a $batch. */
import type { Directory, DirectoryEntry } from "../../core";
import { runBatch } from "./batch";
import type { GraphContext } from "./context";
import { query, segment } from "./paths";
import { toDirectoryEntry, USER_SELECT } from "./parse/directory";

/** Graph-backed Directory; people not in the directory (external guests) are left out, not failed. */
export function createDirectory(ctx: GraphContext): Directory {
  return {
    async lookup(emails) {
      const unique = [...new Set(emails.map((email) => email.trim().toLowerCase()).filter((email) => email !== ""))];
      if (unique.length === 0) return [];
      const requests = unique.map((email, index) => ({
        id: String(index + 1),
        method: "GET" as const,
        url: `/users/${segment(email)}${query({ $select: USER_SELECT })}`,
      }));
      const outcomes = await runBatch(ctx.http, requests, ctx.policy);
      const entries: DirectoryEntry[] = [];
      for (const request of requests) {
        const outcome = outcomes.get(request.id);
        if (!outcome) continue;
        if (!outcome.ok) {
          if (outcome.error.code === "notFound") continue;
          throw outcome.error;
        }
        entries.push(toDirectoryEntry(outcome.body));
      }
      return entries;
    },
  };
}
