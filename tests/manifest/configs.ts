/** Configurations the manifest tests generate from: the committed demo one and production-like ones on other hosts. */
import { DEMO_CONFIG, configFromEnv } from "../../src/config";
import type { AppConfig } from "../../src/config";

export { DEMO_CONFIG };

/** A production configuration on https://sammantrade.example.se with a real-looking client id. */
export const PRODUCTION: AppConfig = configFromEnv({
  SAMMANTRADE_MODE: "production",
  APP_BASE_URL: "https://sammantrade.example.se",
  AAD_CLIENT_ID: "3f2a1b4c-1111-4222-8333-944455566677",
});

/** The same on another host, to prove every URL follows APP_BASE_URL. */
export const OTHER_HOST: AppConfig = configFromEnv({
  SAMMANTRADE_MODE: "production",
  APP_BASE_URL: "https://moten.kommunforbund.example.org",
  AAD_CLIENT_ID: "7c9d0e1f-2222-4333-8444-a55566677788",
  TEAMS_APP_ID: "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
  OUTLOOK_ADDIN_ID: "1b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e",
});

/** Every string in a JSON value, with its JSON-pointer path. */
export function strings(value: unknown, path = ""): { path: string; value: string }[] {
  if (typeof value === "string") return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}/${index}`));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}/${key}`));
  return [];
}
