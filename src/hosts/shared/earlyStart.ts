/** The first view's Graph round trip, started by the entry script before React, Fluent and the UI have loaded. */
import type { AppConfig } from "../../config";
import type { MeetingRef, Services, Surface } from "../../core";
import { createServices } from "../../services";
import type { TokenProvider } from "../../services";
// The entry must not load the UI's face (in jest, which does not tree-shake, that is all of React and Fluent): until
// the prefetch moves to src/app (branch applayer), this one import reaches past it.
// eslint-disable-next-line layering/layer-face -- see above
import { prefetchMeetingView } from "../../ui/meeting/prefetch";
import { initialDemoUser } from "./demoUser";
import type { PageQuery } from "./query";
import { tokenProviderFor } from "./tokens";

/** Services created before the UI, for the demo user they sign in as (the UI reuses them while that user stays). */
export interface EarlyServices {
  user: string;
  services: Services;
}

/** The meeting a surface loads as soon as it shows, or null (configuration page and personal tab load lists instead). */
export function meetingToLoad(surface: Surface, ref: MeetingRef | null): MeetingRef | null {
  return surface === "content" || surface === "sidePanel" || surface === "stage" ? ref : null;
}

/** Creates the services and, when the first view is a known meeting, starts loading it now (the UI takes the load). */
export function startServices(config: AppConfig, tokens: TokenProvider, meeting: MeetingRef | null): Services {
  const services = createServices(config, tokens);
  if (meeting !== null) prefetchMeetingView(services, meeting);
  return services;
}

/**
 * In a host with real sign-in: creates the services and starts the meeting's load only once a token has come without
 * asking the user. When sign-in needs the user (consent, a new account) nothing loads early: the UI's own first load
 * asks, inside its error handling, where a popup can follow a click. Providers without a silent method (the demo
 * tenant's named tokens) never ask the user, so their load starts at once.
 */
export async function startServicesWhenSilent(config: AppConfig, tokens: TokenProvider, meeting: MeetingRef | null): Promise<Services> {
  if (meeting === null || !tokens.getTokenSilently) return startServices(config, tokens, meeting);
  const token = await tokens.getTokenSilently().catch(() => null);
  return startServices(config, tokens, token === null ? null : meeting);
}

/**
 * Outside Teams: the demo user is known without asking anyone (?user= or the remembered choice), so the meeting named
 * in the URL can load before the UI has arrived. Production outside a host signs in interactively: nothing early.
 */
export function startStandaloneEarly(config: AppConfig, query: PageQuery, storage: Pick<Storage, "getItem"> | null): EarlyServices | null {
  if (config.mode !== "demo") return null;
  const user = initialDemoUser(query.user, storage);
  if (user === null) return null;
  try {
    const tokens = tokenProviderFor(config, { demoUser: user, nested: false });
    return { user, services: startServices(config, tokens, meetingToLoad(query.surface ?? "content", query.meetingRef)) };
  } catch {
    // E.g. a mistyped ?user= that is no mail address: the UI creates the services itself, inside its error boundary,
    // and shows why it cannot sign in; here a throw would leave the page blank.
    return null;
  }
}
