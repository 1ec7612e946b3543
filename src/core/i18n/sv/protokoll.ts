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
  // Skapa slutligt protokoll (issue 14 item 3) and the members' link to its PDF.
  finalIntro: "När protokollföringen är avslutad skapas det slutliga protokollet i Word, utan utkastmarkering, och en PDF av det bredvid i mötesmappen.",
  finalCreate: "Skapa slutligt protokoll",
  finalStep: { notReady: "Kontrollerar registret…", docx: "Skapar Word-filen…", conversion: "Skapar PDF…", pdf: "Sparar PDF:en…", register: "Sparar i registret Sammanträden…" },
  finalNotReadyNoRow: "Det slutliga protokollet kan skapas när mötet finns i registret Sammanträden och protokollföringen är avslutad. Starta protokollföringen först.",
  finalNotReady: (state: string): string =>
    `Det slutliga protokollet kan skapas när protokollföringen är avslutad, det vill säga när mötets status är Avslutat, För justering eller Justerat. Nu är status ${state}. Avsluta den i mötets sidopanel: Protokollför, sedan Avsluta protokollföringen.`,
  recordState: { planned: "Planerat", inProgress: "Pågår", ended: "Avslutat", forApproval: "För justering", approved: "Justerat" },
  finalCreated: "Det slutliga protokollet är sparat i mötesmappen och registrerat i Sammanträden.",
  finalExisted: "Det slutliga protokollet fanns redan och har inte skrivits om. Ta bort filerna ur mötesmappen om du vill skapa dem på nytt.",
  finalRenamed: (firstChoice: string, fileName: string): string => `Det fanns redan en fil som heter ”${firstChoice}”, så den nya fick namnet ”${fileName}”. Den befintliga filen är orörd.`,
  openDocx: (fileName: string): string => `Öppna ${fileName}`,
  openPdf: (fileName: string): string => `Öppna ${fileName}`,
  finalFailed: "Det slutliga protokollet kunde inte skapas.",
  finalDocxFailed: "Word-filen kunde inte skapas.",
  finalConversionFailed: (fileName: string): string =>
    `Word-filen ”${fileName}” är sparad, men Microsoft 365 kunde inte göra en PDF av den. Word-filen finns kvar och används igen när du försöker på nytt.`,
  finalPdfFailed: (fileName: string): string => `Word-filen ”${fileName}” är sparad, men PDF:en kunde inte sparas. Försök igen; Word-filen används igen.`,
  finalRegisterFailed: "Filerna är sparade, men registret Sammanträden kunde inte uppdateras. Försök igen; filerna skapas inte en gång till.",
  finalRegisterTaken: "Någon annan har samtidigt registrerat ett annat slutligt protokoll för mötet. Ladda om och titta i mötesmappen innan du försöker igen.",
  pdfLink: "Protokoll (PDF)",
  pdfLinkHeading: "Slutligt protokoll",
  pdfLinkBlocked: "länken pekar utanför gruppens SharePoint och öppnas inte",
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
