/** The record's ports for the UI: the Graph stores of the host's services and drafts in the browser's storage. */
import type { DraftStorage, RecordPorts, Services } from "../../core";
import { pageStorage } from "./demoUser";

/** Drafts in the page's storage; in memory where the browser blocks storage (then a reload cannot restore them). */
export function browserDrafts(storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null = pageStorage()): DraftStorage {
  const memory = new Map<string, string>();
  return {
    load(key) {
      try {
        return storage?.getItem(key) ?? memory.get(key) ?? null;
      } catch {
        return memory.get(key) ?? null;
      }
    },
    save(key, value) {
      memory.set(key, value);
      try {
        storage?.setItem(key, value);
      } catch {
        // Full or blocked storage: the draft lives in memory for this page.
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}

const built = new WeakMap<Services, RecordPorts>();

/** The record ports of these services, built once per services object (the UI's effects depend on their identity). */
export function recordPortsOf(services: Services): RecordPorts {
  let ports = built.get(services);
  if (ports === undefined) {
    ports = {
      register: services.register,
      presence: services.presence,
      assignments: services.assignments,
      items: services.agenda,
      onlineAttendance: services.onlineAttendance,
      stage: services.stage,
      drafts: browserDrafts(),
      now: () => new Date(),
    };
    built.set(services, ports);
  }
  return ports;
}
