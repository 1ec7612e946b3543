/** The demo tenant's sign-in: the token names the user (`demo:<mail>`); /_demo/users lists who can sign in. */
import type { AppConfig } from "../../config";
import { graphErrorFromResponse, GraphError } from "../graph/errors";
import { asObject, normalizeEmail, oneOf, optString, reqNonEmpty } from "../graph/parse/guards";
import { httpFetch } from "../http/transport";
import type { TokenProvider } from "./token-provider";

/** A user of the demo tenant, for the sign-in picker. */
export interface DemoUserSummary {
  mail: string;
  displayName: string;
  organisation: string;
  role: "member" | "secretariat";
}

/** Token provider for the demo tenant; never used against real Graph (it accepts no such token). */
export function createDemoTokenProvider(mail: string): TokenProvider {
  const token = `demo:${normalizeEmail(mail, "demo user")}`;
  return { getToken: () => Promise.resolve(token) };
}

function toDemoUser(raw: unknown): DemoUserSummary {
  const o = asObject(raw, "demo user");
  return {
    mail: normalizeEmail(reqNonEmpty(o, "mail", "demo user"), "demo user.mail"),
    displayName: optString(o, "displayName", "demo user") ?? reqNonEmpty(o, "name", "demo user"),
    organisation: optString(o, "organisation", "demo user") ?? "",
    role: oneOf(o.role, ["member", "secretariat"] as const, "demo user.role"),
  };
}

/** Lists the demo tenant's users (GET <graphBaseUrl>/_demo/users). */
export async function listDemoUsers(config: AppConfig): Promise<DemoUserSummary[]> {
  const url = `${config.graphBaseUrl.replace(/\/+$/, "")}/_demo/users`;
  const response = await httpFetch(url, { headers: { Accept: "application/json" } });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text === "" ? null : (JSON.parse(text) as unknown);
  } catch {
    if (response.ok) throw new GraphError("invalidResponse", "/_demo/users: body is not JSON");
  }
  if (!response.ok) throw graphErrorFromResponse(response.status, body, response.headers.get("Retry-After"), "GET /_demo/users");
  const list = Array.isArray(body) ? body : asObject(body, "/_demo/users").value;
  if (!Array.isArray(list)) throw new GraphError("invalidResponse", "/_demo/users: no list of users");
  return list.map(toDemoUser);
}
