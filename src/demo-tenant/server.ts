/** The demo tenant: a local HTTP server speaking the subset of Microsoft Graph v1.0 that Sammanträde uses. */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { runBatch } from "./batch";
import type { BatchLogEntry } from "./batch";
import type { DemoData } from "./data-types";
import { FaultInjector, parseFaults, parseInjected } from "./faults";
import type { FaultKind } from "./faults";
import { errorResponse, GraphHttpError, JSON_TYPE } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import { safeDecode } from "./odata";
import { authenticate, routeGraph, toErrorResponse } from "./router";
import type { GraphRequest } from "./router";
import { serveSiteFile } from "./site-files";
import { DEFAULT_DATA_PATH, DemoStore } from "./store";

/** How to start the demo tenant. */
export interface DemoTenantOptions {
  /** 0 or undefined: an ephemeral port. */
  port?: number;
  host?: string;
  dataPath?: string;
  latencyMs?: number;
  /** e.g. "429:0.3,503:0.1,timeout:0.05"; "lostResponse:0.05" applies a write and then answers 504. */
  faults?: string;
  seed?: number;
  /**
   * The app's origin(s): only they get a CORS grant and may use the `/_demo` writes (reset, faults, log clearing);
   * a request that names another Origin is refused. '*' (the default for a bare tenant in tests) allows any.
   */
  corsOrigin?: string | readonly string[];
  /** No startup line on stdout (the CLI prints one). */
  quiet?: boolean;
  /** Retry-After seconds on injected 429/503 (default 1; tests use 0). */
  faultRetryAfter?: number;
  /** How long an injected timeout holds the request before its 504 (default 10000). */
  timeoutMs?: number;
  /** Persist the working copy into this folder (e.g. ".demo-work"); the source data file is never written. */
  persistDir?: string;
  /** Every site starts without lists and libraries, as a site before `npm run provision` (DEMO_EMPTY_SITE=1). */
  emptySite?: boolean;
}

/** One served Graph request, as /_demo/requests lists it. */
export interface RequestLogEntry {
  method: string;
  /** Decoded path with query, e.g. "/v1.0/me/events?$filter=iCalUId eq '…'". */
  path: string;
  status: number;
  /** ISO time the request arrived. */
  at: string;
  durationMs: number;
  /** The injected fault ("429", "503", "timeout", "lostResponse"), when one was drawn for this request. */
  fault?: string;
  /** Inner requests of a $batch. */
  batch?: BatchLogEntry[];
}

/** A running demo tenant. */
export interface DemoTenant {
  /** Origin without version, e.g. http://127.0.0.1:3001. */
  url: string;
  port: number;
  close(): Promise<void>;
  requests(): RequestLogEntry[];
  clearRequests(): void;
  /** Reloads the working copy from the source data file. */
  reset(): void;
  /** The live working copy (for assertions). */
  state(): DemoData;
  setFaults(spec: string | undefined, seed?: number): void;
  /**
   * The next Graph requests (inner batch requests count one each) get these faults, in order; with `where`, only
   * requests whose "METHOD /decoded/path?query" contains it ("/children", or "POST /v1.0/sites/…/items" for a create).
   */
  injectFaults(kinds: readonly FaultKind[], where?: string): void;
  setLatency(ms: number): void;
}

// Retry-Attempt: the Graph SDK's RetryHandler adds it to every retry of a throttled request; a browser asks for it
// in the preflight, and without it each retry after a 429/503 failed as "offline".
const ALLOW_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, Prefer, client-request-id, ConsistencyLevel, Retry-Attempt";
const EXPOSE_HEADERS = "ETag, Retry-After, Location, request-id, client-request-id";

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => ok(Buffer.concat(chunks)));
    req.on("error", fail);
  });
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

/** Reads DEMO_DATA, DEMO_LATENCY_MS, DEMO_FAULTS, DEMO_SEED, DEMO_CORS_ORIGIN (comma-separated, or *), DEMO_PERSIST=1 (.demo-work/) and DEMO_EMPTY_SITE=1 into options. */
export function demoOptionsFromEnv(env: Record<string, string | undefined>): DemoTenantOptions {
  const out: DemoTenantOptions = {};
  const num = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, not '${raw}'`);
    return n;
  };
  if (env.DEMO_DATA) out.dataPath = resolve(env.DEMO_DATA);
  const latency = num("DEMO_LATENCY_MS");
  if (latency !== undefined) out.latencyMs = latency;
  if (env.DEMO_FAULTS) {
    parseFaults(env.DEMO_FAULTS);
    out.faults = env.DEMO_FAULTS;
  }
  const seed = num("DEMO_SEED");
  if (seed !== undefined) out.seed = seed;
  if (env.DEMO_PERSIST === "1" || env.DEMO_PERSIST === "true") out.persistDir = resolve(".demo-work");
  if (env.DEMO_EMPTY_SITE === "1" || env.DEMO_EMPTY_SITE === "true") out.emptySite = true;
  const origins = (env.DEMO_CORS_ORIGIN ?? "").split(",").map((o) => o.trim()).filter((o) => o !== "");
  if (origins.length > 0) out.corsOrigin = origins.includes("*") ? "*" : origins;
  return out;
}

/** Starts the demo tenant and resolves once it listens. */
export async function startDemoTenant(options: DemoTenantOptions = {}): Promise<DemoTenant> {
  const store = new DemoStore(options.dataPath ?? DEFAULT_DATA_PATH, options.persistDir, options.emptySite === true);
  const faults = new FaultInjector(options.faults, options.seed ?? 1);
  let latencyMs = options.latencyMs ?? 0;
  const retryAfter = options.faultRetryAfter ?? 1;
  const timeoutMs = options.timeoutMs ?? 10000;
  const corsOrigin = options.corsOrigin ?? "*";
  const anyOrigin = corsOrigin === "*";
  const allowedOrigins = new Set(typeof corsOrigin === "string" ? [corsOrigin] : corsOrigin);
  // No Origin header: not a cross-origin browser request (Node, curl, a navigation); the browser always sends one on
  // fetches from another origin, and on every POST.
  const originAllowed = (origin: string | undefined): boolean => anyOrigin || origin === undefined || allowedOrigins.has(origin);
  const host = options.host ?? "127.0.0.1";
  let log: RequestLogEntry[] = [];
  const sleepers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
  let closed = false;

  const sleep = (ms: number) =>
    new Promise<void>((wake) => {
      if (ms <= 0 || closed) return wake();
      const entry = { timer: setTimeout(() => (sleepers.delete(entry), wake()), ms), wake };
      sleepers.add(entry);
    });

  const faultResponse = async (kind: FaultKind): Promise<GraphResponse> => {
    if (kind === "403") return errorResponse(403, "accessDenied", "Access denied. You do not have permission to perform this action or access this resource.");
    if (kind === "429") return errorResponse(429, "TooManyRequests", "Too many requests. Retry after the given number of seconds.", { "Retry-After": String(retryAfter) });
    if (kind === "503") return errorResponse(503, "ServiceUnavailable", "The service is temporarily unavailable. Retry later.", { "Retry-After": String(retryAfter) });
    await sleep(timeoutMs);
    return errorResponse(504, "GatewayTimeout", "The request timed out.");
  };

  /**
   * 429, 503 and timeout are drawn before routing, so such a faulted write never takes effect and a retry is safe.
   * lostResponse routes first (the write happens) and then answers like a timeout: the client cannot know it worked.
   */
  const serveOne = async (req: GraphRequest, origin: string): Promise<GraphResponse> => {
    // "METHOD /path?query": a targeted fault can name a write alone ("POST /v1.0/sites/…/items"), not the read before it.
    const fault = faults.draw(`${req.method.toUpperCase()} ${safeDecode(req.url)}`);
    if (fault !== undefined && fault !== "lostResponse") return { ...(await faultResponse(fault)), fault };
    const user = authenticate(store, req.headers.authorization);
    const response = routeGraph(req, user, store, origin);
    if (fault === "lostResponse") return { ...(await faultResponse("timeout")), fault };
    return response;
  };

  /** Grants CORS to an allowed Origin only; returns false for a foreign one (which then gets no CORS header at all). */
  const cors = (res: ServerResponse, req: IncomingMessage): boolean => {
    const origin = req.headers.origin;
    if (!anyOrigin) res.setHeader("Vary", "Origin");
    if (!originAllowed(origin)) return false;
    if (anyOrigin) res.setHeader("Access-Control-Allow-Origin", "*");
    else if (origin !== undefined) res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
    return true;
  };

  const send = (res: ServerResponse, r: GraphResponse | { status: number; headers: Record<string, string>; bytes: Buffer }, requestId?: string) => {
    if (res.writableEnded || res.destroyed) return;
    const headers: Record<string, string> = { ...r.headers };
    if (requestId !== undefined) {
      headers["request-id"] = requestId;
      headers["client-request-id"] ??= requestId;
    }
    let payload: Buffer | undefined;
    if ("bytes" in r && r.bytes !== undefined) payload = r.bytes;
    else if ("body" in r && r.body !== undefined) payload = Buffer.from(JSON.stringify(r.body), "utf8");
    if (payload !== undefined) headers["Content-Length"] = String(payload.length);
    res.writeHead(r.status, headers);
    res.end(payload);
  };

  const handleGraph = async (req: IncomingMessage, res: ServerResponse, url: string, body: Buffer, origin: string) => {
    const started = Date.now();
    const at = new Date(started).toISOString();
    const headers = lowerHeaders(req);
    const requestId = randomUUID();
    const rel = url.slice("/v1.0".length) || "/";
    const method = (req.method ?? "GET").toUpperCase();
    await sleep(latencyMs);
    let response: GraphResponse;
    let batchLog: BatchLogEntry[] | undefined;
    try {
      if (method === "POST" && safeDecode(rel.split("?")[0] ?? "").replace(/\/$/, "") === "/$batch") {
        authenticate(store, headers.authorization);
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString("utf8"));
        } catch {
          throw new GraphHttpError(400, "BadRequest", "Invalid batch payload format: the body is not JSON.");
        }
        const outer = { authorization: headers.authorization ?? "" };
        const result = await runBatch(parsed, outer, (inner) => serveOne(inner, origin).catch(toErrorResponse));
        response = result.response;
        batchLog = result.log;
      } else {
        response = await serveOne({ method, url: rel, headers, body: body.length > 0 ? body : undefined }, origin);
      }
    } catch (e) {
      response = toErrorResponse(e);
    }
    if (headers["client-request-id"] !== undefined) response.headers["client-request-id"] = headers["client-request-id"];
    log.push({
      method,
      path: safeDecode(url),
      status: response.status,
      at,
      durationMs: Date.now() - started,
      ...(response.fault ? { fault: response.fault } : {}),
      ...(batchLog ? { batch: batchLog } : {}),
    });
    send(res, response, requestId);
  };

  const handleDemo = async (req: IncomingMessage, res: ServerResponse, path: string, body: Buffer) => {
    const method = (req.method ?? "GET").toUpperCase();
    const ok = (status: number, value?: unknown) => send(res, { status, headers: value === undefined ? {} : { "Content-Type": JSON_TYPE }, body: value });
    if (path === "/_demo/users" && method === "GET") {
      return ok(200, store.current.users.map((u) => ({ mail: u.mail, name: u.displayName, role: u.role, organisation: u.organisation })));
    }
    if (path === "/_demo/requests" && method === "GET") return ok(200, log);
    if (path === "/_demo/requests" && method === "DELETE") {
      log = [];
      return ok(204);
    }
    if (path === "/_demo/reset" && method === "POST") {
      store.reset();
      return ok(204);
    }
    if (path === "/_demo/faults" && method === "POST") {
      try {
        const raw = JSON.parse(body.toString("utf8") || "{}") as { faults?: string; seed?: number; latencyMs?: number; inject?: unknown; where?: unknown };
        const inject = raw.inject === undefined ? [] : parseInjected(raw.inject);
        faults.set(raw.faults, raw.seed ?? 1);
        faults.inject(inject, typeof raw.where === "string" ? raw.where : undefined);
        if (typeof raw.latencyMs === "number") latencyMs = raw.latencyMs;
        return ok(204);
      } catch (e) {
        return send(res, errorResponse(400, "BadRequest", e instanceof Error ? e.message : String(e)));
      }
    }
    return send(res, errorResponse(404, "NotFound", `No demo route ${method} ${path}`));
  };

  const server = createServer((req, res) => {
    void (async () => {
      try {
        const body = await readBody(req);
        const url = req.url ?? "/";
        const path = url.split("?")[0] ?? "/";
        const origin = `http://${req.headers.host ?? `${host}:${port}`}`;
        if (!cors(res, req)) {
          // A page of another origin in the same browser: no preflight grant, no reset, no Graph.
          return send(res, errorResponse(403, "accessDenied", "This origin may not use the demo tenant."));
        }
        if (req.method === "OPTIONS") {
          res.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
          res.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
          res.setHeader("Access-Control-Max-Age", "600");
          res.writeHead(204);
          res.end();
          return;
        }
        if (path === "/v1.0" || path.startsWith("/v1.0/")) return await handleGraph(req, res, url, body, origin);
        if (path.startsWith("/_demo/")) return await handleDemo(req, res, path, body);
        if (req.method === "GET" || req.method === "HEAD") {
          const file = serveSiteFile(store, origin, url);
          if (file) return send(res, file);
        }
        send(res, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" }, bytes: Buffer.from("Hittades inte", "utf8") });
      } catch (e) {
        send(res, toErrorResponse(e));
      }
    })();
  });

  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, host, () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}`;
  if (options.quiet !== true) process.stdout.write(`Demo tenant (Graph v1.0) listening on ${url}\n`);

  return {
    url,
    port,
    close: () =>
      new Promise<void>((ok) => {
        closed = true;
        for (const s of sleepers) {
          clearTimeout(s.timer);
          s.wake();
        }
        sleepers.clear();
        server.close(() => ok());
        server.closeAllConnections();
      }),
    requests: () => [...log],
    clearRequests: () => {
      log = [];
    },
    reset: () => store.reset(),
    state: () => store.current,
    setFaults: (spec, seed) => faults.set(spec, seed ?? 1),
    injectFaults: (kinds, where) => faults.inject(kinds, where),
    setLatency: (ms) => {
      latencyMs = ms;
    },
  };
}
