/** The configuration page shown when the tab is added to a meeting: finds the meeting and hands it to the host to save. */
import { makeStyles, MessageBar, MessageBarBody, Spinner, Text, Title2, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { isAppFailure } from "../../core";
import type { MeetingSummary } from "../../core";
import { useAsync } from "../async";
import { useEnvironment } from "../environment";
import { meetingDate } from "../format";
import { useLanguage, useStrings } from "../i18n";
import { MeetingSelect } from "../meeting/MeetingSelect";
import { SectionError } from "../meeting/SectionError";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, maxWidth: "40rem" },
  heading: { margin: 0 },
});

/** Props of ConfigPage. */
export interface ConfigPageProps {
  /** The meeting chat the tab is being added to (Teams context chat.id), null outside a meeting. */
  chatId: string | null;
}

/** What the lookup by chat found: the meeting, or nothing (no chat, or the meeting is not the group's). */
type Lookup = { found: MeetingSummary } | { found: null; reason: "noChat" | "notFound" };

/** Looks the meeting up by chat; when that fails, the organizer picks it from the group's upcoming meetings. */
export default function ConfigPage({ chatId }: ConfigPageProps): JSX.Element {
  const styles = useStyles();
  const { teams } = useStrings();
  const language = useLanguage();
  const { app, host } = useEnvironment();
  const [chosen, setChosen] = useState<MeetingSummary | null>(null);

  const lookup = useAsync<Lookup>(async () => {
    if (chatId === null) return { found: null, reason: "noChat" };
    try {
      return { found: await app.meetings.findByChatId(chatId) };
    } catch (error) {
      if (isAppFailure(error) && error.appError.code === "notFound") return { found: null, reason: "notFound" };
      throw error;
    }
  }, [app, chatId]);
  const upcoming = useAsync(() => app.meetings.listUpcoming(), [app]);

  const lookupState = lookup.current;
  const found = lookupState.state === "ready" ? lookupState.value.found : null;
  const selection = chosen ?? found;
  useEffect(() => {
    host.chooseTabMeeting?.(selection);
  }, [host, selection]);

  const upcomingState = upcoming.current;
  const picker =
    upcomingState.state === "ready" ? (
      <MeetingSelect
        label={teams.configPick}
        meetings={upcomingState.value}
        value={selection?.iCalUId ?? ""}
        placeholder={teams.configPickPlaceholder}
        onChange={setChosen}
      />
    ) : upcomingState.state === "error" ? (
      <SectionError title={teams.configPick} error={upcomingState.error} onRetry={upcoming.reload} />
    ) : (
      <Spinner size="tiny" label={teams.configSearching} />
    );

  return (
    <div className={styles.root}>
      <Title2 as="h1" className={styles.heading}>
        {teams.configHeading}
      </Title2>
      {lookupState.state === "loading" && <Spinner size="small" label={teams.configSearching} />}
      {lookupState.state === "error" && <SectionError title={teams.configNotFound} error={lookupState.error} onRetry={lookup.reload} />}
      {/* The warning asks the organizer to choose: once a meeting is chosen it has been answered. */}
      {lookupState.state === "ready" && lookupState.value.found === null && selection === null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{lookupState.value.reason === "noChat" ? teams.configNoChat : teams.configNotFound}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status">
        {selection !== null && <Text weight="semibold">{teams.configFound(selection.subject, meetingDate(selection.startUtc, language))}</Text>}
      </div>
      {picker}
    </div>
  );
}
