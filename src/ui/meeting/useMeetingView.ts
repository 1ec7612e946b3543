/** Loads one meeting view (one Graph round trip) and lets the UI apply confirmed changes to it. */
import type { MeetingRef, MeetingView } from "../../core";
import { useAsync } from "../async";
import type { AsyncHandle } from "../async";
import { useEnvironment } from "../environment";

/** The meeting view of `ref`, reloaded when the ref or the use cases (signed-in user) change; the first load may be the host's prefetch. */
export function useMeetingView(ref: MeetingRef): AsyncHandle<MeetingView> {
  const { app } = useEnvironment();
  return useAsync(() => app.meetings.load(ref), [app, ref.key, ref.folderName]);
}
