/** The demo tenant's data file format (documented in src/demo-tenant/README.md). Times are UTC ISO strings. */

/** A person in the demo directory; every user has a mailbox and can sign in with `Bearer demo:<mail>`. */
export interface DemoUser {
  id: string;
  displayName: string;
  givenName?: string;
  surname?: string;
  mail: string;
  userPrincipalName?: string;
  companyName?: string | null;
  officeLocation?: string | null;
  jobTitle?: string | null;
  /** secretariat users may read other users' calendars (delegate rights on the organizer mailbox). */
  role: "member" | "secretariat";
  /** Shown by /_demo/users only (the sign-in picker); Graph never returns it. */
  organisation: string;
  /** Signs in from another organisation's own tenant: reads no file of the group's library unless a permission names them. */
  federated?: boolean;
}

/** A Microsoft 365 group; members are user ids. */
export interface DemoGroup {
  id: string;
  displayName: string;
  description?: string;
  mail?: string;
  members: string[];
}

/** A stored answer; the organizer's copy shows it, the attendee's own copy shows it as its responseStatus. */
export type DemoResponse = "none" | "accepted" | "declined" | "tentativelyAccepted";

/** One invitee of an event. `name` defaults to the user's displayName. */
export interface DemoAttendee {
  mail: string;
  name?: string;
  type: "required" | "optional" | "resource";
  response: DemoResponse;
  responseTime?: string | null;
}

/** A recurring series: its master appears in /events, its occurrences are the `events` that name it. */
export interface DemoSeries {
  id: string;
  iCalUId: string;
  subject: string;
  organizer: string;
  startUtc: string;
  endUtc: string;
  location: string;
  /** A Graph patternedRecurrence object, returned as is on the series master. */
  recurrence: Record<string, unknown>;
  attendees: DemoAttendee[];
  bodyHtml?: string;
  joinUrl?: string;
  createdUtc: string;
}

/** One meeting (single instance, or an occurrence when seriesId is set). Each invitee gets an own copy with an own id. */
export interface DemoEvent {
  iCalUId: string;
  subject: string;
  startUtc: string;
  endUtc: string;
  /** Windows time zone name the organizer scheduled in. */
  timeZone?: string;
  /** An all-day event: start and end are midnights (Graph returns them as midnight UTC). */
  isAllDay?: boolean;
  location: string;
  organizer: string;
  attendees: DemoAttendee[];
  seriesId?: string | null;
  isCancelled?: boolean;
  joinUrl?: string | null;
  bodyHtml?: string;
  createdUtc: string;
  lastModifiedUtc: string;
}

/** A Teams meeting chat bound to one event (by iCalUId); members are mails. */
export interface DemoChat {
  id: string;
  topic: string;
  eventICalUId: string;
  members: string[];
  createdUtc: string;
}

/** Scalar SharePoint field values (open fieldValueSet). */
export type DemoFieldValue = string | number | boolean | null;

/** A list column the demo validates writes against. */
export interface DemoColumn {
  name: string;
  /** Heading SharePoint shows; the name when absent. */
  displayName?: string;
  /** The columnDefinition's id (a GUID); derived from list and name when absent. */
  id?: string;
  type: "text" | "note" | "number" | "choice" | "dateTime" | "boolean";
  choices?: string[];
  /** A choice column that allows fill-in values (SharePoint's "Allow 'Fill-in' choices"): any text is accepted. */
  fillIn?: boolean;
  /** Filtering on a non-indexed column fails as in SharePoint, unless Prefer: HonorNonIndexedQueriesWarningMayFailRandomly. */
  indexed?: boolean;
}

/** Version-tracked SharePoint object; the eTag is `"{guid},version"`. */
export interface DemoVersioned {
  guid: string;
  version: number;
  createdUtc: string;
  modifiedUtc: string;
  createdBy?: string;
  modifiedBy?: string;
}

/** A list item of a generic list. */
export interface DemoListItem extends DemoVersioned {
  id: string;
  fields: Record<string, DemoFieldValue>;
}

/** A file or folder in a document library; its list item shares its id, eTag and fields. */
export interface DemoDriveItem extends DemoVersioned {
  id: string;
  /** Numeric id of the item's list item (the library's listItem). */
  listItemId: string;
  name: string;
  /** null only for the drive's root. */
  parentId: string | null;
  kind: "folder" | "file";
  mimeType?: string;
  /** File bytes: a path relative to the data file's folder, or inline base64 (uploads). */
  contentPath?: string;
  contentBase64?: string;
  size?: number;
  /** How many content versions SharePoint keeps for the file (absent: 1); a replace of the content adds one. */
  contentVersions?: number;
  fields: Record<string, DemoFieldValue>;
  /** Direct sharing permissions on this item (invite); inherited by everything below it. */
  permissions?: DemoPermission[];
}

/** A direct permission on a drive item, made by POST …/invite (or by hand in SharePoint). */
export interface DemoPermission {
  id: string;
  roles: string[];
  /** Mail of the person it grants. */
  grantee: string;
  /** Mail of who shared. */
  invitedBy: string;
  createdUtc: string;
}

/** A list ("genericList") or document library ("documentLibrary", which then has a drive). */
export interface DemoList extends DemoVersioned {
  id: string;
  /** URL name, e.g. "Moteshandlingar" (also the path segment of files' webUrl). */
  name: string;
  displayName: string;
  template: "genericList" | "documentLibrary";
  columns: DemoColumn[];
  items: DemoListItem[];
  drive?: { id: string; name: string; items: DemoDriveItem[] };
  /** Next numeric list item id. */
  nextItemId: number;
}

/** A SharePoint site. `path` is the server-relative URL, e.g. "/sites/kdgrupp". */
export interface DemoSite {
  id: string;
  name: string;
  displayName: string;
  description?: string;
  hostname: string;
  path: string;
  createdUtc: string;
  lists: DemoList[];
  /** SharePoint admin center → Sites → the site → Sharing; default "newAndExistingGuests". "disabled" refuses invites to people outside the tenant. */
  externalSharing?: "disabled" | "existingGuests" | "newAndExistingGuests";
}

/** One person's part in one session of an online meeting (Graph's attendanceRecord); mail null for anonymous joiners. */
export interface DemoAttendanceRecord {
  mail: string | null;
  name: string;
  role: "Organizer" | "Presenter" | "Attendee";
  intervals: { joinUtc: string; leaveUtc: string }[];
}

/** One session's attendance report (Graph's meetingAttendanceReport). */
export interface DemoAttendanceReport {
  id: string;
  meetingStartUtc: string;
  meetingEndUtc: string;
  records: DemoAttendanceRecord[];
}

/**
 * A Teams online meeting, found by its join URL (a series shares one). Only the organizer reads its attendance
 * reports; the invitees of an event with this join URL see the meeting, and get 403 on its reports.
 */
export interface DemoOnlineMeeting {
  id: string;
  joinWebUrl: string;
  organizer: string;
  subject: string;
  chatThreadId: string;
  startUtc: string;
  endUtc: string;
  createdUtc: string;
  attendanceReports: DemoAttendanceReport[];
}

/** The whole demo tenant. */
export interface DemoData {
  version: 1;
  tenant: { id: string; name: string; domain: string };
  users: DemoUser[];
  groups: DemoGroup[];
  series: DemoSeries[];
  events: DemoEvent[];
  chats: DemoChat[];
  sites: DemoSite[];
  /** Online meetings with their attendance reports (absent in older data files: none). */
  onlineMeetings?: DemoOnlineMeeting[];
}
