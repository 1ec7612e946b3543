/** The protokoll skeleton: model, builder, plain-text rendering and the draft's file names. */
export { buildProtokoll, closingSections, draftFileName, LOCATION_BLANK, nextDraftFileName, NUMBER_BLANK, PLACE_BLANK, placeOf, protokollTitle } from "./build";
export type { ProtokollInput } from "./build";
export type { AttendanceLine, BlankSection, DecisionClause, PendingMarker, Protokoll, ProtokollItem, Signature } from "./model";
export { ATTENDANCE_UNKNOWN, attendanceLines, personEntry, UNKNOWN_ORGANISATION } from "./attendance-lines";
export { clauseText, decisionClauses, protokollItem, underlagLine } from "./items";
export { renderProtokollText } from "./render-text";
export { documentText, joinSv, paragraphs, singleLine, stripInvalidXml } from "./text";
export { unknownOrganisationEmails, withDirectoryOrganisations } from "./enrich";
export { COMPLETE_STATES, finalFileName, finalReadiness, isNameOrAlternative, pdfNameFor } from "./final";
export type { FinalReadiness } from "./final";
