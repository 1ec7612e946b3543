/**
 * The composition root of the Teams tab (in Teams and as a plain web page): the one place it builds the Graph path,
 * the adapters and the use cases, once per signed-in user.
 */
import { createUseCases } from "../../app";
import type { UseCases } from "../../app";
import type { AppConfig } from "../../config";
import { createServices } from "../../services";
import type { TokenProvider } from "../../services";
import { lazyDocumentWriters } from "../shared/lazyWriters";

/** The tab's use cases for the user the tokens sign in as. */
export function composeTab(config: AppConfig, tokens: TokenProvider): UseCases {
  return createUseCases({ ...createServices(config, tokens), writers: lazyDocumentWriters }, config);
}
