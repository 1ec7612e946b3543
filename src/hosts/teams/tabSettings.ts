/** What the configurable tab saves: the meeting's iCalUId as entityId, and a contentUrl that carries the folder. */
import type { MeetingRef, MeetingSummary } from "../../core";

/** pages.config.setConfig's fields that Sammanträde sets. */
export interface TabSettings {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

function pageUrl(appBaseUrl: string, params: Record<string, string>): string {
  const url = new URL("teams.html", `${appBaseUrl.replace(/\/+$/, "")}/`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

/** The tab's settings for a meeting: `<appBaseUrl>/teams.html?meeting=<iCalUId>&folder=<folderName>`. */
export function tabSettingsFor(meeting: MeetingSummary, appBaseUrl: string, displayName: string): TabSettings {
  const contentUrl = pageUrl(appBaseUrl, { meeting: meeting.iCalUId, folder: meeting.folderName });
  return { entityId: meeting.iCalUId, contentUrl, websiteUrl: contentUrl, suggestedDisplayName: displayName };
}

/** The page shared to the meeting stage: the same meeting, the stage surface, from the given item. */
export function stageUrl(ref: MeetingRef, itemNumber: number, appBaseUrl: string): string {
  return pageUrl(appBaseUrl, { meeting: ref.key, ...(ref.folderName ? { folder: ref.folderName } : {}), view: "stage", item: String(itemNumber) });
}

/** The meeting a saved tab names: its contentUrl's query (read by the page) or else the entityId. */
export function refFromEntityId(entityId: string | undefined): MeetingRef | null {
  const key = entityId?.trim() ?? "";
  return key === "" ? null : { key };
}
