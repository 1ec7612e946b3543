/** Every use case the UI calls, built once per signed-in user by a host's composition root. */
import type { AppConfig } from "../config";
import type { DocumentWriters, MeetingView, Services } from "../core";
import type { DraftOptions } from "../core/protokoll";
import { createAgendaUseCases } from "./agenda";
import type { AgendaUseCases } from "./agenda";
import { createMeetingUseCases } from "./meetings";
import type { MeetingUseCases } from "./meetings";
import { createOutlookUseCases } from "./outlook";
import type { OutlookHostPorts, OutlookUseCases } from "./outlook";
import { createProtokollDraft } from "./protokollDraft";
import type { DraftResult } from "./protokollDraft";

/** The protokoll actions. */
export interface ProtokollUseCases {
  /** Puts a Word draft of the meeting's protokoll in its folder, never over an existing file. */
  createDraft(view: MeetingView, options: DraftOptions): Promise<DraftResult>;
}

/** The application's use cases. */
export interface UseCases {
  meetings: MeetingUseCases;
  agenda: AgendaUseCases;
  protokoll: ProtokollUseCases;
  /** The Outlook pane's use cases over one appointment (the host's Office.js or simulated one). */
  outlook(host: OutlookHostPorts): OutlookUseCases;
}

/** The ports the use cases are built over: the Graph adapters, the document writers, and a clock. */
export interface AppPorts extends Services {
  writers: DocumentWriters;
  now?: () => Date;
}

/** Builds the use cases once over the ports (one signed-in user, one Graph path). */
export function createUseCases(ports: AppPorts, config: Pick<AppConfig, "groupName" | "sharePointOrigin">): UseCases {
  const now = ports.now ?? (() => new Date());
  const meetings = createMeetingUseCases(ports.meetings);
  return {
    meetings,
    agenda: createAgendaUseCases(ports),
    protokoll: { createDraft: (view, options) => createProtokollDraft(ports, view, options) },
    outlook: (host) => createOutlookUseCases(host, { meetings, documents: ports.documents, writers: ports.writers, config, now }),
  };
}
