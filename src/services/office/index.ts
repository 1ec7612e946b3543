/** The Outlook host's adapters: Office.js appointment, the iCalUId lookup, and the simulation's seed. */
import type { AppConfig } from "../../config";
import type { MeetingKeyResolver, FolderSharing } from "../../core";
import type { TokenProvider } from "../auth/token-provider";
import { graphContext } from "../graph/context";
import { createGraphHttp } from "../graph/graph-path";
import type { GraphPathOptions } from "../graph/graph-path";
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

/** Creates the Outlook adapters over the same Graph path and retry policy as the shared Services. */
export function createOutlookServices(config: AppConfig, tokens: TokenProvider, options: GraphPathOptions = {}): OutlookServices {
  const http = createGraphHttp(config, tokens, options);
  return {
    resolver: createMeetingKeyResolver(http),
    loadSeed: (eventId) => loadAppointmentSeed(http, eventId),
    sharing: createSharingStore(graphContext(http, config, http.policy)),
  };
}

export { createOfficeAppointment, appointmentMode } from "./office-appointment";
export { OfficeError } from "./office-error";
export { createOfficeNewMessageForm } from "./new-message";
export type { AppointmentSeed } from "./simulation-seed";
