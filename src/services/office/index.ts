/** The Outlook host's adapters: Office.js appointment, the iCalUId lookup, and the simulation's seed. */
import type { AppConfig } from "../../config";
import type { MeetingKeyResolver } from "../../core/ports-outlook";
import type { TokenProvider } from "../auth/token-provider";
import { createGraphClient } from "../graph/client";
import { GraphHttp } from "../graph/graph-http";
import { createMeetingKeyResolver } from "./meeting-key";
import { loadAppointmentSeed } from "./simulation-seed";
import type { AppointmentSeed } from "./simulation-seed";

/** What the Outlook host needs from Graph besides the shared Services. */
export interface OutlookServices {
  resolver: MeetingKeyResolver;
  /** Demo only: the organizer's copy of a meeting, to seed the simulated appointment. */
  loadSeed(eventId: string): Promise<AppointmentSeed>;
}

/** Creates the Outlook adapters over the configured Graph. */
export function createOutlookServices(config: AppConfig, tokens: TokenProvider): OutlookServices {
  const http = new GraphHttp(createGraphClient(config, tokens));
  return { resolver: createMeetingKeyResolver(http), loadSeed: (eventId) => loadAppointmentSeed(http, eventId) };
}

export { createOfficeAppointment, appointmentMode } from "./office-appointment";
export { OfficeError } from "./office-error";
export type { AppointmentSeed } from "./simulation-seed";
