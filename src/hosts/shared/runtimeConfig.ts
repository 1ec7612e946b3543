/** The runtime configuration the server wrote into the page (no inline script), over the demo defaults. */
import { DEMO_CONFIG, mergeConfig } from "../../config";
import type { AppConfig } from "../../config";

/** Name of the meta tag the app server writes. */
export const CONFIG_META = "sammantrade-config";

/** Reads `<meta name="sammantrade-config" content="{json}">`; a missing or unreadable tag leaves the demo defaults. */
export function readRuntimeConfig(doc: Document): AppConfig {
  const content = doc.querySelector(`meta[name="${CONFIG_META}"]`)?.getAttribute("content");
  if (content == null || content.trim() === "") return DEMO_CONFIG;
  try {
    return mergeConfig(DEMO_CONFIG, JSON.parse(content) as unknown);
  } catch (error) {
    // A broken tag is a deployment fault: say so in the console, and keep the page usable on the defaults.
    console.error("Sammanträde: ogiltig sammantrade-config", error);
    return DEMO_CONFIG;
  }
}
