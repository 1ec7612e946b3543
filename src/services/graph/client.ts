/** The Graph client factory: the one place that knows the Graph URL; the SDK's requests go through our transport. */
import { Client, GraphClientError, RetryHandler, RetryHandlerOptions } from "@microsoft/microsoft-graph-client";
import type { Context, FetchOptions, Middleware } from "@microsoft/microsoft-graph-client";
import type { AppConfig } from "../../config";
import { graphRoot } from "../../config";
import type { TokenProvider } from "../auth/token-provider";
import { httpFetch } from "../http/transport";
import { GraphError, toGraphError } from "./errors";
import { isRetryableStatus } from "./retry";

/** Tuning of the client; defaults suit production. */
export interface GraphClientOptions {
  /** Per-request timeout in ms (transport). */
  timeoutMs?: number;
  /** Retries of the SDK's RetryHandler for outer 429/503/504 (max 10). */
  maxRetries?: number;
  /** RetryHandler's base delay in seconds when no Retry-After is given. */
  retryDelaySeconds?: number;
}

// The SDK wraps anything a middleware throws into its own GraphError and loses our code, except
// GraphClientError, which it rethrows as is: so our typed failure rides in its customError.
function carry(error: GraphError): GraphClientError {
  const wrapper = new GraphClientError(error.message);
  wrapper.customError = error;
  return wrapper;
}

/** The GraphError a client call failed with, unwrapped from the SDK's GraphClientError. */
export function unwrapClientError(error: unknown, where: string): GraphError {
  if (error instanceof GraphClientError && error.customError instanceof GraphError) return error.customError;
  return toGraphError(error, where);
}

function requestUrl(request: RequestInfo): string {
  return typeof request === "string" ? request : request.url;
}

function withHeader(options: FetchOptions | undefined, name: string, value: string): FetchOptions {
  const headers = { ...(options?.headers as Record<string, string> | undefined), [name]: value };
  return { ...options, headers };
}

/** Adds the bearer token (only for our Graph root); on 401 drops the token and tries once more with a fresh one. */
class TokenMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly tokens: TokenProvider,
    private readonly root: string,
  ) {}

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw carry(new GraphError("unknown", "middleware chain has no terminal handler"));
    // Never send a token to a host that is not our Graph (e.g. a nextLink pointing elsewhere).
    if (!requestUrl(context.request).startsWith(`${this.root}/`)) {
      await next.execute(context);
      return;
    }
    await this.authorize(context);
    await next.execute(context);
    if (context.response?.status === 401 && this.tokens.invalidate) {
      this.tokens.invalidate();
      await this.authorize(context);
      await next.execute(context);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  private async authorize(context: Context): Promise<void> {
    let token: string;
    try {
      token = await this.tokens.getToken();
    } catch (error) {
      const failure = toGraphError(error, "token");
      throw carry(failure.code === "unknown" ? new GraphError("unauthenticated", failure.message) : failure);
    }
    context.options = withHeader(context.options, "Authorization", `Bearer ${token}`);
  }
}

/** Terminal handler: the SDK never calls fetch itself; our transport does. */
class TransportHandler implements Middleware {
  constructor(private readonly timeoutMs: number | undefined) {}

  async execute(context: Context): Promise<void> {
    try {
      const init: RequestInit & { timeoutMs?: number } = { ...(context.options as RequestInit) };
      if (this.timeoutMs !== undefined) init.timeoutMs = this.timeoutMs;
      context.response = await httpFetch(context.request, init);
    } catch (error) {
      throw carry(toGraphError(error, requestUrl(context.request)));
    }
  }

  setNext(): void {
    // Terminal: nothing follows the network.
  }
}

/** Creates the Graph client for the configured Graph root, authenticated by the token provider. */
export function createGraphClient(config: AppConfig, tokens: TokenProvider, options: GraphClientOptions = {}): Client {
  const root = graphRoot(config);
  const retry = new RetryHandler(
    new RetryHandlerOptions(options.retryDelaySeconds ?? 1, options.maxRetries ?? 10, (_delay, _attempt, _request, fetchOptions, response) =>
      isRetryableStatus(response.status, (fetchOptions?.method ?? "GET").toUpperCase()),
    ),
  );
  return Client.initWithMiddleware({
    baseUrl: config.graphBaseUrl.replace(/\/+$/, ""),
    defaultVersion: config.graphVersion,
    middleware: [new TokenMiddleware(tokens, root), retry, new TransportHandler(options.timeoutMs)],
  });
}
