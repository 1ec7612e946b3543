/** The meeting tab (frame context "content"): loads the meeting and shows it, or why it cannot. */
import type { MeetingRef } from "../../core";
import { applyAnswer } from "../../app";
import { MeetingContent } from "../meeting/MeetingContent";
import { MeetingSkeleton } from "../meeting/MeetingSkeleton";
import { useMeetingView } from "../meeting/useMeetingView";
import { ViewError } from "../meeting/ViewError";

/** Props of MeetingTab. */
export interface MeetingTabProps {
  meetingRef: MeetingRef;
}

/** Switches over the view's load state. */
export function MeetingTab({ meetingRef }: MeetingTabProps): JSX.Element {
  const view = useMeetingView(meetingRef);
  const current = view.current;
  switch (current.state) {
    case "loading":
      return <MeetingSkeleton />;
    case "error":
      return <ViewError error={current.error} onRetry={view.reload} />;
    case "ready":
      return <MeetingContent view={current.value} onRetry={view.reload} onAnswered={(response) => view.replace((v) => applyAnswer(v, response))} />;
  }
}
