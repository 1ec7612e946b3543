/** Links an appointment to its SharePoint meeting: folder ensured, iCalUId found, both remembered on the appointment. */
import { folderName as folderNameOf, APPOINTMENT_PROPERTY } from "../core";
import type { DocumentStore, Folder, HostAppointment, MeetingKeyResolver } from "../core";

/** An appointment's link: the MeetingKey (iCalUId) and the folder in Möteshandlingar. */
export interface AppointmentLink {
  key: string;
  folderName: string;
  /** The folder's SharePoint address, when known. */
  folderUrl: string | null;
}

/** The link remembered in the appointment's custom properties, or null when it was never linked. */
export async function readLink(appointment: HostAppointment): Promise<AppointmentLink | null> {
  const props = await appointment.loadProperties();
  const key = props[APPOINTMENT_PROPERTY.meetingKey];
  const folderName = props[APPOINTMENT_PROPERTY.folderName];
  if (!key || !folderName) return null;
  return { key, folderName, folderUrl: props[APPOINTMENT_PROPERTY.folderUrl] ?? null };
}

/**
 * Finds the link of an invitation the user did not organize: custom properties stay on the organizer's item, so the
 * key comes from Graph and the folder name from the shared subject and start.
 */
export async function findAttendeeLink(appointment: HostAppointment, resolver: MeetingKeyResolver): Promise<AppointmentLink> {
  const [id, subject, start] = await Promise.all([appointment.saveAndGetItemId(), appointment.getSubject(), appointment.getStart()]);
  return { key: await resolver.meetingKeyOf(id), folderName: folderNameOf(start, subject), folderUrl: null };
}

/** The services linking needs. */
export interface LinkDeps {
  appointment: HostAppointment;
  resolver: MeetingKeyResolver;
  documents: Pick<DocumentStore, "ensureFolder">;
}

/**
 * Saves the appointment to learn its iCalUId, finds the folder carrying that key (or creates "YYYY-MM-DD <subject>"
 * and stamps the key on it), and stores both on the appointment.
 */
export async function linkAppointment({ appointment, resolver, documents }: LinkDeps): Promise<AppointmentLink> {
  const [subject, start, owner] = await Promise.all([appointment.getSubject(), appointment.getStart(), appointment.getCalendarOwner()]);
  // A delegate's item lives in the organizer's mailbox: its id is looked up there, not in the delegate's own.
  const key = await resolver.meetingKeyOf(await appointment.saveAndGetItemId(), owner?.shared ? owner.mailbox : undefined);
  const folder: Folder = await documents.ensureFolder({ key, startUtc: start, subject });
  await appointment.saveProperties({
    [APPOINTMENT_PROPERTY.meetingKey]: key,
    [APPOINTMENT_PROPERTY.folderName]: folder.name,
    [APPOINTMENT_PROPERTY.folderUrl]: folder.webUrl,
  });
  return { key, folderName: folder.name, folderUrl: folder.webUrl };
}
