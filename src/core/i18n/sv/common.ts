/** Swedish strings shared by every surface (both hosts). */
export const common = {
  appName: "Sammanträde",
  loading: "Laddar…",
  retry: "Försök igen",
  /** The retry button when Graph no longer accepts the sign-in: pressing it may open the sign-in window. */
  signInAgain: "Logga in igen",
  reload: "Ladda om sidan",
  openInSharePoint: "Öppna i SharePoint",
  offline: "Du är offline. Det som visas kan vara inaktuellt, och svar kan inte skickas förrän du är ansluten igen.",
  crashTitle: "Något gick fel i Sammanträde",
  crashBody: "Ladda om sidan. Kvarstår felet, kontakta sekretariatet.",
  /** Shown without React, when the page could not even start. */
  loadFailed: "Sammanträde kunde inte laddas. Kontrollera anslutningen och försök igen.",
  startFailed: "Sammanträde kunde inte starta. Ladda om sidan; kvarstår felet, kontakta sekretariatet.",
  demoMode: "Demoläge",
  demoUserLabel: "Logga in som",
  demoRoleMember: "ledamot",
  demoRoleSecretariat: "sekretariatschef",
  unknownOrganisation: "Okänd kommun",
  secretariat: "Sekretariatet",
  // h16tab: a ?user= link that names no demo user.
  demoUserMalformed: (wanted: string, shownAs: string): string =>
    `Länken anger demoanvändaren ”${wanted}”, som inte är en e-postadress. Sidan visas som ${shownAs}; välj en annan under ”Logga in som”.`,
  demoUserUnknown: (wanted: string, shownAs: string): string =>
    `Demoanvändaren ${wanted} finns inte i demotenanten. Sidan visas som ${shownAs}; välj en annan under ”Logga in som”.`,
  // h11tolerant: the Outlook pane opened in a plain browser in production mode.
  openInOutlookTitle: "Öppna Sammanträde i Outlook",
  openInOutlookBody:
    "Den här sidan är Outlook-tillägget Sammanträde och fungerar bara inne i Outlook. Öppna en bokning i Outlook och välj Sammanträde i menyfliksområdet. Ledamöter använder Sammanträde i mötets chatt i Teams.",
  // h11tolerant: a row kept although a field was missing or bad, marked to the secretariat.
  rowProblemsLabel: "Att rätta i SharePoint:",
  rowMissingOrder: "Saknar ordningsnummer (visas sist)",
  rowUnknownKind: (value: string): string => `Okänd typ: '${value}'`,
  rowMissingTitle: "Saknar rubrik",
  rowBadField: (field: string): string => `Fältet ${field} kunde inte läsas`,
  rowUnknownResponse: (value: string): string => `Okänt svar: '${value}' (räknas som inte svarat)`,
  // fields: the record fields of an agenda item (DESIGN §4a), named wherever they are shown.
  fieldOutcome: "Utfall",
  fieldDecisions: "Mötets beslut",
  fieldMinutes: "Anteckningar",
  fieldCarriedFrom: "Fortsättning av",
};

/** The shape every language's common strings follow. */
export type CommonStrings = typeof common;
