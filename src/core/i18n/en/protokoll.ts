/** English strings of the draft-minutes action (English Teams clients). */
import type { ProtokollStrings } from "../sv/protokoll";

export const protokoll: ProtokollStrings = {
  heading: "Minutes",
  intro: "Creates a Word draft of the minutes in the meeting folder, with agenda, attendance and documents filled in.",
  create: "Create draft minutes",
  working: "Creating draft minutes…",
  saved: (fileName) => `The draft was saved in the meeting folder as “${fileName}”.`,
  renamed: (firstChoice, fileName) => `A file named “${firstChoice}” already existed, so the new draft is named “${fileName}”. The existing file is unchanged.`,
  open: "Open the draft",
  failed: "The draft minutes could not be created.",
  retry: "Try again",
};
