/** Loads one meeting view (one Graph round trip) and lets the UI apply confirmed changes to it. */
import type { MeetingRef, MeetingView } from "../../core";
import { useAsync } from "../async";
import type { AsyncHandle } from "../async";
import { useEnvironment } from "../environment";
import { takePrefetchedMeetingView } from "./prefetch";

/** The meeting view of `ref`, reloaded when the ref or the services (signed-in user) change; the first load may be the host's prefetch. */
export function useMeetingView(ref: MeetingRef): AsyncHandle<MeetingView> {
  const { services } = useEnvironment();
  return useAsync(() => takePrefetchedMeetingView(services, ref) ?? services.meetings.loadMeetingView(ref), [services, ref.key, ref.folderName]);
}
