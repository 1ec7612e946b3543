/** Builds the one Graph path of a host: transport, auth hook and retry policy; every Graph adapter runs over it. */
import type { AppConfig } from "../../config";
import type { TokenProvider } from "../auth/token-provider";
import { GraphHttp } from "./graph-http";
import { DEFAULT_RETRY_POLICY } from "./retry";
import type { RetryPolicy } from "./retry";
import { createGraphSend } from "./send";

/** Test tuning of the path; production passes nothing. */
export interface GraphPathOptions {
  /** Replaces parts of the retry policy (tests shorten backoff or inject the clock; the budget is GRAPH_RETRY_BUDGET). */
  retry?: Partial<RetryPolicy>;
  /** The transport's timeout of one attempt in ms. */
  timeoutMs?: number;
}

/** The request layer over the configured Graph with the given tokens and the stated retry policy. */
export function createGraphHttp(config: AppConfig, tokens: TokenProvider, options: GraphPathOptions = {}): GraphHttp {
  const send = createGraphSend(config, tokens, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
  return new GraphHttp(send, { ...DEFAULT_RETRY_POLICY, ...options.retry });
}
