import type { AppConfig } from "../config";

/** Microsoft hosts the pages may talk to or be framed by; nothing else. */
const LOGIN_ORIGIN = "https://login.microsoftonline.com";
const OFFICE_JS_ORIGINS = ["https://appsforoffice.microsoft.com"];
const FRAME_ANCESTORS = [
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.cloud.microsoft",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://*.office.com",
];

function origin(url: string): string {
  return new URL(url).origin;
}

/** The Content-Security-Policy of every served page: no inline script; connect only to the configured Graph and login. */
export function contentSecurityPolicy(config: AppConfig): string {
  const connect = new Set(["'self'", origin(config.graphBaseUrl), LOGIN_ORIGIN]);
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_ORIGINS.join(" ")}`,
    // Fluent UI (Griffel) inserts its generated CSS at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${[...connect].join(" ")}`,
    `frame-src ${LOGIN_ORIGIN}`,
    `frame-ancestors 'self' ${FRAME_ANCESTORS.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
