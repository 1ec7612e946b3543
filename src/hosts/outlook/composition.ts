/**
 * The composition root of the Outlook pane (inside Outlook and in the demo's simulation): the one place it builds the
 * Graph path, the adapters and the use cases, once per signed-in user.
 */
import { createOutlookUseCases, createUseCases } from "../../app";
import type { OutlookUseCases, UseCases } from "../../app";
import type { AppConfig } from "../../config";
import type { HostAppointment, NewMessageForm } from "../../core";
import type { TokenProvider, AppointmentSeed } from "../../services";
import { createOutlookAdapters } from "../../services";
import { lazyDocumentWriters } from "../shared/lazyWriters";

/** What the pane is built from for one user. */
export interface OutlookComposition {
  app: UseCases;
  /** The pane's use cases over an appointment (Office.js's, or a simulated one), with Outlook's message form if any. */
  pane(appointment: HostAppointment, messages?: NewMessageForm): OutlookUseCases;
  /** Demo only: a meeting's copy in this user's calendar, to seed the simulated appointment. */
  loadSeed(eventId: string): Promise<AppointmentSeed>;
}

/** The pane's use cases and adapters for the user the tokens sign in as, over one Graph path. */
export function composeOutlook(config: AppConfig, tokens: TokenProvider): OutlookComposition {
  const { services, outlook } = createOutlookAdapters(config, tokens);
  const app = createUseCases({ ...services, writers: lazyDocumentWriters });
  const paneWith = { meetings: app.meetings, documents: services.documents, writers: lazyDocumentWriters, config, now: () => new Date() };
  return {
    app,
    pane: (appointment, messages) => createOutlookUseCases({ appointment, resolver: outlook.resolver, sharing: outlook.sharing, ...(messages === undefined ? {} : { messages }) }, paneWith),
    loadSeed: (eventId) => outlook.loadSeed(eventId),
  };
}
