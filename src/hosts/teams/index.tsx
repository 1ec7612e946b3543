/** Entry of teams.html: decides at once whether Teams hosts the page; teams-js is loaded only when it might. */
import { detectLanguage } from "../shared/language";
import { mount } from "../shared/mount";
import { readQuery } from "../shared/query";
import { readRuntimeConfig } from "../shared/runtimeConfig";
import { StandaloneApp } from "../shared/StandaloneApp";
import { isStandaloneWindow } from "../shared/standalone";

const config = readRuntimeConfig(document);
const query = readQuery(window.location.search);

function startStandalone(): void {
  const language = detectLanguage(query.lang, navigator.language);
  mount(<StandaloneApp config={config} language={language} query={query} />, language);
}

if (isStandaloneWindow(window)) {
  startStandalone();
} else {
  import(/* webpackChunkName: "teams-host" */ "./teamsHost")
    .then(({ startInTeams }) => startInTeams(config, query))
    .then(
      (inTeams) => {
        if (!inTeams) startStandalone();
      },
      (error: unknown) => {
        console.error("Sammanträde: Teams-värden kunde inte startas", error);
        startStandalone();
      },
    );
}
