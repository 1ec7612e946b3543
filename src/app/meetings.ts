/** Reading meetings and answering invitations; the first view may be a load the host started before the UI arrived. */
import type { MeetingRef, MeetingSource, MeetingSummary, MeetingView, RsvpAction, RsvpOutcome } from "../core";

/** What the UI does with meetings. */
export interface MeetingUseCases {
  /**
   * Starts loading `ref` now (the host's early start, before the UI's code has arrived); the next `load` of the same
   * ref gets this very request, so the page still makes one Graph round trip, only earlier.
   */
  prefetch(ref: MeetingRef): Promise<MeetingView>;
  /** The meeting view: the prefetched load when it is for this ref, else a new one. Any load consumes the prefetch. */
  load(ref: MeetingRef): Promise<MeetingView>;
  listUpcoming(): Promise<MeetingSummary[]>;
  /** The meeting a Teams chat belongs to. */
  findByChatId(chatId: string): Promise<MeetingSummary>;
  /** Sends the user's answer; a definite refusal rejects with an AppFailure, no reply resolves "unknown". */
  answer(eventId: string, action: RsvpAction, comment: string): Promise<RsvpOutcome>;
}

interface Prefetched {
  key: string;
  folderName: string | undefined;
  view: Promise<MeetingView>;
}

/** The meeting use cases over one signed-in user's meeting source (the prefetch belongs to that user only). */
export function createMeetingUseCases(source: MeetingSource): MeetingUseCases {
  let pending: Prefetched | null = null;
  return {
    prefetch(ref) {
      const view = source.loadMeetingView(ref);
      // Until the UI takes it the failure has no handler yet; the UI still receives the rejection from `view` itself.
      view.catch(() => undefined);
      pending = { key: ref.key, folderName: ref.folderName, view };
      return view;
    },
    load(ref) {
      const found = pending;
      pending = null;
      // A later load (retry, another meeting) always asks Graph afresh.
      if (found !== null && found.key === ref.key && found.folderName === ref.folderName) return found.view;
      return source.loadMeetingView(ref);
    },
    listUpcoming: () => source.listUpcoming(),
    findByChatId: (chatId) => source.findByChatId(chatId),
    answer: (eventId, action, comment) => source.respond(eventId, action, comment),
  };
}
