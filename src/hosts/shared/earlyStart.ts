/** The first view's Graph round trip, started by the entry script before React, Fluent and the UI have loaded. */
import type { AppConfig } from "../../config";
import type { MeetingRef, Surface } from "../../core";
import type { TokenProvider } from "../../services";
import { composeTab } from "../teams/composition";
import type { TabComposition } from "../teams/composition";
import { initialDemoUser } from "./demoUser";
import type { PageQuery } from "./query";
import { tokenProviderFor } from "./tokens";

/** Use cases built before the UI, for the demo user they sign in as (the UI reuses them while that user stays). */
export interface EarlyStart {
  user: string;
  composed: TabComposition;
}

/** The meeting a surface loads as soon as it shows, or null (configuration page and personal tab load lists instead). */
export function meetingToLoad(surface: Surface, ref: MeetingRef | null): MeetingRef | null {
  return surface === "content" || surface === "sidePanel" || surface === "stage" ? ref : null;
}

/** Builds the use cases and, when the first view is a known meeting, starts loading it now (the UI takes the load). */
export function startApp(config: AppConfig, tokens: TokenProvider, meeting: MeetingRef | null): TabComposition {
  const composed = composeTab(config, tokens);
  if (meeting !== null) void composed.app.meetings.prefetch(meeting);
  return composed;
}

/**
 * In a host with real sign-in: builds the use cases and starts the meeting's load only once a token has come without
 * asking the user. When sign-in needs the user (consent, a new account) nothing loads early: the UI's own first load
 * asks, inside its error handling, where a popup can follow a click. Providers without a silent method (the demo
 * tenant's named tokens) never ask the user, so their load starts at once.
 */
export async function startAppWhenSilent(config: AppConfig, tokens: TokenProvider, meeting: MeetingRef | null): Promise<TabComposition> {
  if (meeting === null || !tokens.getTokenSilently) return startApp(config, tokens, meeting);
  const token = await tokens.getTokenSilently().catch(() => null);
  return startApp(config, tokens, token === null ? null : meeting);
}

/**
 * Outside Teams: the demo user is known without asking anyone (?user= or the remembered choice), so the meeting named
 * in the URL can load before the UI has arrived. Production outside a host signs in interactively: nothing early.
 */
export function startStandaloneEarly(config: AppConfig, query: PageQuery, storage: Pick<Storage, "getItem"> | null): EarlyStart | null {
  if (config.mode !== "demo") return null;
  const user = initialDemoUser(query.user, storage);
  if (user === null) return null;
  try {
    const tokens = tokenProviderFor(config, { demoUser: user, nested: false });
    return { user, composed: startApp(config, tokens, meetingToLoad(query.surface ?? "content", query.meetingRef)) };
  } catch {
    // E.g. a mistyped ?user= that is no mail address: the UI builds the use cases itself, inside its error boundary,
    // and shows why it cannot sign in; here a throw would leave the page blank.
    return null;
  }
}
