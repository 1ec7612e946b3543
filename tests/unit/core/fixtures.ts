import { defaultFields } from "../../../src/core";
import type { AgendaItemRecord, FileRecord } from "../../../src/core/types";

/** An agenda record with sensible defaults; tests override what they are about. */
export function record(id: string, itemNumber: number, overrides: Partial<AgendaItemRecord> = {}): AgendaItemRecord {
  return {
    ...defaultFields(),
    id,
    etag: `"${id},1"`,
    meetingKey: "040000008200E00074C5B7101A82E008",
    sortKey: null,
    itemNumber,
    title: `Ärende ${id}`,
    presenter: "",
    description: "",
    proposedDecisions: [],
    kind: "beslut",
    startTime: null,
    ...overrides,
  };
}

/** A file in the meeting folder; itemNumber null unless given. */
export function file(id: string, name: string, itemNumber: number | null = null): FileRecord {
  return {
    id,
    name,
    webUrl: `https://familjenhelsingborg.sharepoint.com/sites/kd/Moteshandlingar/${encodeURIComponent(name)}`,
    size: 1024,
    itemId: null,
    itemNumber,
    etag: null,
    lastModifiedUtc: null,
  };
}
