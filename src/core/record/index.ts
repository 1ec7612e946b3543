/** The meeting's record: types and ports (DESIGN §4a). */
export type {
  AssignmentFields,
  AssignmentRow,
  AssignmentStatus,
  ItemRecordFields,
  MeetingRecord,
  MeetingRegisterFields,
  MeetingRegisterRow,
  OnlineAttendance,
  Outcome,
  PresenceFields,
  PresenceRole,
  PresenceRow,
  PresenceStatus,
  RecordState,
  StageSnapshot,
} from "./types";
export { OUTCOMES } from "./types";
export type { AssignmentStore, DraftStorage, ItemRecordWriter, MeetingRegister, OnlineAttendanceSource, PresenceStore, RecordPorts, StageSource } from "./ports";
export { clockMinutes, parseClockTime, roundedClock, roundToFiveMinutes } from "./clockTime";
export type { ClockTimeError, ClockTimeResult } from "./clockTime";
export { compareByName, missingPresence, prefillPresence, presenceKey } from "./presencePrefill";
export { onlineTimes } from "./onlineTimes";
export type { PresenceTimes } from "./onlineTimes";
export { groupPresence, timesProblem } from "./presenceLines";
export type { PresenceGroup } from "./presenceLines";
export { newPerson } from "./newPerson";
export type { NewPersonInput, NewPersonProblem, NewPersonResult } from "./newPerson";
export { parseAssignmentClause } from "./assignmentClause";
export type { ClauseAssignment } from "./assignmentClause";
export { changedRecordFields, mergeClauses, mergeRecord, EDITED_RECORD_FIELDS, sameRecordField } from "./mergeRecord";
export type { RecordConflict, RecordField, RecordMerge, RecordValues } from "./mergeRecord";
export { isUnrecorded, recordValuesOf } from "./values";
