/** Public API of the pure core. Outer layers import from here, never from the files behind it. */
export type {
  Agenda,
  AgendaItem,
  AgendaItemDraft,
  AgendaItemRecord,
  Attachment,
  AttendanceEntry,
  AttendanceGroup,
  AttendanceReport,
  AttendanceRole,
  AttendanceStatus,
  Attendee,
  AttendeeType,
  DirectoryEntry,
  FileRecord,
  Folder,
  ItemKind,
  Meeting,
  Organisation,
  Person,
  RsvpResponse,
} from "./types";
export type { AppError, AppFailure, ErrorCode, Section } from "./errors";
export { isAppFailure } from "./errors";
export type {
  AgendaStore,
  Directory,
  DocumentStore,
  MeetingRef,
  MeetingSource,
  MeetingSummary,
  MeetingView,
  RsvpAction,
  Services,
  UploadResult,
} from "./ports";
export type { AppointmentAttendees, AppointmentMode, AppointmentProperties, HostAppointment, MeetingKeyResolver } from "./ports-outlook";
export { APPOINTMENT_PROPERTY } from "./ports-outlook";

export { attachmentTitle, buildAgenda, compareFiles, compareRecords, fileItemNumber, fileNamePrefixNumber } from "./agenda";
export { filesToRetarget, moveItem, nextItemNumber, removeItem, renumber } from "./agendaEdits";
export type { AgendaEdit, FileRetarget, NumberChange } from "./agendaEdits";
export { buildAttendance, compareOrganisations, organisationOf, statusOf } from "./attendance";
export { compareSv } from "./collation";
export { joinDecisions, splitDecisions } from "./decisions";
export { conflictingFields, defaultChoices, droppedFromTheirs, fieldsBothChanged, MERGE_FIELDS, mergeItem, unionDecisions } from "./merge";
export type { FieldChoice, MergeChoices, MergeField, MergeValues } from "./merge";
export { defaultSubject, folderName, parseFolderName, sanitizeSubject } from "./folder";
export {
  formatCompactDate,
  formatDate,
  formatDateKey,
  formatProtocolTitle,
  formatTime,
  formatTimeRange,
  formatWeekdayDate,
  localYear,
  parseStartTime,
  STOCKHOLM,
  toEpochMs,
  toLocal,
} from "./format";
export type { LocalDateTime } from "./format";
export { isMunicipality, MUNICIPALITIES, normaliseOrganisation, organisationFromMail, SECRETARIAT } from "./municipality";
export { meetingNumber } from "./numbering";
