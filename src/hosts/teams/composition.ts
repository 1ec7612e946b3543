/**
 * The composition root of the Teams tab (in Teams and as a plain web page): the one place it builds the Graph path,
 * the adapters and the use cases, once per signed-in user.
 */
import { createUseCases } from "../../app";
import type { UseCases } from "../../app";
import type { AppConfig } from "../../config";
import type { RecordPorts, Services } from "../../core";
import { createServices } from "../../services";
import type { TokenProvider } from "../../services";
import { lazyDocumentWriters } from "../shared/lazyWriters";
import { recordPortsOf } from "../shared/recordPorts";

/** What the tab is built from for one signed-in user. */
export interface TabComposition {
  /** The use cases: all the UI is given. */
  app: UseCases;
  /** The adapters the use cases were built over, for the host's own wiring only (never handed to the UI). */
  services: Services;
  /** The meeting record's ports over the same adapters (the side panel's record mode, the stage). */
  recordPorts: RecordPorts;
}

/** The tab's adapters and use cases for the user the tokens sign in as. */
export function composeTab(config: AppConfig, tokens: TokenProvider): TabComposition {
  const services = createServices(config, tokens);
  return { app: createUseCases({ ...services, writers: lazyDocumentWriters }), services, recordPorts: recordPortsOf(services) };
}
