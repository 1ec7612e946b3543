/** The appointment's facts as the pane shows them, read in one go from the host. */
import type { CalendarOwner, AppointmentDetails, AppointmentMode, HostAppointment } from "../core";

/** Subject, time, place and attendees of the appointment, whether the user organizes it, and whose calendar holds it. */
export interface AppointmentFacts extends AppointmentDetails {
  mode: AppointmentMode;
  owner: CalendarOwner | null;
  /** The invitation's organizer (attendee mode), else null. */
  organizerMail: string | null;
}

/** Reads the facts through the host appointment. */
export async function readFacts(appointment: HostAppointment): Promise<AppointmentFacts> {
  const [subject, startUtc, endUtc, location, attendees, owner, organizer] = await Promise.all([
    appointment.getSubject(),
    appointment.getStart(),
    appointment.getEnd(),
    appointment.getLocation(),
    appointment.getAttendees(),
    appointment.getCalendarOwner(),
    appointment.getOrganizer(),
  ]);
  return { mode: appointment.mode, subject, startUtc, endUtc, location, required: attendees.required, optional: attendees.optional, owner, organizerMail: organizer?.email ?? null };
}
