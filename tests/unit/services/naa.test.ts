import { createNestablePublicClientApplication, createStandardPublicClientApplication, InteractionRequiredAuthError } from "@azure/msal-browser";
import { DEMO_CONFIG } from "../../../src/config";
import { AUTH_REDIRECT_PAGE, createNaaTokenProvider } from "../../../src/services/auth/naa";
import type { MsalModule } from "../../../src/services/auth/naa";
import { GRAPH_SCOPES } from "../../../src/services/auth/scopes";
import { GraphError } from "../../../src/services/graph/errors";

// msal is mocked at its boundary: the two factories; the error class stays msal's own.
jest.mock("@azure/msal-browser", () => {
  const actual = jest.requireActual<MsalModule>("@azure/msal-browser");
  return {
    InteractionRequiredAuthError: actual.InteractionRequiredAuthError,
    BrowserCacheLocation: actual.BrowserCacheLocation,
    createNestablePublicClientApplication: jest.fn(),
    createStandardPublicClientApplication: jest.fn(),
  };
});

const nestable = createNestablePublicClientApplication as jest.Mock;
const standard = createStandardPublicClientApplication as jest.Mock;
const account = { homeAccountId: "h", environment: "login.microsoftonline.com", tenantId: "t", username: "karin@helsingborg.se", localAccountId: "l" };

function fakePca(overrides: Partial<Record<"acquireTokenSilent" | "acquireTokenPopup", jest.Mock>> = {}) {
  let active: unknown = null;
  return {
    acquireTokenSilent: overrides.acquireTokenSilent ?? jest.fn().mockResolvedValue({ accessToken: "silent-token", account }),
    acquireTokenPopup: overrides.acquireTokenPopup ?? jest.fn().mockResolvedValue({ accessToken: "popup-token", account }),
    getActiveAccount: jest.fn(() => active),
    getAllAccounts: jest.fn(() => (active ? [active] : [])),
    setActiveAccount: jest.fn((a: unknown) => {
      active = a;
    }),
  };
}

beforeEach(() => {
  nestable.mockReset();
  standard.mockReset();
});

describe("NAA token provider", () => {
  it("creates the nestable client in a host and gets a token silently", async () => {
    const pca = fakePca();
    nestable.mockResolvedValue(pca);
    const provider = createNaaTokenProvider(DEMO_CONFIG, { nested: true, loginHint: "karin@helsingborg.se" });
    await expect(provider.getToken()).resolves.toBe("silent-token");
    expect(nestable).toHaveBeenCalledTimes(1);
    expect(nestable.mock.calls[0][0]).toMatchObject({ auth: { clientId: DEMO_CONFIG.aadClientId, authority: `https://login.microsoftonline.com/${DEMO_CONFIG.aadTenantId}` } });
    expect(standard).not.toHaveBeenCalled();
    const request = pca.acquireTokenSilent.mock.calls[0][0];
    expect(request.scopes).toEqual(GRAPH_SCOPES.map((s) => `https://graph.microsoft.com/${s}`));
    expect(request.loginHint).toBe("karin@helsingborg.se");
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
    expect(pca.setActiveAccount).toHaveBeenCalledWith(account);
  });

  it("keeps msal's token cache in memory, in a host and outside one (never sessionStorage or localStorage)", async () => {
    nestable.mockResolvedValue(fakePca());
    standard.mockResolvedValue(fakePca());
    await createNaaTokenProvider(DEMO_CONFIG, { nested: true }).getToken();
    await createNaaTokenProvider(DEMO_CONFIG, { nested: false }).getToken().catch(() => undefined);
    const actual = jest.requireActual<MsalModule>("@azure/msal-browser");
    for (const call of [nestable.mock.calls[0], standard.mock.calls[0]]) {
      expect(call?.[0].cache).toEqual({ cacheLocation: actual.BrowserCacheLocation.MemoryStorage });
    }
    expect(actual.BrowserCacheLocation.MemoryStorage).toBe("memoryStorage");
  });

  it("opens a popup when Entra requires interaction", async () => {
    const pca = fakePca({ acquireTokenSilent: jest.fn().mockRejectedValue(new InteractionRequiredAuthError("consent_required", "AADSTS65001")) });
    nestable.mockResolvedValue(pca);
    const provider = createNaaTokenProvider(DEMO_CONFIG, { nested: true });
    await expect(provider.getToken(["Calendars.ReadWrite"])).resolves.toBe("popup-token");
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({ scopes: ["https://graph.microsoft.com/Calendars.ReadWrite"] });
  });

  it("fails as unauthenticated when silent fails for another reason, without a popup", async () => {
    const pca = fakePca({ acquireTokenSilent: jest.fn().mockRejectedValue(new Error("network_error")) });
    nestable.mockResolvedValue(pca);
    const error = await createNaaTokenProvider(DEMO_CONFIG, { nested: true }).getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ appError: { code: "unauthenticated" } });
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("fails as unauthenticated when the popup is closed or blocked", async () => {
    const pca = fakePca({
      acquireTokenSilent: jest.fn().mockRejectedValue(new InteractionRequiredAuthError("interaction_required", "")),
      acquireTokenPopup: jest.fn().mockRejectedValue(Object.assign(new Error("user_cancelled"), { name: "BrowserAuthError" })),
    });
    nestable.mockResolvedValue(pca);
    await expect(createNaaTokenProvider(DEMO_CONFIG, { nested: true }).getToken()).rejects.toMatchObject({ appError: { code: "unauthenticated" } });
  });

  it("uses the standard SPA client outside a host, and a popup when it knows no account yet", async () => {
    const pca = fakePca();
    standard.mockResolvedValue(pca);
    const provider = createNaaTokenProvider(DEMO_CONFIG, { nested: false, redirectUri: "https://app.example/auth-redirect.html" });
    await expect(provider.getToken()).resolves.toBe("popup-token");
    expect(nestable).not.toHaveBeenCalled();
    expect(standard.mock.calls[0][0]).toMatchObject({ auth: { redirectUri: "https://app.example/auth-redirect.html" } });
    expect(pca.acquireTokenSilent).not.toHaveBeenCalled();
    // With an account remembered, the next call is silent.
    await expect(provider.getToken()).resolves.toBe("silent-token");
    expect(pca.acquireTokenSilent.mock.calls[0][0]).toMatchObject({ account, forceRefresh: false });
  });

  it("gives the standard client the built redirect page under appBaseUrl when no redirectUri is passed", async () => {
    standard.mockResolvedValue(fakePca());
    await createNaaTokenProvider({ ...DEMO_CONFIG, appBaseUrl: "https://sammantrade.example.se/" }, { nested: false }).getToken();
    expect(standard.mock.calls[0][0]).toMatchObject({ auth: { redirectUri: `https://sammantrade.example.se/${AUTH_REDIRECT_PAGE}` } });
  });

  it("after invalidate, asks msal for a fresh token once", async () => {
    const pca = fakePca();
    nestable.mockResolvedValue(pca);
    const provider = createNaaTokenProvider(DEMO_CONFIG, { nested: true });
    await provider.getToken();
    provider.invalidate?.();
    await provider.getToken();
    await provider.getToken();
    expect(pca.acquireTokenSilent.mock.calls.map((c) => c[0].forceRefresh)).toEqual([false, true, false]);
  });

  it("shares one acquisition between parallel calls", async () => {
    let release: (value: unknown) => void = () => undefined;
    const pca = fakePca({ acquireTokenSilent: jest.fn(() => new Promise((ok) => (release = ok))) });
    nestable.mockResolvedValue(pca);
    const provider = createNaaTokenProvider(DEMO_CONFIG, { nested: true });
    const both = Promise.all([provider.getToken(), provider.getToken()]);
    await new Promise((ok) => setImmediate(ok));
    release({ accessToken: "t", account });
    await expect(both).resolves.toEqual(["t", "t"]);
    expect(pca.acquireTokenSilent).toHaveBeenCalledTimes(1);
  });

  it("reports a failed msal start as unauthenticated and tries again next time", async () => {
    nestable.mockRejectedValueOnce(new Error("chunk load failed")).mockResolvedValueOnce(fakePca());
    const provider = createNaaTokenProvider(DEMO_CONFIG, { nested: true });
    await expect(provider.getToken()).rejects.toMatchObject({ appError: { code: "unauthenticated" } });
    await expect(provider.getToken()).resolves.toBe("silent-token");
  });
});

describe("NAA token provider: silent only", () => {
  it("gives the silent token and never opens a popup", async () => {
    const pca = fakePca();
    nestable.mockResolvedValue(pca);
    const provider = createNaaTokenProvider(DEMO_CONFIG, { nested: true, loginHint: "karin@helsingborg.se" });
    await expect(provider.getTokenSilently!()).resolves.toBe("silent-token");
    expect(pca.acquireTokenSilent.mock.calls[0][0].loginHint).toBe("karin@helsingborg.se");
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
    expect(pca.setActiveAccount).toHaveBeenCalledWith(account);
  });

  it("answers null, without a popup, when Entra requires interaction", async () => {
    const pca = fakePca({ acquireTokenSilent: jest.fn().mockRejectedValue(new InteractionRequiredAuthError("consent_required", "AADSTS65001")) });
    nestable.mockResolvedValue(pca);
    const provider = createNaaTokenProvider(DEMO_CONFIG, { nested: true });
    await expect(provider.getTokenSilently!()).resolves.toBeNull();
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
    // The interactive path is still there for the normal load.
    await expect(provider.getToken()).resolves.toBe("popup-token");
  });

  it("answers null when the silent call fails otherwise, when msal does not load, or without an account outside a host", async () => {
    const broken = fakePca({ acquireTokenSilent: jest.fn().mockRejectedValue(new Error("bridge gone")) });
    nestable.mockResolvedValue(broken);
    await expect(createNaaTokenProvider(DEMO_CONFIG, { nested: true }).getTokenSilently!()).resolves.toBeNull();
    expect(broken.acquireTokenPopup).not.toHaveBeenCalled();

    const notLoaded = createNaaTokenProvider(DEMO_CONFIG, { nested: true, loadMsal: () => Promise.reject(new Error("chunk failed")) });
    await expect(notLoaded.getTokenSilently!()).resolves.toBeNull();

    const lonely = fakePca();
    standard.mockResolvedValue(lonely);
    await expect(createNaaTokenProvider(DEMO_CONFIG, { nested: false }).getTokenSilently!()).resolves.toBeNull();
    expect(lonely.acquireTokenSilent).not.toHaveBeenCalled();
    expect(lonely.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("asks for the requested scopes and a forced refresh after invalidate", async () => {
    const pca = fakePca();
    nestable.mockResolvedValue(pca);
    const provider = createNaaTokenProvider(DEMO_CONFIG, { nested: true });
    provider.invalidate!();
    await provider.getTokenSilently!(["Calendars.ReadWrite"]);
    const request = pca.acquireTokenSilent.mock.calls[0][0];
    expect(request.scopes).toEqual(["https://graph.microsoft.com/Calendars.ReadWrite"]);
    expect(request.forceRefresh).toBe(true);
  });
});
