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
export type { DocumentWriters, HandlingarPdfInput, HandlingarPdfPart, HandlingarPdfWriter, ProtokollWriter } from "./ports-documents";
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
export { buildAttendance, compareOrganisations, countAttendance, organisationOf, statusOf, withStatusOf } from "./attendance";
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
  StageSnapshot,
  StageSource,
} from "./record";
// Attendance as it happened (issue 13 item 2).
export {
  clockMinutes,
  compareByName,
  groupPresence,
  missingPresence,
  newPerson,
  onlineTimes,
  parseClockTime,
  prefillPresence,
  presenceKey,
  roundedClock,
  roundToFiveMinutes,
  timesProblem,
} from "./record";
export type {
  ClockTimeError,
  ClockTimeResult,
  NewPersonInput,
  NewPersonProblem,
  NewPersonResult,
  PresenceGroup,
  PresenceTimes,
} from "./record";
export { changedRecordFields, EDITED_RECORD_FIELDS, isUnrecorded, mergeClauses, mergeRecord, parseAssignmentClause, recordValuesOf, sameRecordField } from "./record";
export type { ClauseAssignment, RecordConflict, RecordField, RecordMerge, RecordValues } from "./record";
// The start-up strings alone, under their own names, so an entry that must stay tiny need not take every string.
export { common as enCommon } from "./i18n/en/common";
export { common as svCommon } from "./i18n/sv/common";
export type { Language } from "./i18n/errors";
export type { CommonStrings } from "./i18n/sv/common";
export type { FolderPermission, FolderSharing, NewMessage, NewMessageForm } from "./ports-sharing";
export type { AppointmentDetails } from "./ports-outlook";
export { en } from "./i18n/en";
export { sv } from "./i18n/sv";
export type { Strings } from "./i18n/sv";
export { errorMessage } from "./i18n/errors";
export { bodyTop, buildKallelse, findHandlingarPdf, findKallelseBlocks, findTeamsJoinBlock, handlingarFileName, handlingarParts, handlingarTitle, insertKallelse, kallelseParagraphs, renderKallelseHtml, suggestSubject, unreadableBilagor, wellFormed } from "./kallelse";
export type { HandlingarPart, Kallelse, KallelsePlacement } from "./kallelse";
export { buildReminder, isSharingBlocked, nonResponders, shareWithAttendees } from "./sharing";
export type { ShareReport } from "./sharing";
export { buildProtokoll, documentText, nextDraftFileName, unknownOrganisationEmails, withDirectoryOrganisations } from "./protokoll";
export type { AttendanceLine, DecisionClause, Protokoll, ProtokollInput, ProtokollItem, Signature } from "./protokoll";
export { isSurface, SURFACES } from "./surface";
export type { Surface, ThemeName } from "./surface";
export { DraftError, draftAgenda, finalFileName, finalReadiness, isNameOrAlternative, pdfNameFor, protokollFromView, readyAttendance } from "./protokoll";
export type { AttendanceKind, DraftOptions, FinalReadiness, ProtokollTemplate, TemplateProblem, TemplateProblemKind } from "./protokoll";
export type { ProtokollStrings } from "./i18n/sv/protokoll";
