/** The generated files and where they go in the repository: the one list both the generator and the drift test use. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AppConfig } from "../../src/config";
import { buildAppManifest } from "./app-manifest";
import { OUTLOOK_ICON_SIZES, colorIconPng, outlineIconPng, outlookIconPng } from "./icons";
import { buildXmlManifest } from "./xml-manifest";

/** One generated file, path relative to the repository root. */
export interface GeneratedFile {
  path: string;
  contents: Buffer;
}

/** Repository root (this file lives in scripts/manifest). */
export const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** The product's version from package.json, shared by both manifests. */
export function packageVersion(root = REPO_ROOT): string {
  const version: unknown = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version;
  if (typeof version !== "string") throw new Error("package.json saknar version");
  return version;
}

/** The unified manifest as written to disk: two-space JSON with a final newline. */
export function manifestJson(config: AppConfig, version: string): Buffer {
  return Buffer.from(`${JSON.stringify(buildAppManifest(config, version), null, 2)}\n`, "utf8");
}

/** Everything scripts/manifests.ts writes: the app package's manifest and icons, the XML twin, and the icons Outlook loads by URL. */
export function generatedFiles(config: AppConfig, version: string): GeneratedFile[] {
  return [
    { path: "appPackage/manifest.json", contents: manifestJson(config, version) },
    { path: "appPackage/color.png", contents: colorIconPng() },
    { path: "appPackage/outline.png", contents: outlineIconPng() },
    { path: "manifest/manifest.xml", contents: Buffer.from(buildXmlManifest(config, version), "utf8") },
    ...OUTLOOK_ICON_SIZES.map((size) => ({ path: `src/hosts/public/icons/icon-${size}.png`, contents: outlookIconPng(size) })),
  ];
}
