/** The services' request layer over the one Graph path: JSON in and out, every non-2xx answer a GraphError. */
import { GraphError, graphErrorFromResponse } from "./errors";
import { RetryRun } from "./retry";
import type { RetryPolicy } from "./retry";
import type { GraphSend } from "./send";

/** HTTP methods the services use. */
export type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** One Graph request, path relative to the version root ("/me/events?..."). */
export interface GraphCall {
  method: Method;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The budget this call draws on when it is part of a larger one (a $batch's rounds); else a fresh run. */
  run?: RetryRun;
  /** A token for these scopes instead of the app's own (a feature whose scope is asked for only when it is used). */
  scopes?: readonly string[];
}

/** A raw answer: status, parsed JSON body (null when empty), headers. */
export interface GraphReply {
  status: number;
  body: unknown;
  headers: Headers;
}

function label(call: GraphCall, run: RetryRun): string {
  const spent = run.attemptsMade > 1 ? ` (${run.describe()})` : "";
  return `${call.method} ${call.path}${spent}`;
}

async function readJson(response: Response, where: string): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // An error page from a proxy is no OData error; a 2xx that is not JSON is a broken answer.
    if (!response.ok) return null;
    throw new GraphError("invalidResponse", `${where}: body is not JSON`);
  }
}

/** Thin request layer over the Graph path. */
export class GraphHttp {
  constructor(
    private readonly sendCall: GraphSend,
    /** The retry policy every call of this layer is given. */
    readonly policy: RetryPolicy,
  ) {}

  /** Sends a request and returns its answer whatever the status (transport failures still throw). */
  async send(call: GraphCall): Promise<GraphReply> {
    const run = call.run ?? new RetryRun(this.policy);
    const response = await this.sendCall(call, run, false);
    return { status: response.status, body: await readJson(response, label(call, run)), headers: response.headers };
  }

  /** Sends a request; a non-2xx answer throws the matching GraphError. */
  async json(call: GraphCall): Promise<unknown> {
    const run = call.run ?? new RetryRun(this.policy);
    const reply = await this.send({ ...call, run });
    if (reply.status < 200 || reply.status > 299) throw graphErrorFromResponse(reply.status, reply.body, reply.headers.get("Retry-After"), label(call, run));
    return reply.body;
  }

  /** GETs binary content (e.g. a file's /content, following Graph's redirect to the download URL). */
  async bytes(path: string): Promise<Uint8Array> {
    const call: GraphCall = { method: "GET", path };
    const run = new RetryRun(this.policy);
    const response = await this.sendCall(call, run, true);
    if (!response.ok) throw graphErrorFromResponse(response.status, await readJson(response, label(call, run)), response.headers.get("Retry-After"), label(call, run));
    return new Uint8Array(await response.arrayBuffer());
  }
}
