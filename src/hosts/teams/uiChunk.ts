/** Asks for the UI's chunk before the rest of the entry evaluates: index.tsx imports this module first, and ES modules
 *  evaluate in import order, so the download starts while the services (Graph client) are still being set up. */
import { isStandaloneWindow } from "../shared/standalone";

/** The standalone UI's chunk, requested at once outside a frame; null in a frame (Teams gets its own UI chunk). */
export const standaloneUi = isStandaloneWindow(window) ? import(/* webpackChunkName: "teams-ui-standalone" */ "../shared/startStandalone") : null;

/** The Teams UI's chunk, requested at once in a frame, while app.initialize waits for the host. */
export const teamsUi = standaloneUi === null ? import(/* webpackChunkName: "teams-ui" */ "./teamsRoot") : null;

// A failed download is reported where the chunk is used; here it must not become an unhandled rejection.
standaloneUi?.catch(() => undefined);
teamsUi?.catch(() => undefined);
