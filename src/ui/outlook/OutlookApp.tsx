/** The root of the Outlook task pane: theme, language, error boundary, the environments, and the pane itself. */
import { FluentProvider, makeStyles, Spinner, teamsHighContrastTheme, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { ReactNode } from "react";
import type { Language, ThemeName } from "../../core";
import { EnvironmentProvider } from "../environment";
import type { UiEnvironment } from "../environment";
import { LanguageProvider, stringsFor } from "../i18n";
import { ErrorBoundary } from "../shell/ErrorBoundary";
import { OfflineBanner } from "../shell/OfflineBanner";
import { OutlookHostProvider } from "./outlookHost";
import type { OutlookHost } from "./outlookHost";

/** Outlook's light and dark themes are Fluent's web themes; high contrast is shared with Teams. */
const THEMES: Record<ThemeName, Theme> = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };

const TaskPane = lazy(() => import("./TaskPane"));

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  // Outside Outlook the pane sits at the right of the simulated appointment, at a task pane's width.
  layout: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(20rem, 28rem)", "@media (max-width: 48rem)": { gridTemplateColumns: "1fr" } },
  main: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, boxSizing: "border-box" },
});

/** Props of OutlookApp. */
export interface OutlookAppProps {
  environment: UiEnvironment;
  outlookHost: OutlookHost;
  language: Language;
  /** The host's theme (Outlook's, or the system's outside Outlook); light when not given. */
  theme?: ThemeName;
  /** Rendered above the pane (the simulation's banner). */
  banner?: ReactNode;
  /** Rendered beside the pane: the simulated appointment outside Outlook. */
  simulation?: ReactNode;
}

/** Renders the task pane inside the providers. */
export function OutlookApp({ environment, outlookHost, language, theme = "light", banner, simulation }: OutlookAppProps): JSX.Element {
  const styles = useStyles();
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.provider} dir="ltr">
      <LanguageProvider value={language}>
        <ErrorBoundary strings={stringsFor(language)}>
          <EnvironmentProvider value={environment}>
            <OutlookHostProvider value={outlookHost}>
              {banner}
              <div className={simulation ? styles.layout : undefined}>
                {simulation}
                <main className={styles.main}>
                  <OfflineBanner />
                  <Suspense fallback={<Spinner />}>
                    <TaskPane />
                  </Suspense>
                </main>
              </div>
            </OutlookHostProvider>
          </EnvironmentProvider>
        </ErrorBoundary>
      </LanguageProvider>
    </FluentProvider>
  );
}
