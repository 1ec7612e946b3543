/** Every use case the UI calls, built once per signed-in user by a host's composition root. */
import { ExpectedFailure } from "../core";
import type { DocumentWriters, MeetingView, Services } from "../core";
import type { DraftOptions } from "../core/protokoll";
import { createAgendaUseCases } from "./agenda";
import type { AgendaUseCases } from "./agenda";
import { createMeetingUseCases } from "./meetings";
import type { MeetingUseCases } from "./meetings";
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
}

/** The ports the use cases are built over: the Graph adapters and the document writers. */
export interface AppPorts extends Services {
  writers: DocumentWriters;
}

/**
 * Builds the use cases once over the ports (one signed-in user, one Graph path). The Outlook pane adds its own over
 * these (createOutlookUseCases), so the tab's first download carries none of the kallelse or sharing code.
 */
export function createUseCases(ports: AppPorts): UseCases {
  return {
    meetings: createMeetingUseCases(ports.meetings),
    agenda: createAgendaUseCases(ports),
    protokoll: {
      async createDraft(view, options) {
        // The orchestration and the protokoll model come with the writer's chunk (same name: one download, on the click).
        const { createProtokollDraft } = await import(/* webpackChunkName: "protokoll-writer" */ "./protokollDraft").catch((error: unknown) => {
          // A chunk that fails to load is a network problem the user can retry, not a bug.
          throw new ExpectedFailure("offline", `protokoll chunk failed to load: ${String(error)}`);
        });
        return createProtokollDraft({ ...ports, record: ports }, view, options);
      },
    },
  };
}
