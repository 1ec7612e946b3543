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
  templateProblem: (problem) => {
    const file = `The minutes template “${problem.template}”`;
    switch (problem.kind) {
      case "unknownField":
        return `${file} uses the field {${problem.tag}}, which does not exist. Correct the spelling or remove the field from the template; the available fields are listed in the template guide.`;
      case "unclosedLoop":
        return `${file} opens the section {${problem.tag}} but never closes it. Add {/${problem.tag.replace(/^[#^]/, "")}} where the section ends.`;
      case "unopenedLoop":
        return `${file} closes the section {${problem.tag}}, which is never opened. Add {#${problem.tag.replace(/^\//, "")}} where the section starts, or remove the closing tag.`;
      case "mismatchedLoop":
        return `${file} closes a section with {${problem.tag}}, but the section open there has another name. Make sure every {#name} is closed by {/name} in the same order.`;
      case "brokenTag":
        return `${file} has a brace without its partner at “${problem.tag}”. Every field is written {name}, with one brace on each side.`;
      case "notDocx":
        return `${file} is not a Word document (.docx). Save the template as a Word document and try again.`;
      case "other":
        return `${file} could not be used${problem.tag ? ` (at “${problem.tag}”)` : ""}. Compare the template with the template guide.`;
    }
  },
};
