/** An in-memory organizer appointment for "Infoga kallelse" without Outlook: the simulation's appointment, unstored. */
import { SimulatedAppointment } from "../../src/hosts/outlook/simulation/simulatedAppointment";
import type { AppointmentDetails } from "../../src/core/ports-outlook";

/** The appointment's facts and body at creation. */
export interface FakeAppointmentInit extends AppointmentDetails {
  bodyHtml: string;
}

/** The simulated appointment held in memory only; counts body writes so a test can see an insert happened once. */
export class FakeAppointment extends SimulatedAppointment {
  bodyWrites = 0;

  constructor(init: FakeAppointmentInit) {
    super({ ...init, eventId: "", properties: {}, saved: false, user: "elin.sjoberg@familjenhelsingborg.se", owner: "elin.sjoberg@familjenhelsingborg.se" }, null);
  }

  override async setBodyHtml(html: string): Promise<void> {
    this.bodyWrites += 1;
    await super.setBodyHtml(html);
  }

  override async prependBodyHtml(html: string): Promise<void> {
    this.bodyWrites += 1;
    await super.prependBodyHtml(html);
  }

  override async insertBodyHtmlAtCursor(html: string): Promise<void> {
    this.bodyWrites += 1;
    await super.insertBodyHtmlAtCursor(html);
  }

  override saveAndGetItemId(): Promise<string> {
    return Promise.reject(new Error("not used by the fault suite"));
  }

  /** The body as it stands. */
  get body(): string {
    return this.snapshot().bodyHtml;
  }
}
