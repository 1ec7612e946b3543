/** /chats/{id}: the Teams meeting chat, whose onlineMeetingInfo.calendarEventId is the organizer's event id. */
import { copyId } from "./event-json";
import { errors, GraphHttpError, json } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import { applySelect, option, parseSelect } from "./odata";
import { graphRootOf } from "./route-context";
import type { RouteContext } from "./route-context";

/** Handles /chats/{id}; non-members get 404 as in Graph (the chat is invisible to them). */
export function routeChats(ctx: RouteContext): GraphResponse | undefined {
  const [first, id, ...rest] = ctx.segments;
  if (first !== "chats" || id === undefined) return undefined;
  if (rest.length > 0) throw errors.segmentNotFound(rest[0] ?? "");
  if (ctx.method !== "GET") throw errors.methodNotAllowed();
  const data = ctx.store.current;
  const chat = data.chats.find((c) => c.id === id);
  if (!chat || !chat.members.some((m) => m.toLowerCase() === ctx.user.mail.toLowerCase())) {
    throw new GraphHttpError(404, "NotFound", `Chat ${id} was not found or the caller is not a member of it.`);
  }
  const event = data.events.find((e) => e.iCalUId === chat.eventICalUId);
  const organizer = event ? ctx.store.findUser(event.organizer) : undefined;
  const body = {
    id: chat.id,
    topic: chat.topic,
    createdDateTime: chat.createdUtc,
    lastUpdatedDateTime: chat.createdUtc,
    chatType: "meeting",
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${data.tenant.id}`,
    tenantId: data.tenant.id,
    isHiddenForAllMembers: false,
    onlineMeetingInfo: event
      ? {
          calendarEventId: copyId(event.organizer, event.iCalUId),
          joinWebUrl: event.joinUrl ?? null,
          organizer: { id: organizer?.id ?? null, displayName: null, userIdentityType: "aadUser" },
        }
      : null,
    viewpoint: { isHidden: false, lastMessageReadDateTime: chat.createdUtc },
  };
  return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#chats/$entity`, ...applySelect(body, parseSelect(option(ctx.query, "select"))) });
}
