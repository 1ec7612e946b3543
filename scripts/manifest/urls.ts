/** Every address the manifests name, derived from the configured appBaseUrl: one place, so no URL can drift from the others. */
import type { AppConfig } from "../../src/config";

/** The addresses and host names both manifests use. */
export interface ManifestUrls {
  /** Origin of the pages, e.g. https://sammantrade.example.se. */
  origin: string;
  /** Host with port when there is one (validDomains, api:// and brk-multihub:// URIs). */
  host: string;
  teamsConfig: string;
  teamsPersonal: string;
  outlookPane: string;
  about: string;
  support: string;
  privacy: string;
  terms: string;
  /** Outlook icon URL of one size, served from dist/icons (see webpack.config.js). */
  icon(size: number): string;
}

/** Derives the manifests' URLs from the configuration; rejects a base URL with a path, query or fragment, since the pages live at its root. */
export function manifestUrls(config: AppConfig): ManifestUrls {
  let base: URL;
  try {
    base = new URL(config.appBaseUrl);
  } catch {
    throw new Error(`APP_BASE_URL är ingen giltig adress: ${config.appBaseUrl}`);
  }
  if (base.protocol !== "https:" && base.protocol !== "http:") throw new Error(`APP_BASE_URL måste börja med https://: ${config.appBaseUrl}`);
  if ((base.pathname !== "/" && base.pathname !== "") || base.search || base.hash) {
    throw new Error(`APP_BASE_URL ska vara en ren adress utan sökväg, t.ex. https://sammantrade.example.se: ${config.appBaseUrl}`);
  }
  const origin = base.origin;
  const about = `${origin}/om.html`;
  return {
    origin,
    host: base.host,
    teamsConfig: `${origin}/teams.html?view=config`,
    teamsPersonal: `${origin}/teams.html?view=personal`,
    outlookPane: `${origin}/outlook.html`,
    about,
    support: `${about}#support`,
    privacy: `${about}#integritet`,
    terms: `${about}#villkor`,
    icon: (size) => `${origin}/icons/icon-${size}.png`,
  };
}
