/** Calendar routes: /me|/users/{id} + /events, /events/{id}, /events/{id}/instances, /calendarView, and the RSVP actions. */
import type { DemoUser } from "./data-types";
import { allThings, eventJson, findCopy, hasCopy } from "./event-json";
import type { CalendarThing } from "./event-json";
import { empty, errors, GraphHttpError, json } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import { applySelect, matchesFilter, option, page, parseFilter, parseSelect } from "./odata";
import { graphRootOf, readJsonObject, selfUrl } from "./route-context";
import type { RouteContext } from "./route-context";
import { nowIso } from "./store";

const RSVP: Record<string, "accepted" | "declined" | "tentativelyAccepted"> = {
  accept: "accepted",
  decline: "declined",
  tentativelyAccept: "tentativelyAccepted",
};

/** Resolves "me" or "users/{id}" to the mailbox owner; reading another mailbox needs the secretariat's delegate rights. */
export function mailboxOf(ctx: RouteContext, write: boolean): { owner: DemoUser; rest: string[] } {
  const [first, second, ...rest] = ctx.segments;
  if (first === "me") return { owner: ctx.user, rest: second === undefined ? [] : [second, ...rest] };
  const owner = ctx.store.findUser(second ?? "");
  if (!owner) throw errors.userNotFound(second ?? "");
  const self = owner.id === ctx.user.id;
  if (!self && (write || ctx.user.role !== "secretariat")) throw errors.mailboxDenied();
  return { owner, rest };
}

function startOf(t: CalendarThing): string {
  return t.kind === "event" ? t.event.startUtc : t.series.startUtc;
}

function selectEvent(obj: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  if (select) {
    for (const name of select) {
      if (!(name in obj)) throw errors.badRequest(`Could not find a property named '${name}' on type 'microsoft.graph.event'.`, "RequestBroker--ParseUri");
    }
  }
  return applySelect(obj, select, ["id"]);
}

function sortThings(things: CalendarThing[], ctx: RouteContext): CalendarThing[] {
  const orderby = option(ctx.query, "orderby");
  const sorted = [...things].sort((a, b) => startOf(a).localeCompare(startOf(b)));
  if (orderby === undefined) return sorted;
  const m = /^start\/dateTime(\s+(asc|desc))?$/i.exec(orderby.trim());
  if (!m) throw errors.badRequest(`The $orderby '${orderby}' is not supported by the demo tenant.`);
  return m[2]?.toLowerCase() === "desc" ? sorted.reverse() : sorted;
}

function collection(ctx: RouteContext, owner: DemoUser, things: CalendarThing[]): GraphResponse {
  const select = parseSelect(option(ctx.query, "select"));
  const { value, nextLink } = page(sortThings(things, ctx), ctx.query, selfUrl(ctx), 10, 1000);
  return json(200, {
    "@odata.context": `${graphRootOf(ctx)}/$metadata#users('${owner.mail}')/events`,
    value: value.map((t) => selectEvent(eventJson(ctx.store.current, t, owner), select)),
    ...(nextLink ? { "@odata.nextLink": nextLink } : {}),
  });
}

function listEvents(ctx: RouteContext, owner: DemoUser): GraphResponse {
  const clauses = parseFilter(option(ctx.query, "filter"));
  // As in Graph, /events holds single instances and series masters only: an occurrence's own iCalUId is not found
  // here, only through calendarView, its id, or its master's /instances.
  const matched = allThings(ctx.store.current)
    .filter((t) => hasCopy(t, owner.mail))
    .filter((t) => t.kind === "master" || !t.event.seriesId)
    .filter((t) => matchesFilter(eventJson(ctx.store.current, t, owner), clauses));
  return collection(ctx, owner, matched);
}

function windowOf(ctx: RouteContext): { fromMs: number; toMs: number } {
  const from = option(ctx.query, "startDateTime") ?? ctx.query.get("StartDateTime");
  const to = option(ctx.query, "endDateTime") ?? ctx.query.get("EndDateTime");
  if (from === undefined || to === undefined) {
    throw new GraphHttpError(400, "ErrorInvalidParameter", "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.");
  }
  const fromMs = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(from) ? from : `${from}Z`);
  const toMs = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(to) ? to : `${to}Z`);
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) throw new GraphHttpError(400, "ErrorInvalidParameter", "The value of StartDateTime or EndDateTime is not a valid date.");
  return { fromMs, toMs };
}

/** Occurrences and single instances of the mailbox that overlap the request's window, optionally of one series only. */
function inWindow(ctx: RouteContext, owner: DemoUser, seriesId: string | null): GraphResponse {
  const { fromMs, toMs } = windowOf(ctx);
  const clauses = parseFilter(option(ctx.query, "filter"));
  const inView = ctx.store.current.events
    .filter((e) => seriesId === null || e.seriesId === seriesId)
    .filter((e) => hasCopy({ kind: "event", event: e }, owner.mail))
    .filter((e) => Date.parse(e.startUtc) < toMs && Date.parse(e.endUtc) > fromMs)
    .map((event): CalendarThing => ({ kind: "event", event }))
    .filter((t) => matchesFilter(eventJson(ctx.store.current, t, owner), clauses));
  return collection(ctx, owner, inView);
}

/** /events/{id}/instances: a series master's occurrences in the window; anything else has none. */
function instances(ctx: RouteContext, owner: DemoUser, id: string): GraphResponse {
  const t = findCopy(ctx.store.current, owner.mail, id);
  if (!t) throw errors.eventNotFound();
  if (t.kind !== "master") {
    windowOf(ctx);
    return collection(ctx, owner, []);
  }
  return inWindow(ctx, owner, t.series.id);
}

function respond(ctx: RouteContext, owner: DemoUser, id: string, action: string): GraphResponse {
  const response = RSVP[action];
  if (response === undefined) throw errors.segmentNotFound(action);
  const t = findCopy(ctx.store.current, owner.mail, id);
  if (!t) throw errors.eventNotFound();
  const body = readJsonObject(ctx, true);
  if (body.comment !== undefined && typeof body.comment !== "string") throw errors.badRequest("comment must be a string.", "ErrorInvalidRequest");
  if (body.sendResponse !== undefined && typeof body.sendResponse !== "boolean") throw errors.badRequest("sendResponse must be a boolean.", "ErrorInvalidRequest");
  const organizer = t.kind === "event" ? t.event.organizer : t.series.organizer;
  if (organizer.toLowerCase() === owner.mail.toLowerCase()) {
    throw new GraphHttpError(400, "ErrorInvalidRequest", "Your request can't be completed. You can't respond to a meeting that you organized.");
  }
  const time = nowIso();
  const setOn = (list: { mail: string; response: string; responseTime?: string | null }[]) => {
    for (const a of list) {
      if (a.mail.toLowerCase() === owner.mail.toLowerCase()) {
        a.response = response;
        a.responseTime = time;
      }
    }
  };
  if (t.kind === "event") {
    setOn(t.event.attendees);
    t.event.lastModifiedUtc = time;
  } else {
    // Answering the series answers every occurrence, as Outlook does.
    setOn(t.series.attendees);
    for (const e of ctx.store.current.events.filter((e) => e.seriesId === t.series.id)) {
      setOn(e.attendees);
      e.lastModifiedUtc = time;
    }
  }
  ctx.store.saved();
  return empty(202);
}

/** Handles /me/... and /users/{id}/... calendar paths; returns undefined when the path is not a calendar path. */
export function routeEvents(ctx: RouteContext): GraphResponse | undefined {
  const { segments } = ctx;
  if (segments[0] !== "me" && segments[0] !== "users") return undefined;
  const calendarPath = segments[0] === "me" ? segments[1] : segments[2];
  if (calendarPath !== "events" && calendarPath !== "calendarView") return undefined;
  const isWrite = ctx.method !== "GET";
  const { owner, rest } = mailboxOf(ctx, isWrite);
  const [kind, id, action, ...extra] = rest;
  if (extra.length > 0) throw errors.segmentNotFound(extra[0] ?? "");
  if (kind === "calendarView") {
    if (id !== undefined) throw errors.segmentNotFound(id);
    if (ctx.method !== "GET") throw errors.methodNotAllowed();
    return inWindow(ctx, owner, null);
  }
  if (id === undefined) {
    if (ctx.method !== "GET") throw errors.methodNotAllowed();
    return listEvents(ctx, owner);
  }
  if (action === "instances") {
    if (ctx.method !== "GET") throw errors.methodNotAllowed();
    return instances(ctx, owner, id);
  }
  if (action !== undefined) {
    if (ctx.method !== "POST") throw errors.methodNotAllowed();
    return respond(ctx, owner, id, action);
  }
  if (ctx.method !== "GET") throw errors.methodNotAllowed();
  const t = findCopy(ctx.store.current, owner.mail, id);
  if (!t) throw errors.eventNotFound();
  return json(200, {
    "@odata.context": `${graphRootOf(ctx)}/$metadata#users('${owner.mail}')/events/$entity`,
    ...selectEvent(eventJson(ctx.store.current, t, owner), parseSelect(option(ctx.query, "select"))),
  });
}
