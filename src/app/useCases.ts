/** Every use case the UI calls, built once per signed-in user by a host's composition root. */
import { ExpectedFailure, finalReadiness } from "../core";
import type { DocumentWriters, MeetingView, Services, DraftOptions, FinalReadiness } from "../core";
import { createAgendaUseCases } from "./agenda";
import type { AgendaUseCases } from "./agenda";
import { createMeetingUseCases } from "./meetings";
import type { MeetingUseCases } from "./meetings";
import type { DraftResult } from "./protokollDraft";
import type { FinalStep } from "./protokoll/final-error";
import type { FinalProtokollResult } from "./protokoll/final-result";

/** The protokoll actions. */
export interface ProtokollUseCases {
  /** Puts a Word draft of the meeting's protokoll in its folder, never over an existing file. */
  createDraft(view: MeetingView, options: DraftOptions): Promise<DraftResult>;
  /** *Skapa slutligt protokoll*: the final .docx and its PDF in the folder, both named in the register; told each step. */
  createFinal(view: MeetingView, options: DraftOptions, onStep?: (step: FinalStep) => void): Promise<FinalProtokollResult>;
  /** Whether the record is complete enough for the final protokoll, by the register row as it is now. */
  finalReadiness(meetingKey: string): Promise<FinalReadiness>;
  /** A short view link to a file (the protokoll's PDF) granting no new access; null where none can be made. */
  viewLink(fileId: string): Promise<string | null>;
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
      async createFinal(view, options, onStep) {
        // The same chunk as the draft's writer: one download, on the click.
        const { runFinalProtokoll } = await import(/* webpackChunkName: "protokoll-writer" */ "./protokoll/final-run").catch((error: unknown) => {
          throw new ExpectedFailure("offline", `protokoll chunk failed to load: ${String(error)}`);
        });
        return runFinalProtokoll({ ...ports, record: ports }, view, options, onStep);
      },
      finalReadiness: async (meetingKey) => finalReadiness(await ports.register.find(meetingKey)),
      viewLink: async (fileId) => (await ports.documents.viewLinks([fileId])).get(fileId) ?? null,
    },
  };
}
