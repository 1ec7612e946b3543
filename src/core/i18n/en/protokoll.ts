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
  templateProblem: (template, tag, kind) => {
    const file = `The minutes template “${template}”`;
    switch (kind) {
      case "unknownField":
        return `${file} uses the field {${tag}}, which does not exist. Correct the spelling or remove the field from the template; the available fields are listed in the template guide.`;
      case "unclosedLoop":
        return `${file} opens the section {${tag}} but never closes it. Add {/${tag.replace(/^[#^]/, "")}} where the section ends.`;
      case "unopenedLoop":
        return `${file} closes the section {${tag}}, which is never opened. Add {#${tag.replace(/^\//, "")}} where the section starts, or remove the closing tag.`;
      case "mismatchedLoop":
        return `${file} closes a section with {${tag}}, but the section open there has another name. Make sure every {#name} is closed by {/name} in the same order.`;
      case "brokenTag":
        return `${file} has a brace without its partner at “${tag}”. Every field is written {name}, with one brace on each side.`;
      case "notDocx":
        return `${file} is not a Word document (.docx). Save the template as a Word document and try again.`;
      default:
        return `${file} could not be used${tag ? ` (at “${tag}”)` : ""}. Compare the template with the template guide.`;
    }
  },
};
