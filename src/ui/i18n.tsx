/** The UI language and its strings, provided once at the root. */
import { createContext, useContext } from "react";
import type { Language } from "../core/i18n/errors";
import { en } from "../core/i18n/en";
import { sv } from "../core/i18n/sv";
import type { Strings } from "../core/i18n/sv";

const CATALOGS: Record<Language, Strings> = { sv, en };

/** The strings of a language. */
export function stringsFor(language: Language): Strings {
  return CATALOGS[language];
}

const LanguageContext = createContext<Language>("sv");

/** Provides the UI language (Swedish when absent). */
export const LanguageProvider = LanguageContext.Provider;

/** The UI language. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The strings of the UI language. */
export function useStrings(): Strings {
  return CATALOGS[useContext(LanguageContext)];
}
