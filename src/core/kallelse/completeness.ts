/** Whether a kallelse made from a meeting view would be complete (#12: never a kallelse with its bilagor silently missing). */
import type { AppError } from "../errors";
import type { MeetingView } from "../ports";

/**
 * The error that kept the folder's files from being read (403, or 503 past the retry budget), or null when they were
 * read. The files have their own section; a folder that could not be looked up leaves them unread too.
 */
export function unreadableBilagor(view: Pick<MeetingView, "folder" | "files">): AppError | null {
  if (view.files.state === "error") return view.files.error;
  return view.folder.state === "error" ? view.folder.error : null;
}
