/** The Outlook host's adapters: Office.js appointment, the iCalUId lookup, and the simulation's seed. */
import type { AppConfig } from "../../config";
import type { Services, MeetingKeyResolver, FolderSharing } from "../../core";
import type { TokenProvider } from "../auth/token-provider";
import { graphContext } from "../graph/context";
import { createGraphHttp } from "../graph/graph-path";
import { servicesOver } from "../compose";
import type { ServicesOptions } from "../compose";
import { createSharingStore } from "../graph/sharing-store";
import { createMeetingKeyResolver } from "./meeting-key";
import { loadAppointmentSeed } from "./simulation-seed";
import type { AppointmentSeed } from "./simulation-seed";

/** What the Outlook host needs from Graph besides the shared Services. */
export interface OutlookServices {
  resolver: MeetingKeyResolver;
  /** Demo only: the organizer's copy of a meeting, to seed the simulated appointment. */
  loadSeed(eventId: string): Promise<AppointmentSeed>;
  /** The meeting folder's permissions (issue #15: "Dela handlingarna med deltagarna"). */
  sharing: FolderSharing;
}

/** Everything the Outlook host talks to Graph with: the shared Services and the Outlook adapters. */
export interface OutlookAdapters {
  services: Services;
  outlook: OutlookServices;
}

/** Creates the Services and the Outlook adapters over one Graph path: one transport, auth hook and retry policy. */
export function createOutlookAdapters(config: AppConfig, tokens: TokenProvider, options: ServicesOptions = {}): OutlookAdapters {
  const http = createGraphHttp(config, tokens, options);
  const ctx = graphContext(http, config, http.policy);
  return {
    services: servicesOver(ctx, options.now),
    outlook: {
      resolver: createMeetingKeyResolver(http),
      loadSeed: (eventId) => loadAppointmentSeed(http, eventId),
      sharing: createSharingStore(ctx),
    },
  };
}

export { createOfficeAppointment, appointmentMode } from "./office-appointment";
export { OfficeError } from "./office-error";
export { createOfficeNewMessageForm } from "./new-message";
export type { AppointmentSeed } from "./simulation-seed";
