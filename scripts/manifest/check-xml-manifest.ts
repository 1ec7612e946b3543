/**
 * Offline structural check of manifest/manifest.xml. Microsoft's validator for it is an online service, so this
 * covers what it would reject for us: ids, element order, requirement set, permissions, extension points, resids, URLs.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { AppConfig } from "../../src/config";
import { urlProblems } from "./url-rules";

type XmlNode = Record<string, unknown>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The XSD's sequence for a MailApp's top-level elements (optional ones may be missing, never reordered). */
const TOP_LEVEL_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions",
  "Rule", "DisableEntityHighlighting", "VersionOverrides",
];
const REQUIRED_TOP_LEVEL = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule", "VersionOverrides"];
const SURFACES = ["AppointmentOrganizerCommandSurface", "AppointmentAttendeeCommandSurface"];
/** Which resource table a resid on each element must resolve in. */
const RESID_TABLE: Record<string, string> = { Label: "bt:ShortStrings", Title: "bt:ShortStrings", Description: "bt:LongStrings", "bt:Image": "bt:Images", SourceLocation: "bt:Urls" };
const MAX_LENGTH: Record<string, number> = { "bt:ShortStrings": 125, "bt:LongStrings": 250, "bt:Images": 2048, "bt:Urls": 2048 };

function kids(node: unknown, tag: string): XmlNode[] {
  if (typeof node !== "object" || node === null) return [];
  const value = (node as XmlNode)[tag];
  return Array.isArray(value) ? value.map((item) => (typeof item === "object" && item !== null ? (item as XmlNode) : { "#text": item })) : [];
}

function kid(node: unknown, ...path: string[]): XmlNode | undefined {
  let current: XmlNode | undefined = node as XmlNode;
  for (const tag of path) current = kids(current, tag)[0];
  return current;
}

function text(node: XmlNode | undefined): string | undefined {
  const value = node?.["#text"];
  return typeof value === "string" ? value.trim() : undefined;
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

/** Every element below `node` with its tag name, depth first. */
function* walk(node: XmlNode, path: string): Generator<{ tag: string; node: XmlNode; path: string }> {
  for (const [tag, value] of Object.entries(node)) {
    if (tag.startsWith("@_") || tag === "#text" || !Array.isArray(value)) continue;
    for (const [index, child] of kids(node, tag).entries()) {
      const childPath = `${path}/${tag}[${index}]`;
      yield { tag, node: child, path: childPath };
      yield* walk(child, childPath);
    }
  }
}

function topLevelOrder(xml: string): string[] {
  const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: true, ignoreDeclaration: true, commentPropName: "#comment" }).parse(xml) as XmlNode[];
  const root = ordered.find((entry) => "OfficeApp" in entry);
  const children = (root?.OfficeApp ?? []) as XmlNode[];
  return children.map((entry) => Object.keys(entry)[0] ?? "").filter((tag) => tag !== "#text" && tag !== "#comment");
}

/** Every problem of an XML add-in manifest for this configuration (Swedish); empty means Outlook can take it. */
export function xmlManifestErrors(xml: string, config: AppConfig): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`XML:en är inte välformad: ${wellFormed.err.msg} (rad ${wellFormed.err.line})`];
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, ignoreDeclaration: true, isArray: (_name, _path, _leaf, isAttribute) => !isAttribute }).parse(xml) as XmlNode;
  const app = kid(doc, "OfficeApp");
  if (!app) return ["Rotelementet OfficeApp saknas"];
  const errors: string[] = [];
  const expect = (ok: boolean, message: string): void => {
    if (!ok) errors.push(message);
  };

  expect(attr(app, "xmlns") === "http://schemas.microsoft.com/office/appforoffice/1.1", "OfficeApp ska ha namnrymden appforoffice/1.1");
  expect(attr(app, "xsi:type") === "MailApp", 'OfficeApp ska ha xsi:type="MailApp"');
  const order = topLevelOrder(xml);
  for (const tag of REQUIRED_TOP_LEVEL) expect(order.includes(tag), `${tag} saknas`);
  const ranks = order.map((tag) => TOP_LEVEL_ORDER.indexOf(tag));
  expect(ranks.every((rank) => rank >= 0), `Okända element i OfficeApp: ${order.filter((tag) => !TOP_LEVEL_ORDER.includes(tag)).join(", ")}`);
  expect(ranks.every((rank, i) => i === 0 || rank >= (ranks[i - 1] ?? 0)), `Elementen i OfficeApp står i fel ordning: ${order.join(", ")}`);

  const id = text(kid(app, "Id"));
  expect(id !== undefined && GUID.test(id), "Id måste vara ett GUID");
  expect(id === config.outlookAddinId, `Id ska vara OUTLOOK_ADDIN_ID (${config.outlookAddinId}), inte ${id}`);
  expect(id?.toLowerCase() !== config.teamsAppId.toLowerCase(), "XML-tillägget måste ha ett annat id än Teams-appen");
  expect(/^\d+\.\d+\.\d+\.\d+$/.test(text(kid(app, "Version")) ?? ""), "Version ska ha fyra delar, t.ex. 1.0.0.0");
  for (const [tag, max] of [["DisplayName", 125], ["Description", 250]] as const) {
    const length = attr(kid(app, tag), "DefaultValue")?.length ?? 0;
    expect(length > 0 && length <= max, `${tag} måste vara 1–${max} tecken (är ${length})`);
  }
  expect(kids(kid(app, "Hosts"), "Host").some((host) => attr(host, "Name") === "Mailbox"), 'Hosts ska innehålla Host Name="Mailbox"');
  const mailbox = kids(kid(app, "Requirements", "Sets"), "Set").find((set) => attr(set, "Name") === "Mailbox");
  expect(attr(mailbox, "MinVersion") === "1.8", 'Requirements ska kräva Set Name="Mailbox" MinVersion="1.8"');
  expect(text(kid(app, "Permissions")) === "ReadWriteItem", "Permissions ska vara ReadWriteItem");
  const forms = kids(kid(app, "FormSettings"), "Form");
  for (const type of ["ItemRead", "ItemEdit"]) {
    const form = forms.find((candidate) => attr(candidate, "xsi:type") === type);
    expect(attr(kid(form, "DesktopSettings", "SourceLocation"), "DefaultValue") !== undefined, `FormSettings saknar ${type} med SourceLocation`);
  }
  const rules = [...walk(app, "")].filter(({ tag, node }) => tag === "Rule" && attr(node, "xsi:type") === "ItemIs").map(({ node }) => `${attr(node, "ItemType")}/${attr(node, "FormType")}`);
  for (const rule of ["Appointment/Edit", "Appointment/Read"]) expect(rules.includes(rule), `Rule saknar ItemIs ${rule}`);

  const overrides = kid(app, "VersionOverrides");
  expect(attr(overrides, "xsi:type") === "VersionOverridesV1_0", 'VersionOverrides ska ha xsi:type="VersionOverridesV1_0"');
  expect(attr(overrides, "xmlns") === "http://schemas.microsoft.com/office/mailappversionoverrides", "VersionOverrides har fel namnrymd");
  expect(attr(kid(overrides, "Requirements", "bt:Sets"), "DefaultMinVersion") === "1.8", "VersionOverrides ska kräva Mailbox 1.8");
  const points = overrides ? [...walk(overrides, "")].filter(({ tag }) => tag === "ExtensionPoint").map(({ node }) => node) : [];
  for (const surface of SURFACES) {
    const point = points.find((candidate) => attr(candidate, "xsi:type") === surface);
    const controls = point ? [...walk(point, "")].filter(({ tag }) => tag === "Control").map(({ node }) => node) : [];
    expect(controls.length > 0, `ExtensionPoint ${surface} med en knapp saknas`);
    for (const control of controls) {
      const action = kid(control, "Action");
      expect(attr(action, "xsi:type") === "ShowTaskpane" && attr(kid(action, "SourceLocation"), "resid") !== undefined, `${surface}: knappen ska öppna aktivitetsfönstret`);
      const sizes = kids(kid(control, "Icon"), "bt:Image").map((image) => attr(image, "size"));
      for (const size of ["16", "32", "80"]) expect(sizes.includes(size), `${surface}: ikon ${size} px saknas`);
    }
  }

  const resources = kid(overrides, "Resources");
  const tables = new Map<string, Map<string, string>>();
  for (const table of Object.keys(MAX_LENGTH)) {
    const entries = new Map<string, string>();
    for (const entry of kids(kid(resources, table), table === "bt:Images" ? "bt:Image" : table === "bt:Urls" ? "bt:Url" : "bt:String")) {
      const resId = attr(entry, "id") ?? "";
      const value = attr(entry, "DefaultValue") ?? "";
      expect(!entries.has(resId), `Resurs-id ${resId} finns två gånger i ${table}`);
      expect(resId.length > 0 && resId.length <= 32, `Resurs-id "${resId}" måste vara 1–32 tecken`);
      expect(value.length > 0 && value.length <= (MAX_LENGTH[table] ?? 0), `${table} ${resId}: texten måste vara 1–${MAX_LENGTH[table]} tecken`);
      entries.set(resId, value);
    }
    tables.set(table, entries);
  }
  for (const { tag, node, path } of overrides ? walk(overrides, "/VersionOverrides") : []) {
    const resId = attr(node, "resid");
    if (resId === undefined) continue;
    const table = RESID_TABLE[tag];
    expect(table !== undefined && tables.get(table)?.has(resId) === true, `${path}: resid "${resId}" finns inte i ${table ?? "någon resurstabell"}`);
  }

  for (const tag of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const value = attr(kid(app, tag), "DefaultValue");
    if (value !== undefined) errors.push(...urlProblems(value, tag, config));
  }
  for (const [index, domain] of kids(kid(app, "AppDomains"), "AppDomain").entries()) errors.push(...urlProblems(text(domain) ?? "", `AppDomains/AppDomain[${index}]`, config));
  for (const { tag, node, path } of walk(app, "")) {
    if (tag === "SourceLocation" && attr(node, "DefaultValue") !== undefined) errors.push(...urlProblems(attr(node, "DefaultValue") ?? "", path, config));
  }
  for (const table of ["bt:Images", "bt:Urls"]) for (const [resId, value] of tables.get(table) ?? []) errors.push(...urlProblems(value, `${table}/${resId}`, config));
  return errors;
}
