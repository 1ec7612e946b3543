/** What the command-line tools (protokoll, provision) share: where they write, and the Graph they talk to. */
import type { AppConfig } from "../src/config";
import type { DemoTenant } from "../src/demo-tenant/server";

/** Where the command writes. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

/** The configuration, a token, and the in-process demo tenant when no Graph URL was given (closed when done). */
export interface Connection {
  config: AppConfig;
  token: string;
  tenant: DemoTenant | null;
}
