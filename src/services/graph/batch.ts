/** JSON $batch whose throttled inner requests are retried within the same budget as the batch itself. */
import { GraphError, graphErrorFromResponse } from "./errors";
import type { GraphHttp, Method } from "./graph-http";
import { isRetryableStatus, RetryRun } from "./retry";
import type { RetryPolicy } from "./retry";

/** Graph accepts at most 20 requests in one $batch. */
export const MAX_BATCH_SIZE = 20;

/** One inner request; url is relative to the version root ("/me/events?..."). */
export interface BatchRequest {
  id: string;
  method: Method;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The settled result of one inner request. */
export type BatchOutcome = { ok: true; status: number; body: unknown } | { ok: false; error: GraphError };

interface InnerResponse {
  id: string;
  status: number;
  body: unknown;
  retryAfter: string | null;
}

function header(headers: unknown, name: string): string | null {
  if (typeof headers !== "object" || headers === null) return null;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name.toLowerCase()) return typeof value === "string" || typeof value === "number" ? String(value) : null;
  }
  return null;
}

function parseBatchResponse(body: unknown): InnerResponse[] {
  const responses = typeof body === "object" && body !== null ? (body as { responses?: unknown }).responses : undefined;
  if (!Array.isArray(responses)) throw new GraphError("invalidResponse", "$batch: no responses array");
  return responses.map((raw: unknown) => {
    if (typeof raw !== "object" || raw === null) throw new GraphError("invalidResponse", "$batch: response is not an object");
    const { id, status, body: innerBody, headers } = raw as Record<string, unknown>;
    if (typeof id !== "string" || typeof status !== "number") throw new GraphError("invalidResponse", "$batch: response without id or status");
    return { id, status, body: innerBody ?? null, retryAfter: header(headers, "Retry-After") };
  });
}

function toWire(request: BatchRequest): Record<string, unknown> {
  const wire: Record<string, unknown> = { id: request.id, method: request.method, url: request.url };
  const headers = { ...request.headers };
  if (request.body !== undefined) {
    wire.body = request.body;
    if (!Object.keys(headers).some((key) => key.toLowerCase() === "content-type")) headers["Content-Type"] = "application/json";
  }
  if (Object.keys(headers).length > 0) wire.headers = headers;
  return wire;
}

async function sendOnce(http: GraphHttp, requests: BatchRequest[], run: RetryRun): Promise<InnerResponse[]> {
  const chunks: BatchRequest[][] = [];
  for (let i = 0; i < requests.length; i += MAX_BATCH_SIZE) chunks.push(requests.slice(i, i + MAX_BATCH_SIZE));
  const answers = await Promise.all(
    chunks.map(async (chunk) => parseBatchResponse(await http.json({ method: "POST", path: "/$batch", body: { requests: chunk.map(toWire) }, run }))),
  );
  return answers.flat();
}

/**
 * Sends the requests in as few $batch round trips as Graph allows; retries only throttled inner requests, in a new
 * batch. One run of the policy covers it all: outer retries of a throttled batch and inner rounds share its attempts
 * and deadline, so a meeting view waits no longer than a single request may.
 */
export async function runBatch(http: GraphHttp, requests: BatchRequest[], policy: RetryPolicy): Promise<Map<string, BatchOutcome>> {
  const ids = new Set(requests.map((request) => request.id));
  if (ids.size !== requests.length) throw new GraphError("unknown", "$batch: duplicate request ids");
  const outcomes = new Map<string, BatchOutcome>();
  let pending = requests;
  const run = new RetryRun(policy);
  while (pending.length > 0) {
    const answers = new Map((await sendOnce(http, pending, run)).map((answer) => [answer.id, answer]));
    const retry: BatchRequest[] = [];
    let retryAfter: number | null = null;
    for (const request of pending) {
      const answer = answers.get(request.id);
      const where = `${request.method} ${request.url}`;
      if (!answer) {
        outcomes.set(request.id, { ok: false, error: new GraphError("invalidResponse", `$batch: no answer for ${where}`) });
        continue;
      }
      if (answer.status >= 200 && answer.status < 300) {
        outcomes.set(request.id, { ok: true, status: answer.status, body: answer.body });
        continue;
      }
      const error = graphErrorFromResponse(answer.status, answer.body, answer.retryAfter, where);
      outcomes.set(request.id, { ok: false, error });
      if (isRetryableStatus(answer.status, request.method)) {
        retry.push(request);
        if (error.retryAfterSeconds !== null) retryAfter = Math.max(retryAfter ?? 0, error.retryAfterSeconds);
      }
    }
    if (retry.length === 0 || !(await run.waitForNext(retryAfter))) break;
    pending = retry;
  }
  return outcomes;
}

/** The body of a successful outcome, or its error thrown. */
export function bodyOf(outcome: BatchOutcome | undefined, id: string): unknown {
  if (!outcome) throw new GraphError("unknown", `$batch: no outcome for ${id}`);
  if (!outcome.ok) throw outcome.error;
  return outcome.body;
}
