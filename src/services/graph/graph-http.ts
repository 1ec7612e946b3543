/** Sends single Graph requests through the SDK client and turns every non-2xx answer into a GraphError. */
import type { Client, GraphRequest, ResponseType } from "@microsoft/microsoft-graph-client";
import type { DirectSend } from "./direct";
import { GraphError, graphErrorFromResponse, toGraphError } from "./errors";

/** The SDK client, or a loader of it: the loader keeps the SDK out of the entry script until a call needs it. */
export type ClientSource = Client | (() => Promise<Client>);

// ResponseType.RAW as a literal: a value import would put the SDK in every bundle that imports this module.
const RAW = "raw" as ResponseType;

/** HTTP methods the services use. */
export type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** One Graph request, path relative to the version root ("/me/events?..."). */
export interface GraphCall {
  method: Method;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A raw answer: status, parsed JSON body (null when empty), headers. */
export interface GraphReply {
  status: number;
  body: unknown;
  headers: Headers;
}

/** Our GraphError, carried through the SDK in its GraphClientError's customError (client.ts); read without importing the SDK. */
function unwrapClientError(error: unknown, where: string): GraphError {
  const carried = typeof error === "object" && error !== null ? (error as { customError?: unknown }).customError : undefined;
  return carried instanceof GraphError ? carried : toGraphError(error, where);
}

function label(call: GraphCall): string {
  return `${call.method} ${call.path}`;
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

/** Thin request layer over the Graph client. */
export class GraphHttp {
  private client: Promise<Client> | null;

  /** `direct`, when given, sends the `$batch` calls without the SDK (see direct.ts); everything else goes through the client. */
  constructor(
    private readonly source: ClientSource,
    private readonly direct?: DirectSend,
  ) {
    this.client = typeof source === "function" ? null : Promise.resolve(source);
  }

  /** Sends a request and returns its answer whatever the status (transport failures still throw). */
  async send(call: GraphCall): Promise<GraphReply> {
    const response = await this.raw(call);
    return { status: response.status, body: await readJson(response, label(call)), headers: response.headers };
  }

  /** Sends a request; a non-2xx answer throws the matching GraphError. */
  async json(call: GraphCall): Promise<unknown> {
    const reply = await this.send(call);
    if (reply.status < 200 || reply.status > 299) throw graphErrorFromResponse(reply.status, reply.body, reply.headers.get("Retry-After"), label(call));
    return reply.body;
  }

  /** GETs binary content (e.g. a file's /content, following Graph's redirect to the download URL). */
  async bytes(path: string): Promise<Uint8Array> {
    const call: GraphCall = { method: "GET", path };
    const response = await this.raw(call);
    if (!response.ok) throw graphErrorFromResponse(response.status, await readJson(response, label(call)), response.headers.get("Retry-After"), label(call));
    return new Uint8Array(await response.arrayBuffer());
  }

  private loadClient(): Promise<Client> {
    if (this.client === null && typeof this.source === "function") {
      const loading = this.source();
      this.client = loading;
      // A failed download must not stick: the next call tries again.
      loading.catch(() => {
        if (this.client === loading) this.client = null;
      });
      return loading;
    }
    return this.client as Promise<Client>;
  }

  private async raw(call: GraphCall): Promise<Response> {
    if (this.direct && call.method === "POST" && call.path === "/$batch") return this.direct(call);
    let client: Client;
    try {
      client = await this.loadClient();
    } catch (error) {
      throw new GraphError("offline", `Graph client could not load: ${error instanceof Error ? error.message : String(error)}`);
    }
    let request: GraphRequest = client.api(call.path).responseType(RAW);
    if (call.headers) request = request.headers(call.headers);
    try {
      switch (call.method) {
        case "GET":
          return (await request.get()) as Response;
        case "POST":
          return (await request.post(call.body)) as Response;
        case "PATCH":
          return (await request.patch(call.body)) as Response;
        case "PUT":
          return (await request.put(call.body)) as Response;
        case "DELETE":
          return (await request.delete()) as Response;
      }
    } catch (error) {
      throw unwrapClientError(error, label(call));
    }
  }
}
