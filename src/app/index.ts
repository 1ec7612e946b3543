/** The application layer (DESIGN §3): every use case over the core's ports; the UI calls these and nothing below. */
export { createUseCases } from "./useCases";
export type { AppPorts, ProtokollUseCases, UseCases } from "./useCases";
export type { MeetingUseCases } from "./meetings";
export type { AgendaUseCases } from "./agenda";
export { createOutlookUseCases } from "./outlook";
export type { HandlingarOutcome, KallelseInsertResult, KallelseRefusal, OutlookAppPorts, OutlookHostPorts, OutlookUseCases, ShareOutcome } from "./outlook";
export type { AppointmentFacts } from "./facts";
export type { AppointmentLink } from "./link";
// The protokoll draft and the handlingar PDF are not re-exported as values: they load with their writers, on the click
// (app/protokollDraft.ts and app/handlingarPdf.ts are imported directly by the command and the tests).
export type { DraftPorts, DraftResult } from "./protokollDraft";
export type { HandlingarPorts, HandlingarRequest, HandlingarResult } from "./handlingarPdf";
export { applyAnswer, responseOf } from "./answer";
export { isSecretariat, protokollPdfIdOf, sharePointUrlOf } from "./viewFacts";
export { organisationsByMail, presenterOptions, roleText } from "./presenterOptions";
export type { OrganisationNamer } from "./presenterOptions";
export { earlierThanPrevious, isClosingTitle, newItemIndex } from "./closingItems";
export { draftOf } from "./agendaOps";
export { ISSUE_PLACE } from "./kallelseFor";
export { FinalProtokollError } from "./protokoll/final-error";
export type { FinalStep } from "./protokoll/final-error";
export type { FinalFile, FinalProtokollResult } from "./protokoll/final-result";
export { ItemRecordSession, PresenceSession, addAssignment, assignmentProblems, openRecord, readStage, setCurrentItem, suggestedAssignments, timeNow, typedTime, updateRegister, endRecord, resumeRecord } from "./record";
export type { AddPersonResult, AssignmentInput, AssignmentProblem, ConflictChoice, ItemRecordState, OnlineFill, PresenceEntry, PresenceState, SaveStatus, StageRecord, TimeProblem, RecordStateChange } from "./record";
