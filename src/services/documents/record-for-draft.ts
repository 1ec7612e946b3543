/** Reads the meeting's record for the protokoll draft: the register row, Närvaro and Uppdrag of one meeting, together. */
import type { AssignmentStore, MeetingRecord, MeetingRegister, PresenceStore } from "../../core/record";

/** The three lists the draft reads (the record's ports, as a host builds them). */
export interface RecordReaders {
  register: Pick<MeetingRegister, "find">;
  presence: Pick<PresenceStore, "list">;
  assignments: Pick<AssignmentStore, "list">;
}

/**
 * The meeting's record, for DraftOptions.record. A list that cannot be read fails the draft with its typed error:
 * a draft silently made without the record would look complete and lose what was recorded.
 */
export async function meetingRecordFor(readers: RecordReaders, meetingKey: string): Promise<MeetingRecord> {
  const [register, presence, assignments] = await Promise.all([readers.register.find(meetingKey), readers.presence.list(meetingKey), readers.assignments.list(meetingKey)]);
  return { register, presence, assignments };
}
