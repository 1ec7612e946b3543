/** What the Graph client needs from authentication: a bearer token, and a way to drop a rejected one. */
export interface TokenProvider {
  /** A Graph access token for the scopes (default: the app's scopes). */
  getToken(scopes?: string[]): Promise<string>;
  /** Forgets the cached token after Graph answered 401, so the next getToken fetches a fresh one. */
  invalidate?(): void;
  /** A token only if one comes without asking the user (cache, refresh, host bridge), else null; never opens a popup. */
  getTokenSilently?(scopes?: string[]): Promise<string | null>;
}
