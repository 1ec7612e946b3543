/** The site contract: lists, libraries and their columns, and the fields of an agenda item. */
export { AGENDA_LIST, columnsOf, DOCUMENT_LIBRARY, ITEM_KINDS, OUTCOME_CHOICES, selectOf, SITE_CONTRACT } from "./columns";
export type { AgendaColumn, ColumnSpec, ColumnType, LibraryColumn, ListSpec, ListTemplate } from "./columns";
export { checkSite, describeType } from "./site-check";
export type { CheckRow, CheckStatus, FoundColumn, FoundList, ProvisionAction, SiteCheck } from "./site-check";
export { AGENDA_FIELD_NAMES, AGENDA_FIELDS, EDITOR_FIELDS, fieldsShownIn, RECORD_FIELDS } from "./agenda-fields";
export type { AgendaFieldName, AgendaFieldTable, FieldShownIn, FieldWrittenBy } from "./agenda-fields";
export { labelOf } from "./field-spec";
export type { FieldSpec, FieldSurface, FieldWriter, GraphFieldValue, LabelRef, MergeKind, ParseContext } from "./field-spec";
export { defaultFields, holdsFields, pickFields, readAgendaFields, writeAgendaFields } from "./agenda-rows";
export { draftOfForm, emptyForm, formOf } from "./agenda-form";
export type { AgendaForm, FormValue } from "./agenda-form";
export {
  ASSIGNMENT_LIST,
  ASSIGNMENT_STATUS_CHOICES,
  codeOfChoice,
  PRESENCE_LIST,
  PRESENCE_ROLE_CHOICES,
  PRESENCE_STATUS_CHOICES,
  RECORD_STATE_CHOICES,
  REGISTER_LIST,
} from "./record-lists";
export type { AssignmentColumn, PresenceColumn, RegisterColumn } from "./record-lists";
