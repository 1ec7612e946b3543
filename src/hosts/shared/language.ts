/** Chooses the UI language: an explicit ?lang= wins, then the Teams or browser locale; Swedish by default. */
import type { Language } from "../../core";

/** The language for a locale such as "en-GB" or "sv-SE": English only for English locales. */
export function languageOfLocale(locale: string | null | undefined): Language {
  return typeof locale === "string" && /^en\b/i.test(locale.trim()) ? "en" : "sv";
}

/** The UI language from an override ("sv" | "en") or else the first locale given. */
export function detectLanguage(override: string | null, locale: string | null | undefined): Language {
  if (override === "sv" || override === "en") return override;
  return languageOfLocale(locale);
}
