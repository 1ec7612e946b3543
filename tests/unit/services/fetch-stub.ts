/** Test doubles at the fetch boundary: a scripted fetch that records what was sent, JSON answers, a token provider. */
import type { TokenProvider } from "../../../src/services/auth/token-provider";

/** One request as fetch saw it. */
export type Seen = { url: string; method: string; authorization: string | null; contentType: string | null; body: unknown };

/** Replaces fetch with answers given in order (the last one repeats) and returns the log of requests. */
export function stubFetch(answers: (Response | Error)[]): Seen[] {
  const seen: Seen[] = [];
  jest.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
    const headers = new Headers(init?.headers);
    seen.push({
      url: String(input),
      method: init?.method ?? "GET",
      authorization: headers.get("Authorization"),
      contentType: headers.get("Content-Type"),
      body: typeof init?.body === "string" ? JSON.parse(init.body) : null,
    });
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next.clone());
  });
  return seen;
}

/** A JSON response. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

/** A token provider handing out the given tokens in order (the last repeats) and counting invalidations. */
export function tokens(values: string[]): TokenProvider & { invalidated: number } {
  const provider = {
    invalidated: 0,
    getToken: jest.fn(() => Promise.resolve(values.length > 1 ? values.shift()! : values[0]!)),
    invalidate: () => {
      provider.invalidated += 1;
    },
  };
  return provider;
}
