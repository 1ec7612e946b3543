/** Nested app authentication (Teams, Outlook) with @azure/msal-browser v5; standard SPA client when there is no bridge. */
import type { AuthenticationResult, Configuration, IPublicClientApplication } from "@azure/msal-browser";
import type * as msalTypes from "@azure/msal-browser";
import type { AppConfig } from "../../config";
import { GraphError } from "../graph/errors";
import { GRAPH_SCOPES, graphScopes } from "./scopes";
import type { TokenProvider } from "./token-provider";

/** The msal module; loaded on first use so it stays out of the initial bundle. */
export type MsalModule = typeof msalTypes;

/** How the provider is set up by the host entry point. */
export interface NaaTokenProviderOptions {
  /** True once the host (teams-js app.initialize, Office.onReady) is initialised and may offer the NAA bridge. */
  nested: boolean;
  /** Scopes asked for by default (GRAPH_SCOPES). */
  scopes?: readonly string[];
  /** The signed-in user's UPN from the host context: lets msal pick the right account. */
  loginHint?: string;
  /** Standard SPA fallback only: the page that relays the popup's answer (msal v5 redirect bridge). */
  redirectUri?: string;
  /** Loads msal; default: dynamic import (code-split). Tests may pass a mock. */
  loadMsal?: () => Promise<MsalModule>;
}

const loadMsalChunk = (): Promise<MsalModule> => import(/* webpackChunkName: "msal" */ "@azure/msal-browser");

/** The page webpack builds from src/hosts/auth-redirect (msal v5's redirect bridge); register its URL in Entra. */
export const AUTH_REDIRECT_PAGE = "auth-redirect.html";

/** `<appBaseUrl>/auth-redirect.html`: the standard SPA client's redirect URI. */
export function authRedirectUri(config: AppConfig): string {
  return `${config.appBaseUrl.replace(/\/+$/, "")}/${AUTH_REDIRECT_PAGE}`;
}

function unauthenticated(stage: string, error: unknown): GraphError {
  return new GraphError("unauthenticated", `${stage}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
}

function isInteractionRequired(msal: MsalModule, error: unknown): boolean {
  // instanceof fails when two copies of msal-common are bundled; the error's name is stable.
  return error instanceof msal.InteractionRequiredAuthError || (error instanceof Error && error.name === "InteractionRequiredAuthError");
}

/** Token provider over msal: silent first, a popup when Entra requires interaction, GraphError('unauthenticated') otherwise. */
export function createNaaTokenProvider(config: AppConfig, options: NaaTokenProviderOptions): TokenProvider {
  let client: Promise<{ msal: MsalModule; pca: IPublicClientApplication }> | null = null;
  let forceRefresh = false;
  const inflight = new Map<string, Promise<string>>();

  function getClient(): Promise<{ msal: MsalModule; pca: IPublicClientApplication }> {
    client ??= (async () => {
      const msal = await (options.loadMsal ?? loadMsalChunk)();
      const configuration: Configuration = {
        auth: {
          clientId: config.aadClientId,
          authority: `https://login.microsoftonline.com/${config.aadTenantId}`,
          redirectUri: options.redirectUri ?? authRedirectUri(config),
        },
        // With nested app authentication Teams and Outlook hold the tokens; our copy lives only as long as the page,
        // so no token of ours sits in sessionStorage for an injected script or a shared machine to read (SECURITY.md).
        cache: { cacheLocation: msal.BrowserCacheLocation.MemoryStorage },
      };
      // The nestable factory itself falls back to the standard client when the host offers no bridge;
      // outside a host we skip the bridge probe altogether.
      const pca = options.nested ? await msal.createNestablePublicClientApplication(configuration) : await msal.createStandardPublicClientApplication(configuration);
      return { msal, pca };
    })();
    // A failed start (e.g. the chunk did not load) must not stick: the next call tries again.
    client.catch(() => {
      client = null;
    });
    return client;
  }

  async function started(): Promise<{ msal: MsalModule; pca: IPublicClientApplication }> {
    try {
      return await getClient();
    } catch (error) {
      throw unauthenticated("msal start", error);
    }
  }

  /** msal's silent acquisition; null when Entra wants interaction or there is no one to be silent for. */
  async function silent(msal: MsalModule, pca: IPublicClientApplication, scopes: string[]): Promise<AuthenticationResult | null> {
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    const loginHint = options.loginHint;
    // In a host the bridge knows the user even before msal has an account; a standalone client without an account
    // has nothing to be silent with.
    if (!account && !options.nested) return null;
    try {
      return await pca.acquireTokenSilent({ scopes, ...(account ? { account } : {}), ...(loginHint ? { loginHint } : {}), forceRefresh });
    } catch (error) {
      if (!isInteractionRequired(msal, error)) throw unauthenticated("silent", error);
      return null;
    }
  }

  function accept(pca: IPublicClientApplication, result: AuthenticationResult): string {
    if (!result.accessToken) throw unauthenticated("token", new Error("empty access token"));
    forceRefresh = false;
    if (result.account) pca.setActiveAccount(result.account);
    return result.accessToken;
  }

  async function acquire(scopes: string[]): Promise<string> {
    const { msal, pca } = await started();
    const loginHint = options.loginHint;
    let result = await silent(msal, pca, scopes);
    if (!result) {
      try {
        result = await pca.acquireTokenPopup({ scopes, ...(loginHint ? { loginHint } : {}) });
      } catch (error) {
        throw unauthenticated("interactive", error);
      }
    }
    return accept(pca, result);
  }

  async function acquireSilently(scopes: string[]): Promise<string | null> {
    try {
      const { msal, pca } = await started();
      const result = await silent(msal, pca, scopes);
      return result ? accept(pca, result) : null;
    } catch {
      // Whatever kept the silent path from a token (msal did not load, the bridge failed), the caller's answer is the
      // same: take the interactive path, which reports the failure to the user.
      return null;
    }
  }

  return {
    getToken(requested?: string[]): Promise<string> {
      const scopes = graphScopes(requested ?? options.scopes ?? GRAPH_SCOPES);
      const key = scopes.join(" ");
      // Parallel Graph calls share one acquisition, so at most one popup opens.
      let pending = inflight.get(key);
      if (!pending) {
        pending = acquire(scopes).finally(() => inflight.delete(key));
        inflight.set(key, pending);
      }
      return pending;
    },
    invalidate(): void {
      forceRefresh = true;
    },
    getTokenSilently(requested?: string[]): Promise<string | null> {
      return acquireSilently(graphScopes(requested ?? options.scopes ?? GRAPH_SCOPES));
    },
  };
}
