/** Ports for sharing the meeting's folder with its attendees and for opening a prefilled e-mail (issue #15). */
import type { Person } from "./types";

/** One permission on the folder as Graph lists it; emails are lower-case, empty for group or link permissions. */
export interface FolderPermission {
  id: string;
  emails: string[];
  roles: string[];
  /** True when the permission comes from a folder above (or the site) and cannot be removed here. */
  inherited: boolean;
}

/** The folder's permissions and our own record of what this action shared, read together. */
export interface FolderSharingState {
  permissions: FolderPermission[];
  /** The text of the folder's record column (see sharing/record.ts); "" when nothing was ever shared. */
  record: string;
  /** eTag of the folder's list item, for writing the record back without losing a concurrent write. */
  etag: string;
}

/** Reads and changes who may read a meeting folder; failures throw AppFailure (code "forbidden" when sharing is not allowed). */
export interface FolderSharing {
  read(folderId: string): Promise<FolderSharingState>;
  /** Gives one person read access without Graph's own invitation mail; returns the permission made. */
  invite(folderId: string, person: Person): Promise<FolderPermission>;
  /** Removes one permission; resolves also when it is already gone. */
  revoke(folderId: string, permissionId: string): Promise<void>;
  /** Writes the record if the folder's eTag still matches (else throws code "conflict"); returns the new eTag. */
  writeRecord(folderId: string, record: string, etag: string): Promise<string>;
}

/** A new e-mail for the user to review and send: recipients, subject and HTML body. */
export interface NewMessage {
  to: Person[];
  subject: string;
  htmlBody: string;
}

/** Opens a prefilled new message form in the host (Outlook's displayNewMessageForm); the user sends it. */
export interface NewMessageForm {
  open(message: NewMessage): Promise<void>;
}
