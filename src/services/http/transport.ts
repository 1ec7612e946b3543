/** The one module that calls fetch (lint-enforced): timeouts and network failures become typed errors here. */
import { GraphError } from "../graph/errors";

/** fetch options plus a timeout; the caller's own signal still aborts the request. */
export interface TransportInit extends RequestInit {
  /** Milliseconds before the request is abandoned as offline; default 30 000. */
  timeoutMs?: number;
}

/** Default timeout: long enough for a 40-item $batch on a slow link, short enough that the user is not left waiting. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** fetch with a timeout; a network failure or timeout rejects with GraphError('offline'). */
export async function httpFetch(input: string | URL | Request, init: TransportInit = {}): Promise<Response> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, signal: callerSignal, ...rest } = init;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  if (callerSignal) {
    if (callerSignal.aborted) controller.abort(callerSignal.reason);
    else callerSignal.addEventListener("abort", onCallerAbort, { once: true });
  }
  try {
    return await fetch(input, { ...rest, signal: controller.signal });
  } catch (error) {
    // A caller's own cancellation is not a network failure: let it through unchanged.
    if (callerSignal?.aborted && !timedOut) throw error;
    const reason = timedOut ? `timeout after ${timeoutMs} ms` : describe(error);
    throw new GraphError("offline", `${requestLabel(input, rest.method)}: ${reason}`);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener("abort", onCallerAbort);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

function requestLabel(input: string | URL | Request, method: string | undefined): string {
  if (typeof input === "string" || input instanceof URL) return `${method ?? "GET"} ${String(input)}`;
  return `${input.method} ${input.url}`;
}
