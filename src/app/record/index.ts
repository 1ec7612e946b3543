/** Use cases of recording a meeting (DESIGN §4a), over the record's ports. */
export { addPerson, changePresence, fillFromOnline, markStatus, prefillOnce, timeNow, typedTime } from "./presence";
export type { AddPersonResult, OnlineFill, PresenceChange, TimeProblem } from "./presence";
export { PresenceSession, presenceDraftKey } from "./presenceSession";
export type { PresenceEntry, PresenceState, PresenceTiming, RowSave } from "./presenceSession";
