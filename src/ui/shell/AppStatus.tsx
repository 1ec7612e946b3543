/** The page before a host can show a surface: still starting, or failed to start (with a retry). */
import { FluentProvider } from "@fluentui/react-components";
import type { AppError, Language, ThemeName } from "../../core";
import { LanguageProvider } from "../i18n";
import { MeetingSkeleton } from "../meeting/MeetingSkeleton";
import { ViewError } from "../meeting/ViewError";
import { THEMES, useShellStyles } from "./themes";

/** Starting, or failed with a typed error. */
export type StartState = { state: "loading" } | { state: "error"; error: AppError; onRetry: () => void };

/** Props of AppStatus. */
export interface AppStatusProps {
  language: Language;
  theme: ThemeName;
  status: StartState;
}

/** Renders the skeleton or the error inside the themed page. */
export function AppStatus({ language, theme, status }: AppStatusProps): JSX.Element {
  const styles = useShellStyles();
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.provider} dir="ltr">
      <LanguageProvider value={language}>
        <main className={styles.main}>{status.state === "loading" ? <MeetingSkeleton /> : <ViewError error={status.error} onRetry={status.onRetry} />}</main>
      </LanguageProvider>
    </FluentProvider>
  );
}
