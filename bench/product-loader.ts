/** The product's own meeting-view load, run in Node against the same tenant: a like-for-like comparison with the
 *  baseline loader, without the browser's page load in the figure. */
import type { AppConfig } from "../src/config";
import type { MeetingRef, MeetingView } from "../src/core/ports";
import { createDemoTokenProvider } from "../src/services/auth/demo";
import { graphContext } from "../src/services/graph/context";
import type { GraphContext } from "../src/services/graph/context";
import { createGraphHttp } from "../src/services/graph/graph-path";
import { loadMeetingView } from "../src/services/graph/meeting-view";

/** The Graph context the product builds for a signed-in demo user against `graphBaseUrl`. */
export function productContext(config: AppConfig, graphBaseUrl: string, userMail: string): GraphContext {
  const cfg: AppConfig = { ...config, graphBaseUrl, sharePointOrigin: graphBaseUrl, mode: "demo" };
  const http = createGraphHttp(cfg, createDemoTokenProvider(userMail));
  return graphContext(http, cfg, http.policy);
}

/** Loads the view once and returns it with the elapsed wall time. */
export async function timeProductLoad(ctx: GraphContext, ref: MeetingRef): Promise<{ view: MeetingView; elapsedMs: number }> {
  const started = performance.now();
  const view = await loadMeetingView(ctx, ref);
  return { view, elapsedMs: performance.now() - started };
}
