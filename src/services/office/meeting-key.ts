/** Finds an appointment's iCalUId through Graph: the key shared by every copy and by the SharePoint list (DESIGN §7a). */
import type { MeetingKeyResolver } from "../../core";
import { GraphError } from "../graph/errors";
import type { GraphHttp } from "../graph/graph-http";
import { RetryRun } from "../graph/retry";

/** Seconds between looks while a just-saved appointment syncs to the server (cached mode syncs later). */
export const SYNC_WAIT_SECONDS = 2;

/**
 * Resolver over GET /me/events/{id}?$select=iCalUId (a delegate's: /users/{owner}/events/{id}). "notFound" is retried
 * while the item syncs, within the same budget as throttling: each look's own retries and the waits for the sync share
 * one run of the policy.
 */
export function createMeetingKeyResolver(http: GraphHttp): MeetingKeyResolver {
  return {
    async meetingKeyOf(eventId, mailbox) {
      const calendar = mailbox === undefined ? "/me" : `/users/${encodeURIComponent(mailbox)}`;
      const path = `${calendar}/events/${encodeURIComponent(eventId)}?$select=iCalUId`;
      const run = new RetryRun(http.policy);
      for (;;) {
        try {
          const body = await http.json({ method: "GET", path, run });
          const key = (body as { iCalUId?: unknown } | null)?.iCalUId;
          if (typeof key !== "string" || key === "") throw new GraphError("invalidResponse", `${path}: no iCalUId`);
          return key;
        } catch (error) {
          if (!(error instanceof GraphError) || error.code !== "notFound" || !(await run.waitForNext(SYNC_WAIT_SECONDS))) throw error;
        }
      }
    },
  };
}
