/** Why the pane offers no editor: the appointment is not in the group's calendar, or the invitation is not the group's. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PaneAccess } from "../../core";
import { useEnvironment } from "../environment";
import { useStrings } from "../i18n";
import type { AppointmentFacts } from "../../app";

/** Props of ReadOnlyNotice. */
export interface ReadOnlyNoticeProps {
  access: Extract<PaneAccess, "notGroupCalendar" | "notGroupMeeting">;
  facts: AppointmentFacts;
}

/** Renders the notice; nothing is linked, looked up by date and subject, or written. */
export function ReadOnlyNotice({ access, facts }: ReadOnlyNoticeProps): JSX.Element {
  const { outlook } = useStrings();
  const { config } = useEnvironment();
  const organizer = config.organizerMailbox;
  const title = access === "notGroupCalendar" ? outlook.notGroupCalendarTitle : outlook.notGroupMeetingTitle;
  const text =
    access === "notGroupMeeting" ? outlook.notGroupMeeting(organizer) : facts.owner === null ? outlook.ownerUnknown(organizer) : outlook.notGroupCalendar(facts.owner.mailbox, organizer);
  return (
    <MessageBar intent="info" layout="multiline" data-testid="read-only-notice">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {text}
      </MessageBarBody>
    </MessageBar>
  );
}
