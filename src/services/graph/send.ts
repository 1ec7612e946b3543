/**
 * The one path to Graph: the auth hook (bearer token, one fresh token after a 401) and the retry policy, over our
 * transport. Light enough that the first view's $batch leaves before the UI has loaded (docs/architecture.md).
 */
import type { AppConfig } from "../../config";
import { graphRoot } from "../../config";
import type { TokenProvider } from "../auth/token-provider";
import { httpFetch } from "../http/transport";
import { GraphError, parseRetryAfter, toGraphError } from "./errors";
import type { GraphCall } from "./graph-http";
import { isRetryableStatus } from "./retry";
import type { RetryRun } from "./retry";

/**
 * Sends one Graph call within its run's budget and returns the last answer whatever its status; transport, token and
 * deadline failures throw GraphError. `transfer` marks file content, whose one attempt may outlast the deadline.
 */
export type GraphSend = (call: GraphCall, run: RetryRun, transfer: boolean) => Promise<Response>;

/** Options of the path; the transport's own timeout per attempt (default: the transport's). */
export interface SendOptions {
  timeoutMs?: number;
}

function isBinary(body: unknown): boolean {
  return body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body);
}

/** The auth hook: the provider's token, with a provider failure typed as "unauthenticated" unless it says more. */
async function bearer(tokens: TokenProvider, scopes: readonly string[] | undefined): Promise<string> {
  try {
    return `Bearer ${await (scopes === undefined ? tokens.getToken() : tokens.getToken([...scopes]))}`;
  } catch (error) {
    const failure = toGraphError(error, "token");
    throw failure.code === "unknown" ? new GraphError("unauthenticated", failure.message) : failure;
  }
}

/** Creates the sender for the configured Graph root. */
export function createGraphSend(config: AppConfig, tokens: TokenProvider, options: SendOptions = {}): GraphSend {
  const root = graphRoot(config);

  async function once(call: GraphCall, run: RetryRun, transfer: boolean): Promise<Response> {
    const where = `${call.method} ${call.path}`;
    const headers: Record<string, string> = { ...call.headers, Authorization: await bearer(tokens, call.scopes) };
    const init: RequestInit & { timeoutMs?: number } = { method: call.method, headers };
    if (options.timeoutMs !== undefined) init.timeoutMs = options.timeoutMs;
    if (isBinary(call.body)) init.body = call.body as BodyInit;
    else if (call.body !== undefined) {
      init.body = JSON.stringify(call.body);
      if (!Object.keys(headers).some((name) => name.toLowerCase() === "content-type")) headers["Content-Type"] = "application/json";
    }
    // The deadline cuts an attempt short; a file's content may take its transport timeout, however large it is.
    const left = transfer ? null : run.remainingMs();
    if (left === 0) throw new GraphError("timeout", `${where}: deadline passed after ${run.describe()}`);
    const deadline = new AbortController();
    init.signal = deadline.signal;
    const timer = left === null ? undefined : setTimeout(() => deadline.abort(), left);
    try {
      return await httpFetch(`${root}${call.path}`, init);
    } catch (error) {
      if (deadline.signal.aborted) throw new GraphError("timeout", `${where}: no answer within the deadline after ${run.describe()}`);
      throw toGraphError(error, where);
    } finally {
      clearTimeout(timer);
    }
  }

  return async (call, run, transfer) => {
    let refreshed = false;
    for (;;) {
      let response = await once(call, run, transfer || isBinary(call.body));
      if (response.status === 401 && !refreshed && tokens.invalidate) {
        // A rejected token is dropped once and the call repeated with a fresh one; this is no retry of the budget.
        refreshed = true;
        void response.body?.cancel().catch(() => undefined);
        tokens.invalidate();
        response = await once(call, run, transfer || isBinary(call.body));
      }
      if (!isRetryableStatus(response.status, call.method)) return response;
      // An HTTP-date Retry-After is absolute: read it against the wall clock, not the policy's.
      const wait = run.nextWait(parseRetryAfter(response.headers.get("Retry-After")));
      if (wait === null) return response;
      // The answer is dropped unread: release its body so the connection can be reused.
      void response.body?.cancel().catch(() => undefined);
      await run.policy.sleep(wait * 1000);
    }
  };
}
