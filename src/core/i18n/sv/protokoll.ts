/** Swedish strings of *Skapa protokollutkast*, the secretariat's action that drafts the protokoll in Word. */
import type { TemplateProblemKind } from "../../protokoll/template-problem";

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
  /** A template's mistake, naming the template's file and the placeholder as written. */
  templateProblem: (template: string, tag: string, kind: TemplateProblemKind): string => {
    const file = `Protokollmallen ”${template}”`;
    switch (kind) {
      case "unknownField":
        return `${file} använder fältet {${tag}}, som inte finns. Rätta stavningen eller ta bort fältet i mallen; fälten som finns står i anvisningen för protokollmallen.`;
      case "unclosedLoop":
        return `${file} öppnar avsnittet {${tag}} men stänger det aldrig. Lägg till {/${tag.replace(/^[#^]/, "")}} där avsnittet slutar.`;
      case "unopenedLoop":
        return `${file} stänger avsnittet {${tag}} som aldrig öppnas. Lägg till {#${tag.replace(/^\//, "")}} där avsnittet börjar, eller ta bort stängningen.`;
      case "mismatchedLoop":
        return `${file} stänger ett avsnitt med {${tag}}, men det avsnitt som är öppet där heter något annat. Se till att varje {#namn} stängs med {/namn} i samma ordning.`;
      case "brokenTag":
        return `${file} har en klammer som inte hör ihop vid ”${tag}”. Varje fält skrivs {namn}, med en klammer på var sida.`;
      case "notDocx":
        return `${file} är inte ett Word-dokument (.docx). Spara mallen som Word-dokument och försök igen.`;
      default:
        return `${file} kunde inte användas${tag ? ` (vid ”${tag}”)` : ""}. Jämför mallen med anvisningen för protokollmallen.`;
    }
  },
};

/** The shape every language's protokoll strings follow. */
export type ProtokollStrings = typeof protokoll;
