/** Computes the meeting view's styles while it still loads, so that only the agenda's own render follows the answer. */
import { useAgendaListStyles } from "./AgendaList";
import { useAgendaItemStyles } from "./AgendaItemView";
import { useAttachmentStyles } from "./AttachmentList";
import { useContentStyles } from "./MeetingContent";
import { useHeaderStyles } from "./MeetingHeader";
import { usePlainStyles } from "./plainStyles";
import { useDecisionStyles } from "./ProposedDecisions";

/**
 * Calls the view's makeStyles hooks and discards the classes: Griffel resolves a hook's rules and inserts its CSS on
 * the hook's first call, which would otherwise happen in the render that shows the agenda (tens of ms at 50 items).
 */
export function usePreparedMeetingStyles(): void {
  useHeaderStyles();
  useContentStyles();
  useAgendaListStyles();
  useAgendaItemStyles();
  usePlainStyles();
  useDecisionStyles();
  useAttachmentStyles();
}
