export type { AppConfig } from "./config";
export { DEMO_CONFIG, FAMILJEN_HELSINGBORG_DOMAINS, configFromEnv, mergeConfig, graphRoot } from "./config";
