/** The protokoll: model, builder (with the meeting's record), plain-text rendering and the draft's file names. */
export { buildProtokoll, closingSections, draftFileName, LOCATION_BLANK, nextDraftFileName, NUMBER_BLANK, PLACE_BLANK, placeOf, protokollTitle } from "./build";
export type { ProtokollInput } from "./build";
export type { AttendanceKind, AttendanceLine, BlankSection, DecisionClause, PendingMarker, Protokoll, ProtokollFacts, ProtokollItem, Signature } from "./model";
export { ATTENDANCE_UNKNOWN, attendanceLine, attendanceLines, isSecretariatName, personEntry, UNKNOWN_ORGANISATION } from "./attendance-lines";
export { assignmentLine, BLANK_CLAUSE, clauseText, decisionClauses, isProcedural, outcomeLine, protokollItem, underlagLine, withFullStop } from "./items";
export { presenceEntry, presenceLines } from "./presence-lines";
export { renderProtokollText } from "./render-text";
export { documentText, joinSv, paragraphs, singleLine, stripInvalidXml } from "./text";
export { unknownOrganisationEmails, withDirectoryOrganisations } from "./enrich";
export { COMPLETE_STATES, finalFileName, finalReadiness, isNameOrAlternative, pdfNameFor } from "./final";
export type { FinalReadiness } from "./final";
export type { TemplateProblem, TemplateProblemKind } from "./template-problem";
export { draftAgenda, protokollFromView, readyAttendance, recordedItems } from "./from-view";
export type { DraftOptions, ProtokollTemplate } from "./from-view";
export { DraftError } from "./draft-error";
