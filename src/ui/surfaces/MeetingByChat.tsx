/** A meeting surface opened from a meeting chat without a saved meeting (tab added before configuration was saved). */
import type { MeetingRef } from "../../core";
import { useAsync } from "../async";
import { useEnvironment } from "../environment";
import { MeetingSkeleton } from "../meeting/MeetingSkeleton";
import { ViewError } from "../meeting/ViewError";

/** Props of MeetingByChat. */
export interface MeetingByChatProps {
  chatId: string;
  children: (ref: MeetingRef) => JSX.Element;
}

/** Looks the meeting up by chat (one extra round trip) and renders the surface for it. */
export function MeetingByChat({ chatId, children }: MeetingByChatProps): JSX.Element {
  const { app } = useEnvironment();
  const lookup = useAsync(() => app.meetings.findByChatId(chatId), [app, chatId]);
  const current = lookup.current;
  switch (current.state) {
    case "loading":
      return <MeetingSkeleton />;
    case "error":
      return <ViewError error={current.error} onRetry={lookup.reload} />;
    case "ready":
      return children({ key: current.value.iCalUId, folderName: current.value.folderName });
  }
}
