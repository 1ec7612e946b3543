/** The one configuration of Sammanträde. Demo defaults; production values come from the environment at build time
 *  or from the page's <meta name="sammantrade-config"> (written by the server, so no inline script is needed). No secrets: NAA needs none. */
export interface AppConfig {
  /** "demo" shows the Demoläge marker and uses the demo token provider. */
  mode: "demo" | "production";
  /** Graph origin without version, e.g. https://graph.microsoft.com. The only place that knows it. */
  graphBaseUrl: string;
  graphVersion: "v1.0";
  /** Entra app registration (public client, SPA redirect brk-multihub://<origin>). */
  aadClientId: string;
  aadTenantId: string;
  /** Where the pages are served, e.g. https://sammantrade.example.se. */
  appBaseUrl: string;
  /** Teams app id (unified manifest id) and the XML add-in id. */
  teamsAppId: string;
  outlookAddinId: string;
  /** SharePoint site of the group: "{hostname},{siteCollectionId},{webId}" or a demo id. */
  siteId: string;
  /** Origin of the tenant's SharePoint; bilagor open only from here. */
  sharePointOrigin: string;
  agendaListName: string;
  libraryName: string;
  /** Microsoft 365 group whose members are the kommundirektörer: directory data in one request. */
  groupId: string;
  /** Mailbox that organizes the group's meetings (the secretariat): its copy holds everyone's answers. */
  organizerMailbox: string;
  /** Printed heading of the group. */
  groupName: string;
  /** Mail domain -> municipality, used when directory data has neither companyName nor officeLocation. */
  mailDomainMap: Record<string, string>;
  /** The group's own protokoll template in the library ("Mallar/Protokollmall.docx"); the built-in default when absent. */
  protokollTemplatePath: string;
}

/** Municipalities' mail domains in Familjen Helsingborg. */
export const FAMILJEN_HELSINGBORG_DOMAINS: Record<string, string> = {
  "bjuv.se": "Bjuv",
  "bastad.se": "Båstad",
  "helsingborg.se": "Helsingborg",
  "hoganas.se": "Höganäs",
  "klippan.se": "Klippan",
  "landskrona.se": "Landskrona",
  "perstorp.se": "Perstorp",
  "svalov.se": "Svalöv",
  "astorp.se": "Åstorp",
  "engelholm.se": "Ängelholm",
  "orkelljunga.se": "Örkelljunga",
  "familjenhelsingborg.se": "sekretariatet",
};

/** Demo defaults: the demo tenant on localhost. */
export const DEMO_CONFIG: AppConfig = {
  mode: "demo",
  graphBaseUrl: "http://localhost:3001",
  graphVersion: "v1.0",
  aadClientId: "00000000-0000-0000-0000-000000000000",
  aadTenantId: "common",
  appBaseUrl: "http://localhost:3000",
  teamsAppId: "6f1a3c2e-5b7d-4e8f-9a10-2b3c4d5e6f70",
  outlookAddinId: "9b8e7d6c-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
  siteId: "familjenhelsingborg.sharepoint.com,kdgrupp,web",
  sharePointOrigin: "http://localhost:3001",
  agendaListName: "Dagordning",
  libraryName: "Möteshandlingar",
  groupId: "kommundirektorsgruppen",
  organizerMailbox: "elin.sjoberg@familjenhelsingborg.se",
  groupName: "Kommundirektörsgruppen i Familjen Helsingborg",
  // Guests are not members of the group, so the directory request of the meeting view does not cover them:
  // the secretariat's usual partners are mapped by mail domain instead.
  mailDomainMap: { ...FAMILJEN_HELSINGBORG_DOMAINS, "skane.se": "Region Skåne", "nsva.se": "NSVA" },
  protokollTemplatePath: "Mallar/Protokollmall.docx",
};

const ENV_KEYS: Record<string, keyof AppConfig> = {
  SAMMANTRADE_MODE: "mode",
  GRAPH_BASE_URL: "graphBaseUrl",
  AAD_CLIENT_ID: "aadClientId",
  AAD_TENANT_ID: "aadTenantId",
  APP_BASE_URL: "appBaseUrl",
  TEAMS_APP_ID: "teamsAppId",
  OUTLOOK_ADDIN_ID: "outlookAddinId",
  SITE_ID: "siteId",
  SHAREPOINT_ORIGIN: "sharePointOrigin",
  AGENDA_LIST: "agendaListName",
  DOCUMENT_LIBRARY: "libraryName",
  GROUP_ID: "groupId",
  ORGANIZER_MAILBOX: "organizerMailbox",
  GROUP_NAME: "groupName",
  PROTOKOLL_TEMPLATE: "protokollTemplatePath",
};

/** Builds a config from environment-style variables over the demo defaults (Node scripts, webpack, the server). */
export function configFromEnv(env: Record<string, string | undefined>, base: AppConfig = DEMO_CONFIG): AppConfig {
  const out: AppConfig = { ...base };
  for (const [envKey, key] of Object.entries(ENV_KEYS)) {
    const value = env[envKey];
    if (value !== undefined && value !== "") (out as unknown as Record<string, unknown>)[key] = value;
  }
  if (out.mode !== "demo" && out.mode !== "production") throw new Error(`SAMMANTRADE_MODE must be demo or production, not ${String(out.mode)}`);
  // Production talks to Microsoft Graph unless told otherwise; the demo tenant's URL must never leak into it.
  if (out.mode === "production" && !env.GRAPH_BASE_URL) out.graphBaseUrl = "https://graph.microsoft.com";
  return out;
}

/** Merges a JSON object (e.g. from the page's meta tag) over a base config, keeping only known keys of the right type. */
export function mergeConfig(base: AppConfig, raw: unknown): AppConfig {
  if (typeof raw !== "object" || raw === null) return base;
  const out: AppConfig = { ...base };
  for (const key of Object.keys(base) as (keyof AppConfig)[]) {
    const value = (raw as Record<string, unknown>)[key];
    if (value !== undefined && typeof value === typeof base[key]) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** Graph v1.0 root, e.g. https://graph.microsoft.com/v1.0. */
export function graphRoot(config: AppConfig): string {
  return `${config.graphBaseUrl.replace(/\/+$/, "")}/${config.graphVersion}`;
}
