/** Mounts the standalone UI (a chunk of its own: the entry script starts the Graph load while this one downloads). */
import type { AppConfig } from "../../config";
import type { EarlyStart } from "./earlyStart";
import { detectLanguage } from "./language";
import { mount } from "./mount";
import type { PageQuery } from "./query";
import { StandaloneApp } from "./StandaloneApp";
import { warmIntlSoon } from "./warmIntl";

/** Renders StandaloneApp into the page in the browser's language (or ?lang=). */
export function startStandalone(config: AppConfig, query: PageQuery, early: EarlyStart | null): void {
  const language = detectLanguage(query.lang, navigator.language);
  mount(<StandaloneApp config={config} language={language} query={query} early={early} />, language);
  warmIntlSoon();
}
