/** The sign-in redirect page: msal v5's bridge is what it runs, naa.ts points at it, and webpack builds it. */
import { existsSync } from "node:fs";
import path from "node:path";
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";
import { DEMO_CONFIG } from "../../../src/config";
import { AUTH_REDIRECT_PAGE, authRedirectUri } from "../../../src/services/auth/naa";
import { RELAY_FAILED_MESSAGE, relayAuthResponse } from "../../../src/services/auth/redirect-relay";

const ROOT = path.resolve(__dirname, "../../..");

describe("relayAuthResponse", () => {
  it("runs the bridge and shows nothing when the answer was handed over", async () => {
    const show = jest.fn();
    const broadcast = jest.fn().mockResolvedValue(undefined);
    await relayAuthResponse(show, broadcast);
    expect(broadcast).toHaveBeenCalledTimes(1);
    expect(show).not.toHaveBeenCalled();
  });

  it("tells the person in Swedish when there is no answer to hand over", async () => {
    const show = jest.fn();
    await relayAuthResponse(show, () => Promise.reject(Object.assign(new Error("no_auth_payload_in_url"), { name: "BrowserAuthError" })));
    expect(show).toHaveBeenCalledWith(RELAY_FAILED_MESSAGE);
    expect(RELAY_FAILED_MESSAGE).toMatch(/^Inloggningen kunde inte slutföras\./);
  });

  it("by default runs msal v5's broadcastResponseToMainFrame, which fails on a page without an answer", async () => {
    // msal's own bridge, not a mock: with no window (node) it throws, and the page must say so rather than crash.
    expect(typeof broadcastResponseToMainFrame).toBe("function");
    const show = jest.fn();
    await relayAuthResponse(show);
    expect(show).toHaveBeenCalledWith(RELAY_FAILED_MESSAGE);
  });
});

describe("the redirect URI", () => {
  it("is <appBaseUrl>/auth-redirect.html, with or without a trailing slash", () => {
    expect(authRedirectUri(DEMO_CONFIG)).toBe("http://localhost:3000/auth-redirect.html");
    expect(authRedirectUri({ ...DEMO_CONFIG, appBaseUrl: "https://sammantrade.example.se/" })).toBe("https://sammantrade.example.se/auth-redirect.html");
  });

  it("names a page webpack builds from the redirect entry", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
    const factory = require(path.join(ROOT, "webpack.config.js")) as (env: unknown, argv: { mode: string }) => { entry: Record<string, string>; plugins: { userOptions?: { filename?: string; chunks?: string[] } }[] };
    const config = factory({}, { mode: "production" });
    const pages = config.plugins.map((p) => p.userOptions).filter((o) => o?.filename !== undefined);
    const page = pages.find((o) => o?.filename === AUTH_REDIRECT_PAGE);
    expect(page?.chunks).toHaveLength(1);
    const entry = config.entry[page!.chunks![0]!];
    expect(entry).toBe("./src/hosts/auth-redirect/index.ts");
    expect(existsSync(path.join(ROOT, entry!))).toBe(true);
  });
});
