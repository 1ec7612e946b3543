/** Use cases of recording a meeting (DESIGN §4a), over the record's ports. */
export { addPerson, changePresence, fillFromOnline, markStatus, prefillOnce, timeNow, typedTime } from "./presence";
export type { AddPersonResult, OnlineFill, PresenceChange, TimeProblem } from "./presence";
export { PresenceSession, presenceDraftKey } from "./presenceSession";
export type { PresenceEntry, PresenceState, PresenceTiming, RowSave } from "./presenceSession";
export { addAssignment, assignmentProblems, suggestedAssignments } from "./assignments";
export type { AssignmentInput, AssignmentProblem } from "./assignments";
export { readStage, setCurrentItem } from "./currentItem";
export type { StageRecord } from "./currentItem";
export { draftKey, ItemRecordSession } from "./itemRecordSession";
export type { ConflictChoice, ItemRecordState, SaveStatus, SessionTiming } from "./itemRecordSession";
export { openRecord } from "./openRecord";
export type { RecordMeeting } from "./openRecord";
export { updateRegister } from "./updateRegister";
export { endRecord, resumeRecord } from "./recordState";
export type { RecordStateChange } from "./recordState";
