/** The demo meeting as a simulated appointment starts (outside Outlook): the organizer's own copy, read through Graph. */
import type { AppointmentDetails, Person } from "../../core";
import type { GraphHttp } from "../graph/graph-http";
import { asObject, optObject, optString } from "../graph/parse/guards";
import { toUtcIso } from "../graph/parse/datetime";

/** What a simulated appointment is made of. */
export interface AppointmentSeed extends AppointmentDetails {
  /** Graph id of the organizer's copy: what saveAsync + getItemIdAsync + convertToRestId would give in Outlook. */
  eventId: string;
  bodyHtml: string;
}

const SELECT = "subject,start,end,location,attendees,body";

function toAttendee(raw: unknown): (Person & { type: string }) | null {
  const o = asObject(raw, "attendee");
  const address = optObject(o, "emailAddress", "attendee");
  const email = address === null ? null : optString(address, "address", "attendee.emailAddress");
  if (!email) return null;
  return { name: (address && optString(address, "name", "attendee.emailAddress")) ?? "", email, type: optString(o, "type", "attendee") ?? "required" };
}

/** Reads /me/events/{id} and turns it into a seed. */
export async function loadAppointmentSeed(http: GraphHttp, eventId: string): Promise<AppointmentSeed> {
  const o = asObject(await http.json({ method: "GET", path: `/me/events/${encodeURIComponent(eventId)}?$select=${SELECT}` }), "event");
  const attendees = (Array.isArray(o.attendees) ? o.attendees : []).map(toAttendee).filter((a): a is Person & { type: string } => a !== null);
  const location = optObject(o, "location", "event");
  const body = optObject(o, "body", "event");
  const person = ({ name, email }: Person): Person => ({ name, email });
  return {
    eventId,
    subject: optString(o, "subject", "event") ?? "",
    startUtc: toUtcIso(o.start, "event.start"),
    endUtc: toUtcIso(o.end, "event.end"),
    location: (location && optString(location, "displayName", "event.location")) ?? "",
    required: attendees.filter((a) => a.type === "required").map(person),
    optional: attendees.filter((a) => a.type === "optional").map(person),
    bodyHtml: (body && optString(body, "content", "event.body")) ?? "",
  };
}
