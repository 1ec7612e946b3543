/** The task pane's theme: Outlook's own (Office.context.officeTheme), or outside Outlook ?theme= and the system's. */
import { useEffect, useState } from "react";
import type { ThemeName } from "../../core";
import { followSystemTheme, systemTheme, themeOverride } from "../shared/theme";

/** Outlook's theme colours as Office.js gives them (Office.context.officeTheme); absent on older clients. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

// Relative luminance of "#rrggbb" (WCAG), or null for anything else.
function luminance(color: string | undefined): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? "");
  if (match === null) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => {
    const c = parseInt(hex as string, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Forced colours (Windows high contrast) first, then Outlook's dark body background, then the system preference. */
export function outlookTheme(officeTheme: OfficeThemeColors | undefined, win: Pick<Window, "matchMedia">): ThemeName {
  const system = systemTheme(win);
  if (system === "contrast") return "contrast";
  const body = luminance(officeTheme?.bodyBackgroundColor);
  if (body !== null) return body < 0.2 ? "dark" : "light";
  return system;
}

/** The simulation's theme: ?theme= when given, else the system's, followed while the page is open. */
export function useSimulationTheme(query: string | null): ThemeName {
  const forced = themeOverride(query);
  const [theme, setTheme] = useState<ThemeName>(() => forced ?? systemTheme(window));
  useEffect(() => (forced ? undefined : followSystemTheme(window, setTheme)), [forced]);
  return forced ?? theme;
}
