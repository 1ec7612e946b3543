/** Checks a unified manifest offline: Microsoft's bundled JSON schema, then what the schema cannot know (ids, URLs, icons). */
import { AppManifestUtils } from "@microsoft/app-manifest";
import type { AppConfig } from "../../src/config";
import { MANIFEST_SCHEMA } from "./app-manifest";
import { urlProblems } from "./url-rules";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Keys whose string values are not addresses of the app even when they look like URLs (Graph scopes are resource-qualified names). */
const NOT_APP_URLS = new Set(["$schema", "scopes"]);

function collectUrls(value: unknown, path: string, out: { path: string; url: string }[]): void {
  if (typeof value === "string") {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) out.push({ path, url: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collectUrls(item, `${path}/${index}`, out));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) if (!NOT_APP_URLS.has(key)) collectUrls(item, `${path}/${key}`, out);
  }
}

function at(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Validates against the schema file bundled in @microsoft/app-manifest (the one `office-addin-manifest validate` uses); never fetches. */
export async function schemaErrors(manifest: unknown): Promise<string[]> {
  const schemaUrl = at(manifest, "$schema");
  // An unknown $schema would make the library download it; this check must stay offline and pinned.
  if (schemaUrl !== MANIFEST_SCHEMA) return [`/$schema måste vara ${MANIFEST_SCHEMA}, inte ${String(schemaUrl)}`];
  return AppManifestUtils.validateAgainstSchema(JSON.parse(JSON.stringify(manifest)));
}

/** What the schema cannot check: ids from the configuration, URLs under appBaseUrl (https in production), the icon files. */
export function configErrors(manifest: unknown, config: AppConfig): string[] {
  const errors: string[] = [];
  const id = at(manifest, "id");
  if (typeof id !== "string" || !GUID.test(id)) errors.push("/id måste vara ett GUID");
  else if (id !== config.teamsAppId) errors.push(`/id är ${id}, konfigurationen säger ${config.teamsAppId}`);
  if (at(manifest, "webApplicationInfo", "id") !== config.aadClientId) errors.push("/webApplicationInfo/id följer inte AAD_CLIENT_ID");
  if (config.mode === "production" && /^[0-]+$/.test(config.aadClientId)) errors.push("AAD_CLIENT_ID är demovärdet: ange appregistreringens klient-id");
  const hidden = at(manifest, "extensions", 0, "alternates", 0, "hide", "customOfficeAddin", "officeAddinId");
  if (hidden !== config.outlookAddinId) errors.push("/extensions/0/alternates: XML-tilläggets id (OUTLOOK_ADDIN_ID) saknas");
  if (hidden === id) errors.push("XML-tillägget och appen måste ha olika id");
  if (at(manifest, "icons", "color") !== "color.png" || at(manifest, "icons", "outline") !== "outline.png") {
    errors.push("/icons ska peka på color.png och outline.png i paketets rot");
  }
  const urls: { path: string; url: string }[] = [];
  collectUrls(manifest, "", urls);
  for (const { path, url } of urls) errors.push(...urlProblems(url, path, config));
  return errors;
}

/** Every problem of a unified manifest for this configuration; empty means it is ready to package. */
export async function appManifestErrors(manifest: unknown, config: AppConfig): Promise<string[]> {
  return [...(await schemaErrors(manifest)), ...configErrors(manifest, config)];
}
