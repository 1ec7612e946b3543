/** Public API of the pure core. Outer layers import from here, never from the files behind it. */
export type {
  Agenda,
  AgendaItem,
  AgendaItemDraft,
  AgendaItemFields,
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
export { ExpectedFailure, isAppFailure } from "./errors";
export { GRAPH_RETRY_BUDGET } from "./retry-budget";
export type { RetryBudget } from "./retry-budget";
export type {
  AgendaStore,
  Directory,
  DocumentStore,
  MeetingFolderRef,
  MeetingRef,
  MeetingSource,
  MeetingSummary,
  MeetingView,
  RsvpAction,
  RsvpOutcome,
  Services,
  UploadResult,
} from "./ports";
export type { AppointmentAttendees, AppointmentMode, AppointmentProperties, HostAppointment, MeetingKeyResolver } from "./ports-outlook";
export { APPOINTMENT_PROPERTY } from "./ports-outlook";
export { paneAccess, sameMailbox } from "./paneAccess";
export type { CalendarOwner, PaneAccess, PaneAccessInput } from "./paneAccess";

export {
  attachmentTitle,
  buildAgenda,
  compareFiles,
  compareRecords,
  fileItemNumber,
  fileNamePrefixNumber,
  fileOwner,
  NO_ITEM_ID,
  orderKeyOf,
  orderRecords,
} from "./agenda";
export { appendKey, filesToBind, keyBetween, planMove, respace } from "./agendaEdits";
export { agendaItemProblems, quotedValue, UNTITLED } from "./rowProblems";
export type { RowProblem } from "./rowProblems";
export type { FileBinding, MovePlan, OrderWrite } from "./agendaEdits";
export { buildAttendance, compareOrganisations, organisationOf, statusOf } from "./attendance";
export { compareSv } from "./collation";
export { joinDecisions, splitDecisions } from "./decisions";
export { clauseKey, conflictingFields, defaultChoices, droppedFromTheirs, fieldsBothChanged, MERGE_FIELDS, mergeItem, mergesClauses, unionDecisions } from "./merge";
export type { FieldChoice, MergeChoices, MergeField, MergeValues } from "./merge";
export { defaultSubject, folderName, parseFolderName, sanitizeSubject } from "./folder";
export {
  ALL_DAY_SV,
  formatCompactDate,
  formatDate,
  formatDateKey,
  formatDayRange,
  formatMeetingWhen,
  formatWeekdayDay,
  meetingDays,
  sameDay,
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
export type { CalendarDay, LocalDateTime, MeetingDays, MeetingSpan } from "./format";
export { isMunicipality, MUNICIPALITIES, normaliseOrganisation, organisationFromMail, SECRETARIAT } from "./municipality";
export { meetingNumber } from "./numbering";
export { addressMatches, exchangeDnAlias, isExchangeDn, isSmtpAddress, mergeDuplicates, personKey, resolvePerson } from "./people";
export { isTrustedLink, trustedLink } from "./links";
export { stripHiddenControls } from "./hiddenControls";
export {
  AGENDA_FIELD_NAMES,
  AGENDA_FIELDS,
  AGENDA_LIST,
  checkSite,
  columnsOf,
  defaultFields,
  describeType,
  DOCUMENT_LIBRARY,
  draftOfForm,
  EDITOR_FIELDS,
  emptyForm,
  fieldsShownIn,
  formOf,
  holdsFields,
  ITEM_KINDS,
  labelOf,
  OUTCOME_CHOICES,
  pickFields,
  readAgendaFields,
  RECORD_FIELDS,
  selectOf,
  SITE_CONTRACT,
  writeAgendaFields,
} from "./schema";
export type {
  AgendaColumn,
  AgendaFieldName,
  AgendaFieldTable,
  AgendaForm,
  FieldShownIn,
  FieldSpec,
  FieldSurface,
  FieldWriter,
  FieldWrittenBy,
  FormValue,
  GraphFieldValue,
  LabelRef,
  MergeKind,
  ParseContext,
  CheckRow,
  CheckStatus,
  ColumnSpec,
  ColumnType,
  FoundColumn,
  FoundList,
  LibraryColumn,
  ListSpec,
  ListTemplate,
  ProvisionAction,
  SiteCheck,
} from "./schema";
export {
  ASSIGNMENT_LIST,
  ASSIGNMENT_STATUS_CHOICES,
  codeOfChoice,
  PRESENCE_LIST,
  PRESENCE_ROLE_CHOICES,
  PRESENCE_STATUS_CHOICES,
  RECORD_STATE_CHOICES,
  REGISTER_LIST,
} from "./schema";
export type { AssignmentColumn, PresenceColumn, RegisterColumn } from "./schema";
export { OUTCOMES } from "./record";
export type {
  AssignmentFields,
  AssignmentRow,
  AssignmentStatus,
  AssignmentStore,
  DraftStorage,
  ItemRecordFields,
  ItemRecordWriter,
  MeetingRecord,
  MeetingRegister,
  MeetingRegisterFields,
  MeetingRegisterRow,
  OnlineAttendance,
  OnlineAttendanceSource,
  Outcome,
  PresenceFields,
  PresenceRole,
  PresenceRow,
  PresenceStatus,
  PresenceStore,
  RecordPorts,
  RecordState,
} from "./record";
export { changedRecordFields, EDITED_RECORD_FIELDS, isUnrecorded, mergeClauses, mergeRecord, parseAssignmentClause, recordValuesOf, sameRecordField } from "./record";
export type { ClauseAssignment, RecordConflict, RecordField, RecordMerge, RecordValues } from "./record";
