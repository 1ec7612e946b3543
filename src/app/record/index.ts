/** Use cases of recording a meeting (DESIGN §4a), over the record's ports. */
export { addAssignment, assignmentProblems, suggestedAssignments } from "./assignments";
export type { AssignmentInput, AssignmentProblem } from "./assignments";
export { readStage, setCurrentItem } from "./currentItem";
export type { StageRecord } from "./currentItem";
export { draftKey, ItemRecordSession } from "./itemRecordSession";
export type { ConflictChoice, ItemRecordState, SaveStatus, SessionTiming } from "./itemRecordSession";
export { openRecord } from "./openRecord";
export type { RecordMeeting } from "./openRecord";
export { updateRegister } from "./updateRegister";
