/** Fluent's Teams themes by name, and the page-level styles every root shares. */
import { makeStyles, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, tokens } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
import type { ThemeName } from "../surface";

/** Teams light, dark and high-contrast themes. */
export const THEMES: Record<ThemeName, Theme> = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

/** Full-height themed page and the centred main column. */
export const useShellStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  main: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, maxWidth: "80rem", margin: "0 auto", boxSizing: "border-box" },
  stage: { padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}` },
});
