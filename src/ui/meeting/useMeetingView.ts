/** Loads one meeting view (one Graph round trip) and lets the UI apply confirmed changes to it. */
import type { MeetingRef, MeetingView } from "../../core";
import { useAsync } from "../async";
import type { AsyncHandle } from "../async";
import { useEnvironment } from "../environment";

/** The meeting view of `ref`, reloaded when the ref or the services (signed-in user) change. */
export function useMeetingView(ref: MeetingRef): AsyncHandle<MeetingView> {
  const { services } = useEnvironment();
  return useAsync(() => services.meetings.loadMeetingView(ref), [services, ref.key, ref.folderName]);
}
