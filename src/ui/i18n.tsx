/** The UI language and its strings, provided once at the root. */
import { createContext, useContext } from "react";
import type { Language, Strings } from "../core";
import { en, sv } from "../core";

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
