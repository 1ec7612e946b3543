/** An in-memory organizer appointment for "Infoga kallelse" without Outlook: the body and the facts, nothing else. */
import type { Person } from "../../src/core";
import type { AppointmentAttendees, AppointmentProperties, HostAppointment } from "../../src/core/ports-outlook";

/** The appointment's facts at creation. */
export interface FakeAppointmentInit {
  subject: string;
  startUtc: string;
  endUtc: string;
  location: string;
  required: Person[];
  optional: Person[];
  bodyHtml: string;
}

/** HostAppointment held in memory; counts body writes so a test can see an insert happened once. */
export class FakeAppointment implements HostAppointment {
  readonly mode = "organizer" as const;
  bodyWrites = 0;
  private properties: AppointmentProperties = {};

  constructor(private readonly init: FakeAppointmentInit) {}

  getSubject = (): Promise<string> => Promise.resolve(this.init.subject);
  setSubject = (subject: string): Promise<void> => {
    this.init.subject = subject;
    return Promise.resolve();
  };
  getStart = (): Promise<string> => Promise.resolve(this.init.startUtc);
  getEnd = (): Promise<string> => Promise.resolve(this.init.endUtc);
  getLocation = (): Promise<string> => Promise.resolve(this.init.location);
  getAttendees = (): Promise<AppointmentAttendees> => Promise.resolve({ required: this.init.required, optional: this.init.optional });
  getOrganizer = (): Promise<Person | null> => Promise.resolve(null);
  getBodyHtml = (): Promise<string> => Promise.resolve(this.init.bodyHtml);
  setBodyHtml = (html: string): Promise<void> => {
    this.init.bodyHtml = html;
    this.bodyWrites += 1;
    return Promise.resolve();
  };
  saveAndGetItemId = (): Promise<string> => Promise.reject(new Error("not used by the fault suite"));
  loadProperties = (): Promise<AppointmentProperties> => Promise.resolve({ ...this.properties });
  saveProperties = (values: AppointmentProperties): Promise<void> => {
    this.properties = { ...this.properties, ...values };
    return Promise.resolve();
  };

  /** The body as it stands. */
  get body(): string {
    return this.init.bodyHtml;
  }
}
