/** JSON $batch: up to 20 inner requests through the same router, each with its own status; dependsOn failures give 424. */
import { errorBody, errors, json } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import type { GraphRequest } from "./router";

/** Graph's limit of requests per batch. */
export const MAX_BATCH = 20;

/** One inner request as the client sent it. */
interface InnerRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  dependsOn: string[];
}

/** One inner request as logged by /_demo/requests. */
export interface BatchLogEntry {
  id: string;
  method: string;
  url: string;
  status: number;
  /** The injected fault, when one was drawn for this inner request. */
  fault?: string;
}

function parseBatch(raw: unknown): InnerRequest[] {
  if (typeof raw !== "object" || raw === null || !Array.isArray((raw as { requests?: unknown }).requests)) {
    throw errors.badRequest("Invalid batch payload format: a 'requests' array is required.");
  }
  const list = (raw as { requests: unknown[] }).requests;
  if (list.length === 0) throw errors.badRequest("Invalid batch payload format: the batch contains no requests.");
  if (list.length > MAX_BATCH) throw errors.badRequest(`Invalid batch payload format: the number of requests exceeds the limit of ${MAX_BATCH}.`);
  const seen = new Set<string>();
  return list.map((entry) => {
    if (typeof entry !== "object" || entry === null) throw errors.badRequest("Invalid batch payload format: every request must be an object.");
    const r = entry as Record<string, unknown>;
    const id = typeof r.id === "number" ? String(r.id) : r.id;
    if (typeof id !== "string" || id === "") throw errors.badRequest("Invalid batch payload format: every request needs an id.");
    if (seen.has(id)) throw errors.badRequest(`Invalid batch payload format: duplicate request id '${id}'.`);
    if (typeof r.method !== "string" || typeof r.url !== "string") throw errors.badRequest(`Invalid batch payload format: request '${id}' needs method and url.`);
    const dependsOn = r.dependsOn === undefined ? [] : r.dependsOn;
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== "string" || !seen.has(d))) {
      throw errors.badRequest(`Invalid batch payload format: request '${id}' depends on a request that does not precede it.`);
    }
    seen.add(id);
    const headers: Record<string, string> = {};
    if (typeof r.headers === "object" && r.headers !== null) {
      for (const [k, v] of Object.entries(r.headers as Record<string, unknown>)) headers[k.toLowerCase()] = String(v);
    }
    return { id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn: dependsOn as string[] };
  });
}

function innerBody(inner: InnerRequest): Buffer | undefined {
  if (inner.body === undefined || inner.body === null) return undefined;
  const type = inner.headers["content-type"] ?? "";
  if (typeof inner.body === "string" && !type.includes("json")) return Buffer.from(inner.body, "base64");
  return Buffer.from(typeof inner.body === "string" ? inner.body : JSON.stringify(inner.body), "utf8");
}

function innerResult(id: string, res: GraphResponse): Record<string, unknown> {
  const out: Record<string, unknown> = { id, status: res.status, headers: res.headers };
  if (res.bytes !== undefined) out.body = res.bytes.toString("base64");
  else if (res.body !== undefined) out.body = res.body;
  return out;
}

/** Runs a batch; `run` serves one inner request (auth, faults, routing) and `outerHeaders` carry the caller's token. */
export async function runBatch(
  raw: unknown,
  outerHeaders: Record<string, string>,
  run: (req: GraphRequest) => Promise<GraphResponse>,
): Promise<{ response: GraphResponse; log: BatchLogEntry[] }> {
  const requests = parseBatch(raw);
  const statuses = new Map<string, number>();
  const responses: Record<string, unknown>[] = [];
  const log: BatchLogEntry[] = [];
  for (const inner of requests) {
    let res: GraphResponse;
    const failed = inner.dependsOn.filter((d) => (statuses.get(d) ?? 0) >= 400);
    if (failed.length > 0) {
      res = json(424, errorBody("FailedDependency", `The request depends on request(s) ${failed.join(", ")} which failed.`));
    } else if (/^https?:/i.test(inner.url)) {
      res = json(400, errorBody("BadRequest", "Inner request URLs must be relative to the version root, e.g. /me."));
    } else if (inner.body !== undefined && inner.headers["content-type"] === undefined) {
      res = json(400, errorBody("BadRequest", `Write request id : ${inner.id} does not contain Content-Type header or body.`));
    } else {
      const url = inner.url.startsWith("/") ? inner.url : `/${inner.url}`;
      res = await run({ method: inner.method, url, headers: { ...outerHeaders, ...inner.headers }, body: innerBody(inner) });
    }
    statuses.set(inner.id, res.status);
    responses.push(innerResult(inner.id, res));
    log.push({ id: inner.id, method: inner.method, url: inner.url, status: res.status, ...(res.fault ? { fault: res.fault } : {}) });
  }
  return { response: json(200, { responses }), log };
}
