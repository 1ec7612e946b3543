/** Graph event JSON to core Meeting / Attendee / Person. */
import type { Attendee, AttendeeType, Meeting, Person, RsvpResponse } from "../../../core";
import { toUtcIso } from "./datetime";
import { exchangeDnAlias, isSmtpAddress, quotedValue } from "../../../core";
import { asObject, invalid, oneOf, optBoolean, optObject, optString, reqNonEmpty } from "./guards";

const RESPONSES: readonly RsvpResponse[] = ["none", "organizer", "tentativelyAccepted", "accepted", "declined", "notResponded"];
const ATTENDEE_TYPES: readonly AttendeeType[] = ["required", "optional", "resource"];

/** The $select that gives toMeeting everything it reads. */
export const EVENT_SELECT =
  "id,iCalUId,subject,start,end,isAllDay,location,organizer,attendees,responseStatus,isOrganizer,isCancelled,seriesMasterId,webLink,onlineMeeting";

/**
 * Graph emailAddress {name, address} to Person. An SMTP address is kept in lower case; an X500 address (which Graph
 * returns for some directory-resolved people) or another non-SMTP one is kept as given, so that one such entry
 * never fails the event: core matches it to the directory by name or alias.
 */
export function toPerson(raw: unknown, what = "emailAddress"): Person {
  const o = asObject(raw, what);
  const address = optString(o, "address", what)?.trim() ?? "";
  const name = optString(o, "name", what)?.trim() ?? "";
  if (isSmtpAddress(address)) {
    const email = address.toLowerCase();
    return { name: name || email, email };
  }
  if (address === "" && name === "") throw invalid(`${what} has neither address nor name`);
  return { name: name || exchangeDnAlias(address) || address, email: address };
}

/** An answer Exchange may add in a later version: read as no answer rather than failing the whole event. */
function knownResponse(raw: unknown): RsvpResponse | null {
  return typeof raw === "string" && (RESPONSES as readonly string[]).includes(raw) ? (raw as RsvpResponse) : null;
}

/** Graph attendee {type, status: {response}, emailAddress} to Attendee; an unknown answer counts as none, named in `problems`. */
export function toAttendee(raw: unknown): Attendee {
  const o = asObject(raw, "attendee");
  const person = toPerson(o.emailAddress, "attendee.emailAddress");
  const type = oneOf(o.type ?? "required", ATTENDEE_TYPES, "attendee.type");
  const status = optObject(o, "status", "attendee");
  const rawResponse = status?.response ?? "none";
  const response = knownResponse(rawResponse);
  if (response === null) return { ...person, type, response: "none", problems: [{ code: "unknownResponse", value: quotedValue(rawResponse) }] };
  return { ...person, type, response };
}

/** Graph event to Meeting; myResponse and isOrganizer as this copy says. */
export function toMeeting(raw: unknown): Meeting {
  const o = asObject(raw, "event");
  const organizer = optObject(o, "organizer", "event");
  if (!organizer) throw invalid("event.organizer is missing");
  const attendeesRaw = o.attendees ?? [];
  if (!Array.isArray(attendeesRaw)) throw invalid("event.attendees is not an array");
  const responseStatus = optObject(o, "responseStatus", "event");
  const location = optObject(o, "location", "event");
  const onlineMeeting = optObject(o, "onlineMeeting", "event");
  const startUtc = toUtcIso(o.start, "event.start");
  const endUtc = toUtcIso(o.end, "event.end");
  if (endUtc < startUtc) throw invalid("event.end is before event.start");
  return {
    id: reqNonEmpty(o, "id", "event"),
    iCalUId: reqNonEmpty(o, "iCalUId", "event"),
    subject: optString(o, "subject", "event") ?? "",
    startUtc,
    endUtc,
    isAllDay: optBoolean(o, "isAllDay", "event", false),
    location: (location && optString(location, "displayName", "event.location")) ?? "",
    organizer: toPerson(organizer.emailAddress, "event.organizer.emailAddress"),
    attendees: attendeesRaw.map(toAttendee),
    myResponse: knownResponse(responseStatus?.response ?? "none") ?? "none",
    isOrganizer: optBoolean(o, "isOrganizer", "event", false),
    isCancelled: optBoolean(o, "isCancelled", "event", false),
    seriesMasterId: optString(o, "seriesMasterId", "event"),
    webLink: optString(o, "webLink", "event"),
    onlineMeetingUrl: (onlineMeeting && optString(onlineMeeting, "joinUrl", "event.onlineMeeting")) ?? optString(o, "onlineMeetingUrl", "event"),
  };
}
