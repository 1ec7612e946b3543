/** Entry of teams.html: reads the page, starts the meeting's one Graph round trip when it can do so without asking the
 *  user, while React, Fluent and the UI download as chunks of their own (teams-js only in a frame). */
// First import: starts the UI's download before the modules below evaluate.
import { standaloneUi } from "./uiChunk";
import { pageStorage } from "../shared/demoUser";
import { startStandaloneEarly } from "../shared/earlyStart";
import { showLoadFailure } from "../shared/loadFailure";
import { readQuery } from "../shared/query";
import { readRuntimeConfig } from "../shared/runtimeConfig";

const config = readRuntimeConfig(document);
const query = readQuery(window.location.search);

function startStandalone(): void {
  const early = startStandaloneEarly(config, query, pageStorage());
  (standaloneUi ?? import(/* webpackChunkName: "teams-ui-standalone" */ "../shared/startStandalone")).then(
    ({ startStandalone: mountStandalone }) => mountStandalone(config, query, early),
    (error: unknown) => showLoadFailure(document, error, query.lang),
  );
}

if (standaloneUi !== null) {
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
