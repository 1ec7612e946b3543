/** Graph paths the repositories use, built from the configuration (site, list, library, group, organizer). */
import type { AppConfig } from "../../config";
import { ASSIGNMENT_LIST, PRESENCE_LIST, REGISTER_LIST } from "../../core";

/** One path segment, percent-encoded; commas stay literal as in Graph's composite site ids. */
export function segment(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ",");
}

/** An OData string literal: quoted, inner quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A query string with each value percent-encoded; keys ($filter, $top...) are written as given. */
export function query(params: Record<string, string | number>): string {
  const parts = Object.entries(params).map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

/** $filter on the event's iCalUId (shared by organizer's and attendees' copies). */
export function iCalUIdFilter(key: string): string {
  return `iCalUId eq ${odataString(key)}`;
}

/** Paths under the group's SharePoint site. */
export interface SitePaths {
  /** /sites/{site}/lists/{Dagordning}/items */
  agendaItems: string;
  /** /sites/{site}/lists/{Möteshandlingar}/drive */
  libraryDrive: string;
  /** /sites/{site}/lists/{Möteshandlingar}/items: the library's files and folders as list items (their columns). */
  libraryItems: string;
  /** /users/{organizer} */
  organizerMailbox: string;
  /** /sites/{site}/lists/{Sammanträden}/items: the meeting register. */
  registerItems: string;
  /** /sites/{site}/lists/{Närvaro}/items */
  presenceItems: string;
  /** /sites/{site}/lists/{Uppdrag}/items */
  assignmentItems: string;
  /** /groups/{id}/members */
  groupMembers: string;
}

/** Builds the configured paths once. */
export function sitePaths(config: AppConfig): SitePaths {
  const site = `/sites/${segment(config.siteId)}`;
  return {
    agendaItems: `${site}/lists/${segment(config.agendaListName)}/items`,
    libraryDrive: `${site}/lists/${segment(config.libraryName)}/drive`,
    libraryItems: `${site}/lists/${segment(config.libraryName)}/items`,
    organizerMailbox: `/users/${segment(config.organizerMailbox)}`,
    registerItems: `${site}/lists/${segment(REGISTER_LIST.displayName)}/items`,
    presenceItems: `${site}/lists/${segment(PRESENCE_LIST.displayName)}/items`,
    assignmentItems: `${site}/lists/${segment(ASSIGNMENT_LIST.displayName)}/items`,
    groupMembers: `/groups/${segment(config.groupId)}/members`,
  };
}

/** /…/drive/root:/{folderName}: addressing a folder in the library by its name. */
export function folderByName(paths: SitePaths, folderName: string): string {
  return `${paths.libraryDrive}/root:/${segment(folderName)}:`;
}

/** /…/drive/items/{id} */
export function driveItem(paths: SitePaths, id: string): string {
  return `${paths.libraryDrive}/items/${segment(id)}`;
}
