/** The appointment the Outlook task pane works on (DESIGN §3, §7a): implemented over Office.js and by the simulation. */
import type { CalendarOwner } from "./paneAccess";
import type { Person } from "./types";

/** Organizer: composing or editing one's own appointment. Attendee: reading an invitation. */
export type AppointmentMode = "organizer" | "attendee";

/** Required attendees are members; optional ones are guests. */
export interface AppointmentAttendees {
  required: Person[];
  optional: Person[];
}

/** Subject, time (UTC ISO), place and attendees: the facts every view of an appointment shares. */
export interface AppointmentDetails extends AppointmentAttendees {
  subject: string;
  startUtc: string;
  endUtc: string;
  location: string;
}

/** Custom properties stored on the appointment itself (Office.js, at most 2,500 characters in all). */
export type AppointmentProperties = Record<string, string>;

/** The names of the custom properties Sammanträde writes. */
export const APPOINTMENT_PROPERTY = {
  meetingKey: "sammantradeMeetingKey",
  folderName: "sammantradeFolderName",
  folderUrl: "sammantradeFolderUrl",
} as const;

/** One appointment item in Outlook. Times are UTC ISO strings; writes exist only in organizer mode. */
export interface HostAppointment {
  readonly mode: AppointmentMode;
  getSubject(): Promise<string>;
  setSubject(subject: string): Promise<void>;
  getStart(): Promise<string>;
  getEnd(): Promise<string>;
  getLocation(): Promise<string>;
  getAttendees(): Promise<AppointmentAttendees>;
  /** The organizer (attendee mode); null while composing, where the user is the organizer. */
  getOrganizer(): Promise<Person | null>;
  /** Whose calendar holds the item (Office.js getSharedPropertiesAsync().owner for a delegate); null if unknown. */
  getCalendarOwner(): Promise<CalendarOwner | null>;
  getBodyHtml(): Promise<string>;
  setBodyHtml(html: string): Promise<void>;
  /** Puts HTML at the top of the body without rewriting the rest (Office.js body.prependAsync). */
  prependBodyHtml(html: string): Promise<void>;
  /** Puts HTML where the cursor is, replacing a selection (Office.js body.setSelectedDataAsync). */
  insertBodyHtmlAtCursor(html: string): Promise<void>;
  /** Saves the draft if needed and returns the item's Graph (REST) id, which leads to its iCalUId. */
  saveAndGetItemId(): Promise<string>;
  loadProperties(): Promise<AppointmentProperties>;
  /** Merges the values into the custom properties and saves them on the item. */
  saveProperties(values: AppointmentProperties): Promise<void>;
}

/** Finds the iCalUId (the SharePoint MeetingKey) of a calendar item by its Graph id. */
export interface MeetingKeyResolver {
  /** mailbox: the shared calendar's owner when a delegate works in it (the id is then an item of that mailbox). */
  meetingKeyOf(eventId: string, mailbox?: string): Promise<string>;
}
