/** The UI inside Teams: the themed App with the frame's actions (a chunk that downloads while teams-js starts and
 *  Graph answers; it does not import teams-js itself, so the SDK is downloaded once, with the host chunk). */
import { useEffect, useState } from "react";
import type { AppConfig } from "../../config";
import type { MeetingRef, MeetingSummary, RecordPorts, Language, Surface, ThemeName } from "../../core";
import { App, stringsFor } from "../../ui";
import type { HostActions, UiEnvironment } from "../../ui";
import { mount } from "../shared/mount";
import type { TabComposition } from "./composition";
import { themeOfTeams } from "../shared/theme";
import { warmIntlSoon } from "../shared/warmIntl";

/** What the frame offers, done with teams-js by the host chunk. */
export interface TeamsFrame {
  openLink(url: string): void;
  /** Side panel: shows the meeting on the stage from the given item. */
  shareToStage(ref: MeetingRef, itemNumber: number): Promise<void>;
  /** Configuration page: registers the save handler; returns what the UI calls when a meeting is chosen; null where unsupported. */
  configureTab(displayName: string, failure: string): ((meeting: MeetingSummary | null) => void) | null;
  /** Follows Teams' theme changes. */
  onThemeChange(handler: (teamsTheme: string) => void): void;
}

interface TeamsRootProps {
  environment: UiEnvironment;
  recordPorts: RecordPorts;
  initialTheme: ThemeName;
  followTheme: boolean;
  onThemeChange: TeamsFrame["onThemeChange"];
  language: Language;
  surface: Surface;
  meetingRef: MeetingRef | null;
  initialItem: number | undefined;
  chatId: string | null;
}

function TeamsRoot({ environment, recordPorts, initialTheme, followTheme, onThemeChange, language, surface, meetingRef, initialItem, chatId }: TeamsRootProps): JSX.Element {
  const [theme, setTheme] = useState(initialTheme);
  useEffect(() => {
    if (followTheme) onThemeChange((next) => setTheme(themeOfTeams(next)));
  }, [followTheme, onThemeChange]);
  return <App environment={environment} recordPorts={recordPorts} language={language} theme={theme} surface={surface} meetingRef={meetingRef} initialItem={initialItem} chatId={chatId} />;
}

/** What the Teams host learnt before the UI loaded: the frame, the user's use cases, the meeting. */
export interface TeamsStart {
  config: AppConfig;
  frame: TeamsFrame;
  composed: TabComposition;
  language: Language;
  surface: Surface;
  meetingRef: MeetingRef | null;
  initialItem: number | undefined;
  chatId: string | null;
  /** A ?theme= override; null follows Teams' theme. */
  forcedTheme: ThemeName | null;
  /** Teams' app.theme at start. */
  teamsTheme: string | undefined;
}

/** Gives the UI the frame's actions for its surface (open links, share to stage, save the tab) and mounts it. */
export function mountTeams(start: TeamsStart): void {
  const { config, frame, language, surface } = start;
  const strings = stringsFor(language);
  const host: HostActions = { openLink: (url) => frame.openLink(url) };
  if (surface === "sidePanel") host.shareToStage = (ref, item) => frame.shareToStage(ref, item);
  if (surface === "config") {
    const choose = frame.configureTab(strings.teams.agendaHeading, strings.teams.configNotFound);
    if (choose !== null) host.chooseTabMeeting = choose;
  }

  mount(
    <TeamsRoot
      environment={{ app: start.composed.app, host, config }}
      recordPorts={start.composed.recordPorts}
      initialTheme={start.forcedTheme ?? themeOfTeams(start.teamsTheme)}
      followTheme={start.forcedTheme === null}
      onThemeChange={frame.onThemeChange}
      language={language}
      surface={surface}
      meetingRef={start.meetingRef}
      initialItem={start.initialItem}
      chatId={start.chatId}
    />,
    language,
  );
  warmIntlSoon();
}
