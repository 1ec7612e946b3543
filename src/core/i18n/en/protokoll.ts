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
  // Create the final minutes (issue 14 item 3) and the members' link to its PDF.
  finalIntro: "Once the record is closed, creates the final minutes in Word, without the draft marking, and a PDF of them beside it in the meeting folder.",
  finalCreate: "Create final minutes",
  finalStep: { notReady: "Checking the register…", docx: "Creating the Word file…", conversion: "Creating the PDF…", pdf: "Saving the PDF…", register: "Saving to the register Sammanträden…" },
  finalNotReadyNoRow: "The final minutes can be created once the meeting is in the register Sammanträden and its record is closed. Start recording the meeting first.",
  finalNotReady: (state) => `The final minutes can be created once the record is closed, that is when the meeting's status is Closed, For approval or Approved. The status now is ${state}. End it in the meeting's side panel: Take minutes, then End minute-taking.`,
  recordState: { planned: "Planned", inProgress: "In progress", ended: "Closed", forApproval: "For approval", approved: "Approved" },
  finalCreated: "The final minutes are saved in the meeting folder and recorded in Sammanträden.",
  finalExisted: "The final minutes already existed and were not written again. Remove the files from the meeting folder to create them anew.",
  finalRenamed: (firstChoice, fileName) => `A file named “${firstChoice}” already existed, so the new one is named “${fileName}”. The existing file is unchanged.`,
  openDocx: (fileName) => `Open ${fileName}`,
  openPdf: (fileName) => `Open ${fileName}`,
  finalFailed: "The final minutes could not be created.",
  finalDocxFailed: "The Word file could not be created.",
  finalConversionFailed: (fileName) => `The Word file “${fileName}” is saved, but Microsoft 365 could not make a PDF of it. The Word file is kept and used again when you retry.`,
  finalPdfFailed: (fileName) => `The Word file “${fileName}” is saved, but the PDF could not be saved. Try again; the Word file is used again.`,
  finalRegisterFailed: "The files are saved, but the register Sammanträden could not be updated. Try again; the files are not created twice.",
  finalRegisterTaken: "Someone else recorded other final minutes for this meeting at the same time. Reload and look in the meeting folder before you try again.",
  pdfLink: "Minutes (PDF)",
  pdfLinkHeading: "Final minutes",
  pdfLinkBlocked: "the link points outside the group's SharePoint and is not opened",
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
