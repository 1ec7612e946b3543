/** Delegated Graph scopes, least privilege first; docs/graph-scopes.md says why each is needed. */
export const GRAPH_SCOPES: readonly string[] = [
  "User.Read",
  "Calendars.ReadWrite",
  "Calendars.Read.Shared",
  "Chat.ReadBasic",
  "Sites.ReadWrite.All",
  "GroupMember.Read.All",
];

/** Scopes as Entra expects them for Graph (resource-qualified, never OpenID scopes only). */
export function graphScopes(scopes: readonly string[] = GRAPH_SCOPES): string[] {
  return scopes.map((scope) => (scope.includes("/") ? scope : `https://graph.microsoft.com/${scope}`));
}

/**
 * What `npm run provision` asks for, and only it (device code, the site owner): creating lists and columns needs
 * Sites.Manage.All (Graph: *Create list*, *Create columnDefinition*). The app itself never asks for it.
 */
export const PROVISIONING_SCOPES: readonly string[] = ["Sites.Manage.All"];

/**
 * Asked for only when the organizer fetches the online meeting's join and leave times (OnlineAttendanceSource), never
 * at sign-in: finding the meeting by its join URL needs OnlineMeetings.Read, its attendance reports
 * OnlineMeetingArtifact.Read.All (admin consent). Where they are not granted the token request fails, the times are
 * "unavailable" and set by hand; nothing else changes.
 */
export const ONLINE_MEETING_SCOPES: readonly string[] = ["OnlineMeetings.Read", "OnlineMeetingArtifact.Read.All"];
