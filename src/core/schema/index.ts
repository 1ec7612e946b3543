/** The site contract: lists, libraries and their columns. */
export { AGENDA_LIST, columnsOf, DOCUMENT_LIBRARY, selectOf, SITE_CONTRACT } from "./columns";
export type { AgendaColumn, ColumnSpec, ColumnType, LibraryColumn, ListSpec, ListTemplate } from "./columns";
export { checkSite, describeType } from "./site-check";
export type { CheckRow, CheckStatus, FoundColumn, FoundList, ProvisionAction, SiteCheck } from "./site-check";
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
