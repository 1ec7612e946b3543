/** A meeting view the host started loading before the UI's code had arrived, handed to the UI's first load once. */
import type { MeetingRef, MeetingView, Services } from "../../core";

interface Prefetched {
  services: Services;
  key: string;
  folderName: string | undefined;
  view: Promise<MeetingView>;
}

let pending: Prefetched | null = null;

/**
 * Starts `services.meetings.loadMeetingView(ref)` now; the first `takePrefetchedMeetingView` with the same services
 * and ref gets this very promise, so the page still makes one Graph round trip, only earlier.
 */
export function prefetchMeetingView(services: Services, ref: MeetingRef): Promise<MeetingView> {
  const view = services.meetings.loadMeetingView(ref);
  // Until the UI takes it the failure has no handler yet; the UI still receives the rejection from `view` itself.
  view.catch(() => undefined);
  pending = { services, key: ref.key, folderName: ref.folderName, view };
  return view;
}

/**
 * The prefetched load when it is for these services (the same signed-in user) and this meeting, else null.
 * Any call consumes the prefetch: a later load (retry, another meeting, another user) always asks Graph afresh.
 */
export function takePrefetchedMeetingView(services: Services, ref: MeetingRef): Promise<MeetingView> | null {
  const found = pending;
  pending = null;
  if (found === null || found.services !== services || found.key !== ref.key || found.folderName !== ref.folderName) return null;
  return found.view;
}
