/**
 * OAuth 2.0 device authorization grant (RFC 8628) against the Microsoft identity platform, for Node scripts run by a
 * person (npm run provision): a public client, no secret, the user signs in on another device. Over the one transport.
 */
import { httpFetch } from "../http/transport";

/** Where and as whom to sign in. */
export interface DeviceCodeOptions {
  clientId: string;
  /** Tenant id or domain (never "common" for a site owner's token, but accepted). */
  tenantId: string;
  /** Resource-qualified scopes, e.g. https://graph.microsoft.com/Sites.Manage.All. */
  scopes: readonly string[];
  /** Shows the sign-in instructions (the identity platform's own message: URL and code). */
  prompt(message: string): void;
  /** Default https://login.microsoftonline.com (tests point it at a local server). */
  authority?: string;
  /** Waits between polls; tests pass a fast one. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** A sign-in that did not end in a token, with its Swedish explanation. */
export class DeviceCodeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "DeviceCodeError";
  }
}

interface DeviceAuthorization {
  device_code: string;
  message: string;
  interval: number;
  expires_in: number;
}

const SWEDISH: Record<string, string> = {
  authorization_declined: "Inloggningen avbröts: kontot nekade åtkomst.",
  expired_token: "Koden gick ut innan inloggningen var klar. Kör kommandot igen.",
  bad_verification_code: "Inloggningskoden känns inte igen. Kör kommandot igen.",
  invalid_client: "Appregistreringen (AAD_CLIENT_ID) tillåter inte inloggning med enhetskod: slå på ”Allow public client flows” under Authentication.",
  unauthorized_client: "Appregistreringen (AAD_CLIENT_ID) tillåter inte inloggning med enhetskod: slå på ”Allow public client flows” under Authentication.",
  invalid_scope: "Behörigheten som begärs (Sites.Manage.All) är inte tillagd eller godkänd i appregistreringen.",
};

async function postForm(url: string, form: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await httpFetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form).toString(),
  });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    throw new DeviceCodeError("invalid_response", `Inloggningstjänsten svarade inte med JSON (HTTP ${response.status}).`);
  }
  if (typeof body !== "object" || body === null) throw new DeviceCodeError("invalid_response", `Inloggningstjänsten svarade oväntat (HTTP ${response.status}).`);
  return { status: response.status, body: body as Record<string, unknown> };
}

function failure(body: Record<string, unknown>): DeviceCodeError {
  const code = typeof body.error === "string" ? body.error : "unknown";
  const detail = typeof body.error_description === "string" ? ` (${body.error_description.split("\n")[0] ?? ""})` : "";
  return new DeviceCodeError(code, `${SWEDISH[code] ?? `Inloggningen misslyckades: ${code}.`}${detail}`);
}

function readAuthorization(body: Record<string, unknown>): DeviceAuthorization {
  const { device_code, message, interval, expires_in } = body;
  if (typeof device_code !== "string" || typeof message !== "string") throw new DeviceCodeError("invalid_response", "Inloggningstjänsten gav ingen enhetskod.");
  return { device_code, message, interval: typeof interval === "number" && interval > 0 ? interval : 5, expires_in: typeof expires_in === "number" ? expires_in : 900 };
}

/** Signs in with a device code and returns the access token; polls at the interval the server asks for. */
export async function signInWithDeviceCode(options: DeviceCodeOptions): Promise<string> {
  const base = `${(options.authority ?? "https://login.microsoftonline.com").replace(/\/+$/, "")}/${encodeURIComponent(options.tenantId)}/oauth2/v2.0`;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const scope = options.scopes.join(" ");
  const start = await postForm(`${base}/devicecode`, { client_id: options.clientId, scope });
  if (start.status !== 200) throw failure(start.body);
  const auth = readAuthorization(start.body);
  options.prompt(auth.message);
  const deadline = now() + auth.expires_in * 1000;
  let interval = auth.interval;
  while (now() < deadline) {
    await sleep(interval * 1000);
    const poll = await postForm(`${base}/token`, { grant_type: "urn:ietf:params:oauth:grant-type:device_code", client_id: options.clientId, device_code: auth.device_code });
    if (poll.status === 200 && typeof poll.body.access_token === "string") return poll.body.access_token;
    const code = poll.body.error;
    if (code === "authorization_pending") continue;
    // RFC 8628 §3.5: slow_down adds five seconds to the interval for this and all later polls.
    if (code === "slow_down") {
      interval += 5;
      continue;
    }
    throw failure(poll.body);
  }
  throw new DeviceCodeError("expired_token", SWEDISH.expired_token ?? "");
}
