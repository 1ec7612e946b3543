/** What the Outlook host gives the task pane besides the shared environment: the use cases over its appointment. */
import { createContext, useContext } from "react";
import type { OutlookUseCases } from "../../app";

/** The pane's use cases over Outlook's appointment (real or simulated). */
export type OutlookHost = OutlookUseCases;

const OutlookHostContext = createContext<OutlookHost | null>(null);

/** Provides the Outlook use cases to the pane. */
export const OutlookHostProvider = OutlookHostContext.Provider;

/** The Outlook use cases; throws outside their provider. */
export function useOutlookHost(): OutlookHost {
  const host = useContext(OutlookHostContext);
  if (host === null) throw new Error("useOutlookHost utanför OutlookHostProvider");
  return host;
}
