/** The ports of the meeting's record, given by a host's composition root; absent where the host cannot record. */
import { createContext, useContext } from "react";
import type { RecordPorts } from "../../core";

const RecordPortsContext = createContext<RecordPorts | null>(null);

/** Provides the record's ports to the UI below. */
export const RecordPortsProvider = RecordPortsContext.Provider;

/** The record's ports, or null when this host gives none (record mode is then not offered). */
export function useRecordPorts(): RecordPorts | null {
  return useContext(RecordPortsContext);
}
