/** The Teams/Microsoft 365 app package: a zip with manifest.json, color.png and outline.png at its root. */
import JSZip from "jszip";
import type { AppConfig } from "../../src/config";
import { appManifestErrors } from "./check-app-manifest";
import { xmlManifestErrors } from "./check-xml-manifest";
import { manifestJson } from "./files";
import { colorIconPng, outlineIconPng } from "./icons";
import { buildXmlManifest } from "./xml-manifest";

/** A fixed timestamp for the zip entries, so the same configuration always gives the same bytes. */
const ENTRY_DATE = new Date(Date.UTC(2024, 0, 1));

/** The package, the XML twin for the same configuration, and every problem the offline checks found. */
export interface BuiltPackage {
  zip: Buffer;
  xml: string;
  errors: string[];
}

/** Builds the app package and the XML manifest from the configuration, checking both offline. */
export async function buildAppPackage(config: AppConfig, version: string): Promise<BuiltPackage> {
  const json = manifestJson(config, version);
  const xml = buildXmlManifest(config, version);
  const errors = [
    ...(await appManifestErrors(JSON.parse(json.toString("utf8")), config)).map((error) => `manifest.json${error.startsWith("/") ? "" : ": "}${error}`),
    ...xmlManifestErrors(xml, config).map((error) => `manifest.xml: ${error}`),
  ];
  const zip = new JSZip();
  zip.file("manifest.json", json, { date: ENTRY_DATE });
  zip.file("color.png", colorIconPng(), { date: ENTRY_DATE });
  zip.file("outline.png", outlineIconPng(), { date: ENTRY_DATE });
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
  return { zip: bytes, xml, errors };
}
