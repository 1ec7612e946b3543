/** The rule both manifests' URLs obey: every address points at the configured app, and in production only over https. */
import type { AppConfig } from "../../src/config";
import { manifestUrls } from "./urls";

/** Schemes that name the app by host rather than by origin (Entra resource, NAA broker redirect). */
const HOST_SCHEMES = new Set(["api:", "brk-multihub:"]);

/** Problems with one URL found at `where`, in Swedish; empty when it follows the configuration. */
export function urlProblems(value: string, where: string, config: AppConfig): string[] {
  const { origin, host } = manifestUrls(config);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [`${where}: ogiltig adress "${value}"`];
  }
  if (HOST_SCHEMES.has(url.protocol)) return url.host === host ? [] : [`${where}: ${value} hör inte till ${host}`];
  const problems: string[] = [];
  if (url.origin !== origin) problems.push(`${where}: ${value} ligger inte under ${origin}`);
  if (config.mode === "production" && url.protocol !== "https:") problems.push(`${where}: ${value} måste använda https i produktion`);
  return problems;
}
