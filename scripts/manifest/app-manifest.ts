/** The unified Microsoft 365 app manifest: the Teams meeting tab, the personal tab and the Outlook add-in in one package. */
import type { TeamsManifestV1D30 } from "@microsoft/app-manifest";
import type { AppConfig } from "../../src/config";
import { GRAPH_SCOPES, graphScopes } from "../../src/services/auth/scopes";
import { ACCENT_HEX } from "./icons";
import { manifestUrls } from "./urls";

/** Newest schema bundled in @microsoft/app-manifest, so validation runs offline against exactly this file. */
export const MANIFEST_VERSION = "1.30";
/** Where the schema lives; @microsoft/app-manifest maps this URL to its bundled copy. */
export const MANIFEST_SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

/** The unified manifest's type for the schema version above. */
export type AppManifest = TeamsManifestV1D30.TeamsManifestV1D30;

/**
 * Scopes Teams prefetches a nested-app-auth token for (DESIGN §7a). Teams matches the prefetch only if the app's first
 * token request asks for the same scopes in the same order, so they come from the auth service's own list.
 */
export const NAA_PREFETCH_SCOPES: string[] = graphScopes(GRAPH_SCOPES);

/** Id of the Outlook runtime's action that opens the task pane; both ribbon buttons run it. */
const OPEN_PANE_ACTION = "openAgendaPane";
const RIBBON_ICON_SIZES = [16, 32, 80] as const;

/** Builds the unified manifest from the one configuration; `version` is the package's semver. */
export function buildAppManifest(config: AppConfig, version: string): AppManifest {
  const urls = manifestUrls(config);
  const icons = RIBBON_ICON_SIZES.map((size) => ({ size, url: urls.icon(size) }));
  const ribbon = (context: "meetingDetailsOrganizer" | "meetingDetailsAttendee", id: string, label: string, tip: string) => ({
    contexts: [context],
    tabs: [
      {
        builtInTabId: "TabDefault",
        groups: [
          {
            id: `${id}Group`,
            label: "Sammanträde",
            icons,
            controls: [{ id: `${id}Button`, type: "button" as const, label, icons, supertip: { title: label, description: tip }, actionId: OPEN_PANE_ACTION }],
          },
        ],
      },
    ],
  });
  return {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version,
    id: config.teamsAppId,
    localizationInfo: { defaultLanguageTag: "sv-SE" },
    developer: {
      name: "Sammanträde",
      websiteUrl: urls.about,
      privacyUrl: urls.privacy,
      termsOfUseUrl: urls.terms,
    },
    name: { short: "Sammanträde", full: "Sammanträde – dagordning, kallelse och protokoll" },
    description: {
      short: "Dagordning, bilagor och svar på kallelsen – i mötet och i Outlook.",
      full:
        `Sammanträde förbereder möten för ${config.groupName}. Sekretariatet sätter dagordningen, föredragande, beslutsförslag och bilagor ` +
        "direkt i Outlook-kallelsen; ledamöterna läser dagordningen, öppnar bilagorna och anmäler förhinder i Teams-mötets flik. " +
        "Allt lagras i gruppens SharePoint-webbplats.\n\n" +
        "Sammanträde prepares formal meetings: the secretariat builds the agenda and notice in Outlook, members read the agenda, " +
        "open attachments and send apologies from the Teams meeting tab. Everything stays in the group's SharePoint site.",
    },
    icons: { color: "color.png", outline: "outline.png" },
    accentColor: ACCENT_HEX,
    configurableTabs: [
      {
        id: "sammantrade-meeting",
        configurationUrl: urls.teamsConfig,
        canUpdateConfiguration: true,
        scopes: ["groupChat", "team"],
        context: ["meetingChatTab", "meetingDetailsTab", "meetingSidePanel", "meetingStage"],
        meetingSurfaces: ["sidePanel", "stage"],
      },
    ],
    staticTabs: [
      {
        entityId: "sammantraden",
        name: "Sammanträden",
        contentUrl: urls.teamsPersonal,
        websiteUrl: urls.teamsPersonal,
        scopes: ["personal"],
      },
    ],
    validDomains: [urls.host],
    defaultGroupCapability: { meetings: "tab", groupchat: "tab", team: "tab" },
    webApplicationInfo: {
      id: config.aadClientId,
      resource: `api://${urls.host}/${config.aadClientId}`,
      nestedAppAuthInfo: [{ redirectUri: `brk-multihub://${urls.host}`, scopes: NAA_PREFETCH_SCOPES }],
    },
    authorization: {
      permissions: { resourceSpecific: [{ name: "MailboxItem.ReadWrite.User", type: "Delegated" }] },
    },
    extensions: [
      {
        requirements: { scopes: ["mail"], capabilities: [{ name: "Mailbox", minVersion: "1.8" }] },
        runtimes: [
          {
            id: "TaskPaneRuntime",
            type: "general",
            code: { page: urls.outlookPane },
            lifetime: "short",
            actions: [{ id: OPEN_PANE_ACTION, type: "openPage", view: "agenda", displayName: "Dagordning" }],
          },
        ],
        ribbons: [
          ribbon("meetingDetailsOrganizer", "organizer", "Dagordning och kallelse", "Bygg dagordningen med bilagor och infoga kallelsen i mötesinbjudan."),
          ribbon("meetingDetailsAttendee", "attendee", "Dagordning", "Läs mötets dagordning och öppna bilagorna."),
        ],
        // Where both this package and manifest/manifest.xml are installed, Outlook shows only this one (no twin buttons).
        alternates: [{ hide: { customOfficeAddin: { officeAddinId: config.outlookAddinId } } }],
      },
    ],
  };
}
