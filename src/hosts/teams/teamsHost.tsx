/** The host inside Teams: initialises teams-js, reads the context, and gives the UI its actions (this chunk loads only in a frame). */
import { app, meeting, pages } from "@microsoft/teams-js";
import { useEffect, useState } from "react";
import type { AppConfig } from "../../config";
import type { MeetingRef, MeetingSummary } from "../../core";
import { createServices } from "../../services";
import { App } from "../../ui/App";
import type { HostActions, UiEnvironment } from "../../ui/environment";
import { stringsFor } from "../../ui/i18n";
import type { Surface, ThemeName } from "../../ui/surface";
import { detectLanguage } from "../shared/language";
import { mount } from "../shared/mount";
import type { PageQuery } from "../shared/query";
import { withTimeout } from "../shared/standalone";
import { themeOfTeams, themeOverride } from "../shared/theme";
import { tokenProviderFor } from "../shared/tokens";
import { surfaceOfFrame } from "./frame";
import { refFromEntityId, stageUrl, tabSettingsFor } from "./tabSettings";
import type { TabSettings } from "./tabSettings";

/** How long a frame may take to answer app.initialize before the page runs as a plain web page (the SDK waits 60 s). */
export const TEAMS_INIT_TIMEOUT_MS = 3000;

function shareAppContentToStage(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    meeting.shareAppContentToStage((error) => {
      if (error) reject(new Error(`shareAppContentToStage: ${error.errorCode} ${error.message ?? ""}`));
      else resolve();
    }, url);
  });
}

/** Registers the configuration page's save handler; returns what the UI calls when a meeting is chosen. */
function configureTab(config: AppConfig, displayName: string, failure: string): (meeting: MeetingSummary | null) => void {
  let settings: TabSettings | null = null;
  pages.config.registerOnSaveHandler((event) => {
    if (settings === null) {
      event.notifyFailure(failure);
      return;
    }
    pages.config.setConfig(settings).then(
      () => event.notifySuccess(),
      (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : failure),
    );
  });
  return (chosen) => {
    settings = chosen === null ? null : tabSettingsFor(chosen, config.appBaseUrl, displayName);
    pages.config.setValidityState(settings !== null);
  };
}

interface TeamsRootProps {
  environment: UiEnvironment;
  initialTheme: ThemeName;
  followTheme: boolean;
  language: ReturnType<typeof detectLanguage>;
  surface: Surface;
  meetingRef: MeetingRef | null;
  initialItem: number | undefined;
  chatId: string | null;
}

function TeamsRoot({ environment, initialTheme, followTheme, language, surface, meetingRef, initialItem, chatId }: TeamsRootProps): JSX.Element {
  const [theme, setTheme] = useState(initialTheme);
  useEffect(() => {
    if (followTheme) app.registerOnThemeChangeHandler((next) => setTheme(themeOfTeams(next)));
  }, [followTheme]);
  return <App environment={environment} language={language} theme={theme} surface={surface} meetingRef={meetingRef} initialItem={initialItem} chatId={chatId} />;
}

/**
 * Initialises teams-js within the timeout and mounts the UI for the frame context.
 * Resolves false when no Teams host answered, so the caller runs the page standalone.
 */
export async function startInTeams(config: AppConfig, query: PageQuery): Promise<boolean> {
  try {
    await withTimeout(app.initialize(), TEAMS_INIT_TIMEOUT_MS);
  } catch {
    return false;
  }
  const context = await app.getContext();
  const language = detectLanguage(query.lang, context.app.locale);
  const strings = stringsFor(language);
  const surface = surfaceOfFrame(context.page.frameContext, query.surface);
  const loginHint = context.user?.loginHint ?? context.user?.userPrincipalName;
  const services = createServices(config, tokenProviderFor(config, { demoUser: query.user, nested: true, ...(loginHint ? { loginHint } : {}) }));

  const host: HostActions = {
    openLink: (url) => {
      void app.openLink(url).catch((error: unknown) => console.error("Sammanträde: app.openLink misslyckades", error));
    },
  };
  if (surface === "sidePanel") host.shareToStage = (ref, item) => shareAppContentToStage(stageUrl(ref, item, config.appBaseUrl));
  if (surface === "config" && pages.config.isSupported()) host.chooseTabMeeting = configureTab(config, strings.teams.agendaHeading, strings.teams.configNotFound);

  const forcedTheme = themeOverride(query.theme);
  mount(
    <TeamsRoot
      environment={{ services, host, config }}
      initialTheme={forcedTheme ?? themeOfTeams(context.app.theme)}
      followTheme={forcedTheme === null}
      language={language}
      surface={surface}
      meetingRef={query.meetingRef ?? refFromEntityId(context.page.id)}
      initialItem={query.item ?? undefined}
      chatId={context.chat?.id ?? null}
    />,
    language,
  );
  app.notifySuccess();
  return true;
}
