/**
 * The light path to Graph for JSON calls that need none of the SDK's request builder ($batch): the bearer token, one
 * fresh token after a 401, and the outer retry of throttled answers, over our transport. It lets the first view's
 * round trip leave before the Graph SDK has even been downloaded (docs/architecture.md "One round trip per meeting view").
 */
import type { AppConfig } from "../../config";
import { graphRoot } from "../../config";
import type { TokenProvider } from "../auth/token-provider";
import { httpFetch } from "../http/transport";
import type { GraphClientOptions } from "./client";
import { GraphError, toGraphError } from "./errors";
import type { GraphCall } from "./graph-http";
import { isRetryableStatus } from "./retry";

/** Sends one Graph call and returns the raw answer whatever its status; transport and token failures throw GraphError. */
export type DirectSend = (call: GraphCall) => Promise<Response>;

// The SDK's RetryHandler waits at most 180 s for one retry; the same cap here keeps both paths alike.
const MAX_DELAY_SECONDS = 180;

/** Seconds a throttled answer asks to wait (Retry-After as seconds or an HTTP date), or null. */
function retryAfterSeconds(response: Response): number | null {
  const raw = response.headers.get("Retry-After");
  if (raw === null || raw.trim() === "") return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, (date - Date.now()) / 1000);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates the light sender for the configured Graph root, with the same token and retry rules as the SDK client. */
export function createDirectSend(config: AppConfig, tokens: TokenProvider, options: GraphClientOptions = {}): DirectSend {
  const root = graphRoot(config);
  const maxRetries = options.maxRetries ?? 10;
  const baseDelay = options.retryDelaySeconds ?? 1;

  async function token(): Promise<string> {
    try {
      return await tokens.getToken();
    } catch (error) {
      const failure = toGraphError(error, "token");
      throw failure.code === "unknown" ? new GraphError("unauthenticated", failure.message) : failure;
    }
  }

  async function once(call: GraphCall): Promise<Response> {
    const headers: Record<string, string> = { ...call.headers, Authorization: `Bearer ${await token()}` };
    const init: RequestInit & { timeoutMs?: number } = { method: call.method, headers };
    if (call.body !== undefined) {
      init.body = JSON.stringify(call.body);
      if (!Object.keys(headers).some((name) => name.toLowerCase() === "content-type")) headers["Content-Type"] = "application/json";
    }
    if (options.timeoutMs !== undefined) init.timeoutMs = options.timeoutMs;
    try {
      return await httpFetch(`${root}${call.path}`, init);
    } catch (error) {
      throw toGraphError(error, `${call.method} ${call.path}`);
    }
  }

  return async (call) => {
    let refreshed = false;
    for (let retry = 1; ; retry++) {
      let response = await once(call);
      if (response.status === 401 && !refreshed && tokens.invalidate) {
        // As the SDK path: a rejected token is dropped once and the call repeated with a fresh one.
        refreshed = true;
        tokens.invalidate();
        response = await once(call);
      }
      if (retry > maxRetries || !isRetryableStatus(response.status, call.method)) return response;
      const wait = Math.min(retryAfterSeconds(response) ?? baseDelay * 2 ** (retry - 1), MAX_DELAY_SECONDS);
      // The answer is dropped unread: release its body so the connection can be reused.
      void response.body?.cancel().catch(() => undefined);
      await sleep(wait * 1000);
    }
  };
}
