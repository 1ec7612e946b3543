/** The appointment's facts as the pane shows them, read in one go from the host. */
import type { AppointmentDetails, AppointmentMode, HostAppointment } from "../../core/ports-outlook";

/** Subject, time, place and attendees of the appointment, and whether the user organizes it. */
export interface AppointmentFacts extends AppointmentDetails {
  mode: AppointmentMode;
}

/** Reads the facts through the host appointment. */
export async function readFacts(appointment: HostAppointment): Promise<AppointmentFacts> {
  const [subject, startUtc, endUtc, location, attendees] = await Promise.all([
    appointment.getSubject(),
    appointment.getStart(),
    appointment.getEnd(),
    appointment.getLocation(),
    appointment.getAttendees(),
  ]);
  return { mode: appointment.mode, subject, startUtc, endUtc, location, required: attendees.required, optional: attendees.optional };
}
