/** What the page URL asks for: surface, meeting, item, language and theme overrides. */
import type { MeetingRef, Surface } from "../../core";
import { isSurface } from "../../core";

/** The page's query string, read once. */
export interface PageQuery {
  surface: Surface | null;
  meetingRef: MeetingRef | null;
  item: number | null;
  lang: string | null;
  theme: string | null;
  /** Demo only: sign in as this user (links in demos and tests). */
  user: string | null;
  /** Configuration page outside Teams: the meeting chat to look up. */
  chat: string | null;
}

/** Parses `?view=&meeting=&folder=&item=&lang=&theme=`. */
export function readQuery(search: string): PageQuery {
  const params = new URLSearchParams(search);
  const view = params.get("view");
  const key = params.get("meeting")?.trim() ?? "";
  const folderName = params.get("folder")?.trim() ?? "";
  const item = Number(params.get("item"));
  return {
    surface: isSurface(view) ? view : null,
    meetingRef: key === "" ? null : folderName === "" ? { key } : { key, folderName },
    item: Number.isInteger(item) && item > 0 ? item : null,
    lang: params.get("lang"),
    theme: params.get("theme"),
    user: params.get("user"),
    chat: params.get("chat"),
  };
}

/** The query string with the meeting replaced (the picker keeps the choice in the URL, so a reload shows it again). */
export function withMeeting(search: string, ref: MeetingRef): string {
  const params = new URLSearchParams(search);
  params.set("meeting", ref.key);
  if (ref.folderName) params.set("folder", ref.folderName);
  else params.delete("folder");
  return `?${params.toString()}`;
}

/** The query string with the surface replaced. */
export function withSurface(search: string, surface: Surface): string {
  const params = new URLSearchParams(search);
  params.set("view", surface);
  return `?${params.toString()}`;
}

/** The query string with the demo user replaced (a ?user= link must not undo a later choice on reload). */
export function withUser(search: string, mail: string): string {
  const params = new URLSearchParams(search);
  params.set("user", mail);
  return `?${params.toString()}`;
}
