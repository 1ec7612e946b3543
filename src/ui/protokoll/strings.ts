/** The protokoll action's texts (Swedish first; English for English Teams clients). */
import type { Language } from "../../core/i18n/errors";

/** Texts of CreateProtokollDraft. */
export interface ProtokollStrings {
  heading: string;
  intro: string;
  create: string;
  working: string;
  saved: (fileName: string) => string;
  renamed: (firstChoice: string, fileName: string) => string;
  open: string;
  failed: string;
  retry: string;
}

const sv: ProtokollStrings = {
  heading: "Protokoll",
  intro: "Skapar ett protokollutkast i Word i mötesmappen, med dagordning, närvaro och underlag ifyllda.",
  create: "Skapa protokollutkast",
  working: "Skapar protokollutkast…",
  saved: (fileName) => `Utkastet sparades i mötesmappen som ”${fileName}”.`,
  renamed: (firstChoice, fileName) =>
    `Det fanns redan en fil som heter ”${firstChoice}”, så det nya utkastet fick namnet ”${fileName}”. Den befintliga filen är orörd.`,
  open: "Öppna utkastet",
  failed: "Protokollutkastet kunde inte skapas.",
  retry: "Försök igen",
};

const en: ProtokollStrings = {
  heading: "Minutes",
  intro: "Creates a Word draft of the minutes in the meeting folder, with agenda, attendance and documents filled in.",
  create: "Create draft minutes",
  working: "Creating draft minutes…",
  saved: (fileName) => `The draft was saved in the meeting folder as “${fileName}”.`,
  renamed: (firstChoice, fileName) => `A file named “${firstChoice}” already existed, so the new draft is named “${fileName}”. The existing file is unchanged.`,
  open: "Open the draft",
  failed: "The draft minutes could not be created.",
  retry: "Try again",
};

/** The texts in a language. */
export function protokollStrings(language: Language): ProtokollStrings {
  return language === "en" ? en : sv;
}
