/** What a host gives the UI: the use cases, the host's own actions, and the few settings the UI needs. */
import { createContext, useContext } from "react";
import type { UseCases } from "../app";
import type { AppConfig } from "../config";
import type { MeetingRef, MeetingSummary } from "../core";

/** Everything that needs teams-js or the browser window, done by the host on the UI's behalf. */
export interface HostActions {
  /** Opens a URL outside the tab (Teams: app.openLink; a browser: a new tab without opener). */
  openLink(url: string): void;
  /** Shows the meeting on the meeting stage from the given item; absent where there is no stage. */
  shareToStage?: (ref: MeetingRef, itemNumber: number) => Promise<void>;
  /** Configuration page: the meeting the tab will be saved with, or null while none is valid. */
  chooseTabMeeting?: (meeting: MeetingSummary | null) => void;
}

/** The settings the UI reads. */
export type UiConfig = Pick<AppConfig, "mode" | "sharePointOrigin" | "organizerMailbox" | "groupName"> & Partial<Pick<AppConfig, "protokollTemplatePath">>;

/** The UI's view of its host. */
export interface UiEnvironment {
  /** The use cases, built once per signed-in user by the host's composition root. */
  app: UseCases;
  host: HostActions;
  config: UiConfig;
}

const EnvironmentContext = createContext<UiEnvironment | null>(null);

/** Provides the environment to the UI below. */
export const EnvironmentProvider = EnvironmentContext.Provider;

/** The host's environment; throws when a component is rendered outside a host. */
export function useEnvironment(): UiEnvironment {
  const environment = useContext(EnvironmentContext);
  if (environment === null) throw new Error("useEnvironment utanför EnvironmentProvider");
  return environment;
}
