/** A meeting surface with no meeting chosen yet: the list it will be chosen from is loading, failed, or empty. */
import type { AppError } from "../../core";
import { useStrings } from "../i18n";
import { MeetingSkeleton } from "../meeting/MeetingSkeleton";
import { ViewError } from "../meeting/ViewError";

/** The state of the list of upcoming meetings a meeting is chosen from (the demo bar's picker). */
export type MeetingListState = { state: "loading" } | { state: "error"; error: AppError; retry: () => void } | { state: "ready"; count: number };

/** Props of NoMeetingChosen. */
export interface NoMeetingChosenProps {
  /** Unknown (inside Teams, where nothing picks a meeting for the user): the sentence only. */
  list: MeetingListState | null;
}

/** While the list loads (or a meeting is about to be picked from it) the skeleton; its failure with a retry; else why nothing shows. */
export function NoMeetingChosen({ list }: NoMeetingChosenProps): JSX.Element {
  const { teams } = useStrings();
  if (list === null) return <p>{teams.noMeetingChosen}</p>;
  switch (list.state) {
    case "loading":
      return <MeetingSkeleton />;
    case "error":
      return <ViewError error={list.error} onRetry={list.retry} />;
    case "ready":
      // With meetings in the list the picker chooses the first at once: the skeleton, not a sentence that flashes by.
      return list.count > 0 ? <MeetingSkeleton /> : <p>{teams.noMeetings}</p>;
  }
}
