/** The Graph adapters composed over one Graph path, from the configuration and a token provider. */
import type { AppConfig } from "../config";
import type { Services } from "../core";
import type { TokenProvider } from "./auth/token-provider";
import { createAgendaStore } from "./graph/agenda-store";
import { graphContext } from "./graph/context";
import type { GraphContext } from "./graph/context";
import { createDirectory } from "./graph/directory";
import { createDocumentStore } from "./graph/document-store";
import { createGraphHttp } from "./graph/graph-path";
import type { GraphPathOptions } from "./graph/graph-path";
import { createMeetingSource } from "./graph/meeting-source";
import { createAssignmentStore } from "./graph/assignment-store";
import { createOnlineAttendance } from "./graph/online-attendance";
import { createPresenceStore } from "./graph/presence-store";
import { createMeetingRegister } from "./graph/register-store";
import { createStageSource } from "./graph/stage-source";

/** Optional tuning (tests inject a sleep, a clock or short timeouts; production uses the defaults). */
export interface ServicesOptions extends GraphPathOptions {
  now?: () => Date;
}

/** Creates the services the UI uses, all talking to the configured Graph with the given tokens. */
export function createServices(config: AppConfig, tokens: TokenProvider, options: ServicesOptions = {}): Services {
  const http = createGraphHttp(config, tokens, options);
  return servicesOver(graphContext(http, config, http.policy), options.now);
}

/** The services over an existing Graph path (a host that needs more adapters builds the path once and shares it). */
export function servicesOver(ctx: GraphContext, now?: () => Date): Services {
  return {
    meetings: createMeetingSource(ctx, now),
    agenda: createAgendaStore(ctx),
    documents: createDocumentStore(ctx),
    directory: createDirectory(ctx),
    register: createMeetingRegister(ctx),
    presence: createPresenceStore(ctx),
    assignments: createAssignmentStore(ctx),
    onlineAttendance: createOnlineAttendance(ctx),
    stage: createStageSource(ctx),
  };
}
