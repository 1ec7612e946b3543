/** Fluent's Teams themes by name, and the page-level styles every root shares. */
import { makeStyles, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, tokens } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
import type { ThemeName } from "../../core";

/** Teams light, dark and high-contrast themes. */
export const THEMES: Record<ThemeName, Theme> = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

/** Full-height themed page and the centred main column; narrow frames wrap rather than scroll, and print plain. */
export const useShellStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Inherited by every text: a one-word heading ("Kommundirektörsmöte" at 32 px) is wider than the 320 px side panel.
    overflowWrap: "anywhere",
    hyphens: "auto",
    // Native selects size to their longest option (a meeting's name and date): held to the width they are given.
    "& .fui-Field, & .fui-Select, & select": { maxWidth: "100%", minWidth: 0 },
    // Paper has no buttons: the printed agenda reads like a kallelse (the beslutsförslag print open, see ProposedDecisions).
    "@media print": {
      minHeight: 0,
      backgroundColor: "transparent",
      color: "black",
      // Paper is wide enough, and a printed kallelse quotes its clauses whole.
      hyphens: "manual",
      "& button, & select, & input, & textarea, & [role=progressbar]": { display: "none" },
    },
  },
  main: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    maxWidth: "80rem",
    margin: "0 auto",
    boxSizing: "border-box",
    // The side panel is 320 px: its padding leaves the content 272 px, so no control may insist on more.
    "@media (max-width: 400px)": { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
    "@media print": { padding: 0, maxWidth: "none" },
  },
  /** Shown on screen only (the demo bar, banners): left out of a printout. */
  screenOnly: { "@media print": { display: "none" } },
  stage: { padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}` },
});
