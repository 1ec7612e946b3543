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
} from "./types";
export { OUTCOMES } from "./types";
export type { AssignmentStore, DraftStorage, ItemRecordWriter, MeetingRegister, OnlineAttendanceSource, PresenceStore, RecordPorts } from "./ports";
export { parseAssignmentClause } from "./assignmentClause";
export type { ClauseAssignment } from "./assignmentClause";
export { changedRecordFields, mergeClauses, mergeRecord, EDITED_RECORD_FIELDS, sameRecordField } from "./mergeRecord";
export type { RecordConflict, RecordField, RecordMerge, RecordValues } from "./mergeRecord";
export { isUnrecorded, recordValuesOf } from "./values";
