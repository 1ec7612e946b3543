/** Composition of the Graph adapters: one Graph path per host, from the configuration and a token provider. */
// The composition lives in compose.ts so that adapters which build on it (office) need not import this face.
export { createServices, servicesOver } from "./compose";
export type { ServicesOptions } from "./compose";

export type { TokenProvider } from "./auth/token-provider";
export { createDemoTokenProvider, listDemoUsers } from "./auth/demo";
export type { DemoUserSummary } from "./auth/demo";
export { createNaaTokenProvider } from "./auth/naa";
export type { NaaTokenProviderOptions } from "./auth/naa";
export { GRAPH_SCOPES } from "./auth/scopes";
export { GraphError, isGraphError } from "./graph/errors";
export { createGraphHttp } from "./graph/graph-path";
export type { GraphPathOptions } from "./graph/graph-path";
export { relayAuthResponse } from "./auth/redirect-relay";
export type { AppointmentSeed } from "./office";
export { createOfficeAppointment, createOfficeNewMessageForm, createOutlookAdapters } from "./office";
