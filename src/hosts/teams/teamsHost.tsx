/** The host inside Teams: initialises teams-js, reads the context, starts the meeting's Graph load, then mounts the UI
 *  (this chunk loads only in a frame; React, Fluent and the UI come in a chunk of their own, fetched meanwhile). */
import { app, meeting, pages } from "@microsoft/teams-js";
import type { AppConfig } from "../../config";
import type { MeetingSummary } from "../../core";
import { meetingToLoad, startAppWhenSilent } from "../shared/earlyStart";
import { detectLanguage } from "../shared/language";
import type { PageQuery } from "../shared/query";
import { withTimeout } from "../shared/standalone";
import { themeOverride } from "../shared/theme";
import { tokenProviderFor } from "../shared/tokens";
import { surfaceOfFrame } from "./frame";
import { refFromEntityId, stageUrl, tabSettingsFor } from "./tabSettings";
import type { TabSettings } from "./tabSettings";
import type { TeamsFrame } from "./teamsRoot";
import { teamsUi } from "./uiChunk";

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

/** The frame's actions over teams-js, for the UI chunk (which does not import the SDK). */
function teamsFrame(config: AppConfig): TeamsFrame {
  return {
    openLink: (url) => {
      void app.openLink(url).catch((error: unknown) => console.error("Sammanträde: app.openLink misslyckades", error));
    },
    shareToStage: (ref, item) => shareAppContentToStage(stageUrl(ref, item, config.appBaseUrl)),
    configureTab: (displayName, failure) => (pages.config.isSupported() ? configureTab(config, displayName, failure) : null),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler(handler),
  };
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
  const surface = surfaceOfFrame(context.page.frameContext, query.surface);
  const meetingRef = query.meetingRef ?? refFromEntityId(context.page.id);
  const loginHint = context.user?.loginHint ?? context.user?.userPrincipalName;
  const tokens = tokenProviderFor(config, { demoUser: query.user, nested: true, ...(loginHint ? { loginHint } : {}) });
  // The view's load starts as soon as a silent token is there, while the UI's code (requested by the entry already,
  // uiChunk.ts) downloads; the UI mounts when both are settled, so it finds the load started or loads itself.
  const [composed, { mountTeams }] = await Promise.all([
    startAppWhenSilent(config, tokens, meetingToLoad(surface, meetingRef)),
    teamsUi ?? import(/* webpackChunkName: "teams-ui" */ "./teamsRoot"),
  ]);
  mountTeams({
    config,
    frame: teamsFrame(config),
    composed,
    language,
    surface,
    meetingRef,
    initialItem: query.item ?? undefined,
    chatId: context.chat?.id ?? null,
    forcedTheme: themeOverride(query.theme),
    teamsTheme: context.app.theme,
  });
  app.notifySuccess();
  return true;
}
