/** The root of the Teams surfaces: theme, language, error boundary, the host's environment, and the chosen surface. */
import { FluentProvider, mergeClasses } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { ReactNode } from "react";
import type { MeetingRef, RecordPorts, Language, Surface, ThemeName } from "../core";
import { EnvironmentProvider } from "./environment";
import type { UiEnvironment } from "./environment";
import { LanguageProvider, stringsFor } from "./i18n";
import { RecordPortsProvider } from "./record/context";
import { MeetingSkeleton } from "./meeting/MeetingSkeleton";
import { ErrorBoundary } from "./shell/ErrorBoundary";
import { OfflineBanner } from "./shell/OfflineBanner";
import { THEMES, useShellStyles } from "./shell/themes";
import { usePrinting } from "./shell/usePrinting";
import { MeetingByChat } from "./surfaces/MeetingByChat";
import { MeetingTab } from "./surfaces/MeetingTab";
import { NoMeetingChosen } from "./surfaces/NoMeetingChosen";
import type { MeetingListState } from "./surfaces/NoMeetingChosen";

// Only the meeting tab is in the first download; the other surfaces are fetched when shown.
const SidePanel = lazy(() => import("./surfaces/SidePanel"));
const Stage = lazy(() => import("./surfaces/Stage"));
const ConfigPage = lazy(() => import("./surfaces/ConfigPage"));
const PersonalTab = lazy(() => import("./surfaces/PersonalTab"));


/** Props of App. */
export interface AppProps {
  environment: UiEnvironment;
  language: Language;
  theme: ThemeName;
  surface: Surface;
  /** The meeting shown by the meeting surfaces; null when none is chosen yet. */
  meetingRef: MeetingRef | null;
  /** Side panel and stage start at this item. */
  initialItem?: number;
  /** The meeting chat the tab lives in: the configuration page looks the meeting up by it, and so do meeting surfaces without a meetingRef. */
  chatId?: string | null;
  /** Rendered above the surface (the demo bar outside Teams). */
  banner?: ReactNode;
  /** The list a meeting is being chosen from (the demo bar's), while meetingRef is null; null when nothing picks one. */
  meetingList?: MeetingListState | null;
  /** The record's ports (issue 13); absent where the host cannot record, and record mode is then not offered. */
  recordPorts?: RecordPorts | null;
}

function SurfaceView({ surface, meetingRef, initialItem, chatId, meetingList }: Pick<AppProps, "surface" | "meetingRef" | "initialItem" | "chatId" | "meetingList">): JSX.Element {
  switch (surface) {
    case "config":
      return <ConfigPage chatId={chatId ?? null} />;
    case "personal":
      return <PersonalTab />;
    case "content":
    case "sidePanel":
    case "stage":
      if (meetingRef !== null) return meetingSurface(surface, meetingRef, initialItem ?? 1);
      if (chatId) return <MeetingByChat chatId={chatId}>{(ref) => meetingSurface(surface, ref, initialItem ?? 1)}</MeetingByChat>;
      return <NoMeetingChosen list={meetingList ?? null} />;
  }
}

function meetingSurface(surface: "content" | "sidePanel" | "stage", meetingRef: MeetingRef, initialItem: number): JSX.Element {
  switch (surface) {
    case "content":
      return <MeetingTab meetingRef={meetingRef} />;
    case "sidePanel":
      return <SidePanel meetingRef={meetingRef} initialItem={initialItem} />;
    case "stage":
      return <Stage meetingRef={meetingRef} initialItem={initialItem} />;
  }
}

/** Renders one surface inside the providers every surface needs. */
export function App({ environment, language, theme, surface, meetingRef, initialItem, chatId, banner, meetingList, recordPorts = null }: AppProps): JSX.Element {
  const styles = useShellStyles();
  // Paper is white: a dark theme's light text would print invisible.
  const printing = usePrinting();
  return (
    <FluentProvider theme={THEMES[printing ? "light" : theme]} className={styles.provider} dir="ltr">
      <LanguageProvider value={language}>
        <ErrorBoundary strings={stringsFor(language)}>
          <EnvironmentProvider value={environment}>
            <RecordPortsProvider value={recordPorts}>
              {banner}
              <main className={mergeClasses(styles.main, surface === "stage" && styles.stage)}>
                <OfflineBanner />
                <Suspense fallback={<MeetingSkeleton />}>
                  <SurfaceView surface={surface} meetingRef={meetingRef} initialItem={initialItem} chatId={chatId} meetingList={meetingList} />
                </Suspense>
              </main>
            </RecordPortsProvider>
          </EnvironmentProvider>
        </ErrorBoundary>
      </LanguageProvider>
    </FluentProvider>
  );
}
