import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { xmlManifestErrors } from "../../scripts/manifest/check-xml-manifest";
import { REPO_ROOT, packageVersion } from "../../scripts/manifest/files";
import { buildXmlManifest, fourPartVersion } from "../../scripts/manifest/xml-manifest";
import { DEMO_CONFIG, OTHER_HOST, PRODUCTION } from "./configs";

const VERSION = packageVersion();
const demoXml = buildXmlManifest(DEMO_CONFIG, VERSION);
const prodXml = buildXmlManifest(PRODUCTION, VERSION);

/** Every URL in the manifest that is not an XML namespace. */
function addresses(xml: string): string[] {
  const withoutNamespaces = xml.replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
  return [...withoutNamespaces.matchAll(/\b(?:https?|ftp):\/\/[^"<\s]+/g)].map((match) => match[0]);
}

describe("manifest/manifest.xml", () => {
  it("is exactly what the generator makes from the demo configuration (no drift, no hand edits)", () => {
    expect(readFileSync(path.join(REPO_ROOT, "manifest/manifest.xml"), "utf8")).toBe(demoXml);
  });

  it("passes the offline check for the demo and for production", () => {
    expect(xmlManifestErrors(demoXml, DEMO_CONFIG)).toEqual([]);
    expect(xmlManifestErrors(prodXml, PRODUCTION)).toEqual([]);
    expect(xmlManifestErrors(buildXmlManifest(OTHER_HOST, VERSION), OTHER_HOST)).toEqual([]);
  });

  it("is a MailApp with its own id, Mailbox 1.8, ReadWriteItem and both appointment surfaces", () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(prodXml);
    const app = doc.OfficeApp;
    expect(app["xsi:type"]).toBe("MailApp");
    expect(app.Id).toBe(PRODUCTION.outlookAddinId);
    expect(app.Id).not.toBe(PRODUCTION.teamsAppId);
    expect(app.Version).toBe("0.1.0.0".replace("0.1.0", VERSION));
    expect(app.Requirements.Sets.Set).toEqual({ Name: "Mailbox", MinVersion: "1.8" });
    expect(app.Permissions).toBe("ReadWriteItem");
    expect(app.Hosts.Host.Name).toBe("Mailbox");
    const points = app.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint;
    expect(points.map((point: Record<string, string>) => point["xsi:type"])).toEqual(["AppointmentOrganizerCommandSurface", "AppointmentAttendeeCommandSurface"]);
    expect(app.VersionOverrides.Resources["bt:Urls"]["bt:Url"].DefaultValue).toBe("https://sammantrade.example.se/outlook.html");
    const labels = app.VersionOverrides.Resources["bt:ShortStrings"]["bt:String"].map((entry: Record<string, string>) => entry.DefaultValue);
    expect(labels).toContain("Dagordning och kallelse");
  });

  it("points every URL at the configured APP_BASE_URL", () => {
    const urls = addresses(buildXmlManifest(OTHER_HOST, VERSION));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect([url, new URL(url).origin]).toEqual([url, "https://moten.kommunforbund.example.org"]);
    expect(urls).toEqual(expect.arrayContaining(["https://moten.kommunforbund.example.org/icons/icon-16.png", "https://moten.kommunforbund.example.org/icons/icon-128.png"]));
    expect(buildXmlManifest(OTHER_HOST, VERSION)).toContain(`<Id>${OTHER_HOST.outlookAddinId}</Id>`);
  });

  it("escapes configured text so the XML stays well-formed", () => {
    const config = { ...PRODUCTION, groupName: `Gruppen <"A&B">` };
    const xml = buildXmlManifest(config, VERSION);
    expect(xmlManifestErrors(xml, config)).toEqual([]);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
    expect(xml).toContain("Gruppen &lt;&quot;A&amp;B&quot;&gt;");
    expect(doc.OfficeApp.Description.DefaultValue).toContain(`Gruppen <"A&B">`);
  });

  it("turns semver into Office's four-part version", () => {
    expect(fourPartVersion("1.2.3")).toBe("1.2.3.0");
    expect(fourPartVersion("1.2.3-beta.1")).toBe("1.2.3.0");
    expect(() => fourPartVersion("v1")).toThrow(/semver/);
  });

  describe("fails when broken (the check can say no)", () => {
    const cases: [string, (xml: string) => string, RegExp][] = [
      ["malformed XML", (xml) => xml.replace("</Permissions>", ""), /inte välformad/],
      ["a lower requirement set", (xml) => xml.replace('MinVersion="1.8"', 'MinVersion="1.3"'), /MinVersion="1.8"/],
      ["read-only permissions", (xml) => xml.replace("<Permissions>ReadWriteItem<", "<Permissions>ReadItem<"), /ReadWriteItem/],
      ["no attendee surface", (xml) => xml.replace("AppointmentAttendeeCommandSurface", "MessageReadCommandSurface"), /AppointmentAttendeeCommandSurface/],
      ["no organizer surface", (xml) => xml.replace("AppointmentOrganizerCommandSurface", "MessageComposeCommandSurface"), /AppointmentOrganizerCommandSurface/],
      ["a resid that resolves nowhere", (xml) => xml.replace('<Description resid="attendee.tip"/>', '<Description resid="attendee.label"/>'), /resid "attendee.label" finns inte i bt:LongStrings/],
      ["a resid longer than 32 characters", (xml) => xml.replaceAll("organizer.tip", "organizer.tooltip.for.the.ribbon.button"), /1–32 tecken/],
      ["the Teams app's id", (xml) => xml.replace(`<Id>${PRODUCTION.outlookAddinId}</Id>`, `<Id>${PRODUCTION.teamsAppId}</Id>`), /annat id än Teams-appen/],
      ["an id that is not a GUID", (xml) => xml.replace(`<Id>${PRODUCTION.outlookAddinId}</Id>`, "<Id>sammantrade</Id>"), /GUID/],
      ["an icon on another host", (xml) => xml.replace("https://sammantrade.example.se/icons/icon-80.png", "https://cdn.example.com/icon-80.png"), /bt:Images\/Icon\.80: .* ligger inte under/],
      ["plain http in production", (xml) => xml.replace('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'), /SupportUrl: .* måste använda https/],
      ["elements out of the XSD's order", (xml) => xml.replace(/(\s*<Permissions>ReadWriteItem<\/Permissions>)/, "").replace("<FormSettings>", "<Permissions>ReadWriteItem</Permissions>\n  <FormSettings>"), /fel ordning/],
      ["a missing SupportUrl", (xml) => xml.replace(/\s*<SupportUrl[^>]*\/>/, ""), /SupportUrl saknas/],
      ["a button that does not open the task pane", (xml) => xml.replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ExecuteFunction">'), /öppna aktivitetsfönstret/],
      ["a missing 80 px icon", (xml) => xml.replace(/\s*<bt:Image size="80" resid="Icon.80"\/>/, ""), /ikon 80 px saknas/],
      ["a description over 250 characters", (xml) => xml.replace(/<Description DefaultValue="[^"]*"/, `<Description DefaultValue="${"x".repeat(251)}"`), /Description måste vara 1–250 tecken/],
      ["no appointment rule", (xml) => xml.replace('ItemType="Appointment" FormType="Read"', 'ItemType="Message" FormType="Read"'), /Appointment\/Read/],
    ];
    it.each(cases)("with %s", (_name, breakIt, message) => {
      const broken = breakIt(prodXml);
      expect(broken).not.toBe(prodXml);
      expect(xmlManifestErrors(broken, PRODUCTION)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    });
  });
});
