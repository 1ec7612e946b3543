import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validateManifest } from "office-addin-manifest";
import { MANIFEST_SCHEMA, buildAppManifest } from "../../scripts/manifest/app-manifest";
import { appManifestErrors, configErrors, schemaErrors } from "../../scripts/manifest/check-app-manifest";
import { REPO_ROOT, manifestJson, packageVersion } from "../../scripts/manifest/files";
import { GRAPH_SCOPES, graphScopes } from "../../src/services/auth/scopes";
import { DEMO_CONFIG, OTHER_HOST, PRODUCTION, strings } from "./configs";

// Each schema check compiles Microsoft's schema (seconds on a busy machine).
jest.setTimeout(30_000);

const VERSION = packageVersion();
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("appPackage/manifest.json", () => {
  it("is exactly what the generator makes from the demo configuration (no drift, no hand edits)", () => {
    const committed = readFileSync(path.join(REPO_ROOT, "appPackage/manifest.json"), "utf8");
    expect(committed).toBe(manifestJson(DEMO_CONFIG, VERSION).toString("utf8"));
  });

  it("uses the newest bundled schema, 1.22 or later", () => {
    const manifest = buildAppManifest(DEMO_CONFIG, VERSION);
    expect(manifest.$schema).toBe(MANIFEST_SCHEMA);
    const [major, minor] = manifest.manifestVersion.split(".").map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(22);
  });

  it("validates against Microsoft's schema for a production configuration", async () => {
    expect(await appManifestErrors(buildAppManifest(PRODUCTION, VERSION), PRODUCTION)).toEqual([]);
    expect(await appManifestErrors(buildAppManifest(OTHER_HOST, VERSION), OTHER_HOST)).toEqual([]);
  });

  it("passes office-addin-manifest validate (offline, bundled schema) and fails it when broken", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sammantrade-manifest-"));
    const good = path.join(dir, "good.json");
    writeFileSync(good, manifestJson(PRODUCTION, VERSION));
    expect((await validateManifest(good)).isValid).toBe(true);
    const broken = clone(buildAppManifest(PRODUCTION, VERSION));
    (broken.configurableTabs ?? [])[0]!.configurationUrl = "teams.html?view=config";
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify(broken));
    const result = await validateManifest(bad);
    expect(result.isValid).toBe(false);
    expect(JSON.stringify(result.report?.errors)).toMatch(/configurableTabs\/0\/configurationUrl must match pattern/);
    const withoutId = clone(buildAppManifest(PRODUCTION, VERSION)) as unknown as Record<string, unknown>;
    delete withoutId.id;
    writeFileSync(bad, JSON.stringify(withoutId));
    await expect(validateManifest(bad)).rejects.toThrow(/"id"/);
  });

  it("keeps the demo manifest valid except for the https rule of the Outlook runtime (localhost is http)", async () => {
    const errors = await schemaErrors(buildAppManifest(DEMO_CONFIG, VERSION));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\/extensions\/0\/runtimes\/0\/code\/page must match pattern/);
  });

  it("declares the meeting tab, the personal tab, the domain, SSO/NAA and the Outlook add-in", () => {
    const manifest = buildAppManifest(PRODUCTION, VERSION);
    const [tab] = manifest.configurableTabs ?? [];
    expect(tab?.configurationUrl).toBe("https://sammantrade.example.se/teams.html?view=config");
    expect(tab?.canUpdateConfiguration).toBe(true);
    expect(tab?.scopes).toEqual(["groupChat", "team"]);
    expect(tab?.context).toEqual(["meetingChatTab", "meetingDetailsTab", "meetingSidePanel", "meetingStage"]);
    expect(tab?.meetingSurfaces).toEqual(["sidePanel", "stage"]);
    expect(manifest.staticTabs?.[0]).toMatchObject({ contentUrl: "https://sammantrade.example.se/teams.html?view=personal", scopes: ["personal"] });
    expect(manifest.validDomains).toEqual(["sammantrade.example.se"]);
    expect(manifest.webApplicationInfo).toMatchObject({
      id: PRODUCTION.aadClientId,
      resource: `api://sammantrade.example.se/${PRODUCTION.aadClientId}`,
      nestedAppAuthInfo: [{ redirectUri: "brk-multihub://sammantrade.example.se", scopes: graphScopes(GRAPH_SCOPES) }],
    });
    expect(manifest.name.short).toBe("Sammanträde");
    expect(manifest.icons).toEqual({ color: "color.png", outline: "outline.png" });
    expect(manifest.authorization?.permissions?.resourceSpecific).toEqual([{ name: "MailboxItem.ReadWrite.User", type: "Delegated" }]);
    const [extension] = manifest.extensions ?? [];
    expect(extension?.requirements).toEqual({ scopes: ["mail"], capabilities: [{ name: "Mailbox", minVersion: "1.8" }] });
    expect(extension?.runtimes?.[0]?.code.page).toBe("https://sammantrade.example.se/outlook.html");
    const actionId = extension?.runtimes?.[0]?.actions?.[0]?.id;
    expect(extension?.runtimes?.[0]?.actions?.[0]?.type).toBe("openPage");
    expect(extension?.ribbons?.map((ribbon) => ribbon.contexts)).toEqual([["meetingDetailsOrganizer"], ["meetingDetailsAttendee"]]);
    const organizerButton = extension?.ribbons?.[0]?.tabs[0]?.groups?.[0]?.controls?.[0];
    expect(organizerButton).toMatchObject({ label: "Dagordning och kallelse", actionId });
    expect(organizerButton?.icons.map((icon) => icon.size)).toEqual([16, 32, 80]);
    expect(extension?.alternates?.[0]?.hide?.customOfficeAddin?.officeAddinId).toBe(PRODUCTION.outlookAddinId);
  });

  it("points every URL at the configured APP_BASE_URL and nowhere else", async () => {
    const manifest = buildAppManifest(OTHER_HOST, VERSION);
    const values = strings(manifest).filter(({ path: at }) => at !== "/$schema" && !at.startsWith("/webApplicationInfo/nestedAppAuthInfo/0/scopes/"));
    const urls = values.filter(({ value }) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value));
    expect(urls.length).toBeGreaterThanOrEqual(15);
    for (const { path: at, value } of urls) {
      const url = new URL(value);
      expect([at, url.host]).toEqual([at, "moten.kommunforbund.example.org"]);
      if (url.protocol.startsWith("http")) expect([at, url.protocol]).toEqual([at, "https:"]);
    }
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|sammantrade\.example\.se|3000/);
    expect(manifest.id).toBe(OTHER_HOST.teamsAppId);
    expect(manifest.extensions?.[0]?.alternates?.[0]?.hide?.customOfficeAddin?.officeAddinId).toBe(OTHER_HOST.outlookAddinId);
  });

  describe("fails when broken (the validator can say no)", () => {
    const base = () => clone(buildAppManifest(PRODUCTION, VERSION)) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

    it("without an id", async () => {
      const manifest = base();
      delete manifest.id;
      expect(await schemaErrors(manifest)).toEqual(expect.arrayContaining([expect.stringMatching(/required property 'id'/)]));
    });

    it("with a context the schema does not know", async () => {
      const manifest = base();
      manifest.configurableTabs[0].context.push("meetingLobby");
      expect(await schemaErrors(manifest)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/configurableTabs\/0\/context\/4 must be equal to one of the allowed values/)]));
    });

    it("with a configuration URL that is not http(s)", async () => {
      const manifest = base();
      manifest.configurableTabs[0].configurationUrl = "teams.html?view=config";
      expect(await schemaErrors(manifest)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/configurableTabs\/0\/configurationUrl must match pattern/)]));
    });

    it("with an unknown ribbon context or a non-GUID app id", async () => {
      const manifest = base();
      manifest.extensions[0].ribbons[0].contexts = ["appointmentOrganizer"];
      manifest.id = "sammantrade";
      const errors = await schemaErrors(manifest);
      expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^\/extensions\/0\/ribbons\/0\/contexts\/0 /), expect.stringMatching(/^\/id must match pattern/)]));
    });

    it("with a $schema it cannot check offline", async () => {
      const manifest = base();
      manifest.$schema = "https://example.com/schema.json";
      expect(await schemaErrors(manifest)).toEqual([expect.stringMatching(/^\/\$schema måste vara/)]);
    });

    it("with a URL on another host, plain http in production, or ids that do not follow the configuration", () => {
      const manifest = base();
      manifest.staticTabs[0].contentUrl = "https://evil.example.com/teams.html";
      manifest.configurableTabs[0].configurationUrl = "http://sammantrade.example.se/teams.html?view=config";
      manifest.webApplicationInfo.resource = "api://other.example.com/x";
      manifest.extensions[0].alternates[0].hide.customOfficeAddin.officeAddinId = manifest.id;
      const errors = configErrors(manifest, PRODUCTION);
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^\/staticTabs\/0\/contentUrl: .* ligger inte under https:\/\/sammantrade\.example\.se/),
          expect.stringMatching(/^\/configurableTabs\/0\/configurationUrl: .* måste använda https i produktion/),
          expect.stringMatching(/^\/webApplicationInfo\/resource: .* hör inte till sammantrade\.example\.se/),
          expect.stringMatching(/OUTLOOK_ADDIN_ID/),
          "XML-tillägget och appen måste ha olika id",
        ]),
      );
    });

    it("with the demo client id in production", () => {
      const config = { ...PRODUCTION, aadClientId: DEMO_CONFIG.aadClientId };
      expect(configErrors(buildAppManifest(config, VERSION), config)).toEqual([expect.stringMatching(/AAD_CLIENT_ID är demovärdet/)]);
    });
  });

  it("refuses an APP_BASE_URL with a path, since the pages live at the root", () => {
    expect(() => buildAppManifest({ ...PRODUCTION, appBaseUrl: "https://example.se/app" }, VERSION)).toThrow(/utan sökväg/);
    expect(() => buildAppManifest({ ...PRODUCTION, appBaseUrl: "ftp://example.se" }, VERSION)).toThrow(/https/);
  });
});
