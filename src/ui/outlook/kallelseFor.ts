/** Builds the kallelse HTML for the appointment from its current facts and the freshly loaded meeting view. */
import type { AppConfig } from "../../config";
import type { MeetingView } from "../../core";
import { buildKallelse, findTeamsJoinBlock, renderKallelseHtml } from "../../core/kallelse";
import type { AppointmentFacts } from "./facts";

/** The kallelse HTML, or null when the agenda section could not be loaded (a kallelse without it would mislead). */
export function kallelseFor(
  facts: AppointmentFacts,
  view: MeetingView,
  bodyHtml: string,
  groupName: string,
  config: Pick<AppConfig, "sharePointOrigin">,
): { html: string; items: number } | null {
  if (view.agenda.state !== "ready") return null;
  const kallelse = buildKallelse({
    groupName,
    meetingNumber: view.meetingNumber,
    // The appointment's own time and place win: the secretariat may have changed them since the last save.
    startUtc: facts.startUtc,
    endUtc: facts.endUtc,
    location: facts.location,
    online: findTeamsJoinBlock(bodyHtml) !== null,
    agenda: view.agenda.value,
    contact: view.meeting.organizer,
  });
  return { html: renderKallelseHtml(kallelse, { sharePointOrigin: config.sharePointOrigin }), items: kallelse.items.length };
}
