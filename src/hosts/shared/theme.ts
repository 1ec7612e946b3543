/** Theme names from Teams, the query string and the system preference. */
import type { ThemeName } from "../../core";

/** Teams' app.theme ("default" | "dark" | "contrast") as a theme name. */
export function themeOfTeams(appTheme: string | null | undefined): ThemeName {
  return appTheme === "dark" ? "dark" : appTheme === "contrast" ? "contrast" : "light";
}

/** A ?theme= override ("light" | "dark" | "contrast"), or null. */
export function themeOverride(value: string | null): ThemeName | null {
  return value === "light" || value === "dark" || value === "contrast" ? value : null;
}

/** The system preference outside Teams: forced colours mean high contrast, then dark, else light. */
export function systemTheme(win: Pick<Window, "matchMedia">): ThemeName {
  if (typeof win.matchMedia !== "function") return "light";
  if (win.matchMedia("(forced-colors: active)").matches) return "contrast";
  return win.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Calls `onChange` when the system preference changes; returns the unsubscribe. */
export function followSystemTheme(win: Pick<Window, "matchMedia">, onChange: (theme: ThemeName) => void): () => void {
  if (typeof win.matchMedia !== "function") return () => undefined;
  const queries = [win.matchMedia("(prefers-color-scheme: dark)"), win.matchMedia("(forced-colors: active)")];
  const listener = (): void => onChange(systemTheme(win));
  for (const query of queries) query.addEventListener("change", listener);
  return () => {
    for (const query of queries) query.removeEventListener("change", listener);
  };
}
