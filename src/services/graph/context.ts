/** What every repository needs: the request layer, the configuration, the configured paths and the retry policy. */
import type { AppConfig } from "../../config";
import { graphRoot } from "../../config";
import { GraphError } from "./errors";
import type { GraphHttp } from "./graph-http";
import type { SitePaths } from "./paths";
import { sitePaths } from "./paths";
import { toPage } from "./parse/collection";
import type { Page } from "./parse/collection";
import type { RetryPolicy } from "./retry";

/** Shared dependencies of the Graph repositories. */
export interface GraphContext {
  http: GraphHttp;
  config: AppConfig;
  paths: SitePaths;
  policy: RetryPolicy;
}

/** Builds the context. */
export function graphContext(http: GraphHttp, config: AppConfig, policy: RetryPolicy): GraphContext {
  return { http, config, paths: sitePaths(config), policy };
}

/** A nextLink made relative to our Graph root; a link to another host is refused (it would get our token's data). */
export function relativeToRoot(config: AppConfig, link: string): string {
  const root = graphRoot(config);
  if (!link.startsWith(`${root}/`)) throw new GraphError("invalidResponse", `nextLink outside the Graph root: ${link}`);
  return link.slice(root.length);
}

/**
 * All values of a collection, starting from its first page. Further pages cost a round trip each: they exist only
 * when a collection outgrows the $top we asked for, which cannot be known before the first answer.
 */
export async function allValues(ctx: GraphContext, first: Page, what: string): Promise<unknown[]> {
  const values = [...first.value];
  let next = first.nextLink;
  while (next !== null) {
    const page = toPage(await ctx.http.json({ method: "GET", path: relativeToRoot(ctx.config, next) }), what);
    values.push(...page.value);
    next = page.nextLink;
  }
  return values;
}

/** Reads a collection from a first-page body (already fetched, e.g. in a $batch) through its last page. */
export async function collect(ctx: GraphContext, body: unknown, what: string): Promise<unknown[]> {
  return allValues(ctx, toPage(body, what), what);
}
