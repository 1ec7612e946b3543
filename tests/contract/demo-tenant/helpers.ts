/** Shared helpers for the demo tenant's contract tests: real HTTP with Node's fetch. */
import type { DemoData, DemoEvent } from "../../../src/demo-tenant/data-types";
import { startDemoTenant } from "../../../src/demo-tenant/server";
import type { DemoTenant, DemoTenantOptions } from "../../../src/demo-tenant/server";

export const ORGANIZER = "elin.sjoberg@familjenhelsingborg.se";
export const MEMBER = "karin.lindqvist@helsingborg.se";
export const OTHER_MEMBER = "mikael.holm@bastad.se";
export const NO_ANSWER_MEMBER = "henrik.olsson@svalov.se";
export const OUTSIDER = "sara.dahl@familjenhelsingborg.se";
export const SITE = "familjenhelsingborg.sharepoint.com,kdgrupp,web";
export const CHAT_ID = "19:meeting_NjVlYzQ5ZTAtMjE1Ni00YjA5LWI3ZjctOGQ0ZDZhZmYxYzA3@thread.v2";
export const DECEMBER_FOLDER = "2026-12-11 Kommundirektörsmöte";

/** Starts a quiet demo tenant on an ephemeral port. */
export function start(options: DemoTenantOptions = {}): Promise<DemoTenant> {
  return startDemoTenant({ port: 0, quiet: true, faultRetryAfter: 0, ...options });
}

/** The December 2026 meeting of the working copy. */
export function decemberMeeting(data: DemoData): DemoEvent {
  const e = data.events.find((x) => x.startUtc.startsWith("2026-12-11"));
  if (!e) throw new Error("default data lacks the 2026-12-11 meeting");
  return e;
}

/** A Graph response read fully. */
export interface Reply {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary Graph JSON
  text: string;
}

/** Calls /v1.0<path> as the given user (undefined: no token). */
export async function graph(tenant: DemoTenant, as: string | undefined, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; raw?: Buffer } = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (as !== undefined) headers.Authorization = `Bearer demo:${as}`;
  let body: BodyInit | undefined;
  if (init.raw !== undefined) body = new Uint8Array(init.raw);
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers["Content-Type"] ??= "application/json";
  }
  const res = await fetch(`${tenant.url}/v1.0${path}`, { method: init.method ?? "GET", headers, body });
  const text = await res.text();
  let parsed: unknown = undefined;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** Encodes an OData string literal into a query value. */
export function q(value: string): string {
  return encodeURIComponent(value);
}
