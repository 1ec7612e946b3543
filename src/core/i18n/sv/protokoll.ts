/** Swedish strings of *Skapa protokollutkast*, the secretariat's action that drafts the protokoll in Word. */
export const protokoll = {
  heading: "Protokoll",
  intro: "Skapar ett protokollutkast i Word i mötesmappen, med dagordning, närvaro och underlag ifyllda.",
  create: "Skapa protokollutkast",
  working: "Skapar protokollutkast…",
  saved: (fileName: string): string => `Utkastet sparades i mötesmappen som ”${fileName}”.`,
  renamed: (firstChoice: string, fileName: string): string =>
    `Det fanns redan en fil som heter ”${firstChoice}”, så det nya utkastet fick namnet ”${fileName}”. Den befintliga filen är orörd.`,
  open: "Öppna utkastet",
  failed: "Protokollutkastet kunde inte skapas.",
  retry: "Försök igen",
};

/** The shape every language's protokoll strings follow. */
export type ProtokollStrings = typeof protokoll;
