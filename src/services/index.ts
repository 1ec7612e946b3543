/** Composition of the Graph adapters: one client per host, from the configuration and a token provider. */
import type { Client } from "@microsoft/microsoft-graph-client";
import type { AppConfig } from "../config";
import type { Services } from "../core/ports";
import type { TokenProvider } from "./auth/token-provider";
import { createAgendaStore } from "./graph/agenda-store";
import type { GraphClientOptions } from "./graph/client";
import { graphContext } from "./graph/context";
import { createDirectory } from "./graph/directory";
import { createDirectSend } from "./graph/direct";
import { createDocumentStore } from "./graph/document-store";
import { GraphHttp } from "./graph/graph-http";
import { createMeetingSource } from "./graph/meeting-source";
import { DEFAULT_RETRY_POLICY } from "./graph/retry";
import type { RetryPolicy } from "./graph/retry";

/** Optional tuning (tests inject a sleep or a clock; production uses the defaults). */
export interface ServicesOptions {
  client?: GraphClientOptions;
  retry?: Partial<RetryPolicy>;
  now?: () => Date;
}

/** Creates the services the UI uses, all talking to the configured Graph with the given tokens. */
export function createServices(config: AppConfig, tokens: TokenProvider, options: ServicesOptions = {}): Services {
  // The SDK is a chunk of its own, fetched on the first call that needs it; the meeting view's $batch goes out
  // through the light path at once (graph/direct.ts), both over the same transport.
  const client = (): Promise<Client> =>
    import(/* webpackChunkName: "graph-client" */ "./graph/client").then(({ createGraphClient }) => createGraphClient(config, tokens, options.client));
  const http = new GraphHttp(client, createDirectSend(config, tokens, options.client));
  const ctx = graphContext(http, config, { ...DEFAULT_RETRY_POLICY, ...options.retry });
  return {
    meetings: createMeetingSource(ctx, options.now),
    agenda: createAgendaStore(ctx),
    documents: createDocumentStore(ctx),
    directory: createDirectory(ctx),
  };
}

export type { TokenProvider } from "./auth/token-provider";
export { createDemoTokenProvider, listDemoUsers } from "./auth/demo";
export type { DemoUserSummary } from "./auth/demo";
export { createNaaTokenProvider } from "./auth/naa";
export type { NaaTokenProviderOptions } from "./auth/naa";
export { GRAPH_SCOPES } from "./auth/scopes";
export { GraphError, isGraphError } from "./graph/errors";
