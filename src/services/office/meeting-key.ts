/** Finds an appointment's iCalUId through Graph: the key shared by every copy and by the SharePoint list (DESIGN §7a). */
import type { MeetingKeyResolver } from "../../core/ports-outlook";
import { GraphError } from "../graph/errors";
import type { GraphHttp } from "../graph/graph-http";

/** How patiently to wait for a just-saved appointment to reach the server (cached mode syncs later). */
export interface MeetingKeyOptions {
  attempts?: number;
  delayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolver over GET /me/events/{id}?$select=iCalUId (a delegate's: /users/{owner}/events/{id}), retrying "notFound" while the item syncs. */
export function createMeetingKeyResolver(http: GraphHttp, options: MeetingKeyOptions = {}): MeetingKeyResolver {
  const attempts = options.attempts ?? 5;
  const delayMs = options.delayMs ?? 1500;
  const sleep = options.sleep ?? wait;
  return {
    async meetingKeyOf(eventId, mailbox) {
      const calendar = mailbox === undefined ? "/me" : `/users/${encodeURIComponent(mailbox)}`;
      const path = `${calendar}/events/${encodeURIComponent(eventId)}?$select=iCalUId`;
      for (let attempt = 1; ; attempt++) {
        try {
          const body = await http.json({ method: "GET", path });
          const key = (body as { iCalUId?: unknown } | null)?.iCalUId;
          if (typeof key !== "string" || key === "") throw new GraphError("invalidResponse", `${path}: no iCalUId`);
          return key;
        } catch (error) {
          if (!(error instanceof GraphError) || error.code !== "notFound" || attempt >= attempts) throw error;
          await sleep(delayMs);
        }
      }
    },
  };
}
