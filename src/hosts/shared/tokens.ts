/** Which token provider a host uses: the demo tenant's named token, or nested app authentication (msal, loaded lazily). */
import type { AppConfig } from "../../config";
import { createDemoTokenProvider, createNaaTokenProvider } from "../../services";
import type { TokenProvider } from "../../services";

/** What the host knows about the signed-in user. */
export interface SignIn {
  /** Demo mode: the demo user's mail (the token names the user). */
  demoUser: string | null;
  /** True inside Teams or Outlook after initialisation (NAA bridge available). */
  nested: boolean;
  /** The host's user principal name, a hint for msal. */
  loginHint?: string;
}

/** Demo mode signs in as the named demo user; production uses NAA (msal is a separate chunk, loaded on first token). */
export function tokenProviderFor(config: AppConfig, signIn: SignIn): TokenProvider {
  if (config.mode === "demo") {
    const mail = signIn.demoUser ?? signIn.loginHint ?? config.organizerMailbox;
    return createDemoTokenProvider(mail);
  }
  return createNaaTokenProvider(config, { nested: signIn.nested, ...(signIn.loginHint ? { loginHint: signIn.loginHint } : {}) });
}
