/** The protokoll as plain text, in document order: what a reader of the default template's .docx sees (tests, the command's summary). */
import type { Protokoll } from "./model";

/** Plain text of the draft, one paragraph a line. */
export function renderProtokollText(protokoll: Protokoll): string {
  const lines: string[] = [protokoll.title, protokoll.groupName, protokoll.placeAndDate, ""];
  lines.push(`${protokoll.placeAndTime.label} ${protokoll.placeAndTime.text}`, "");
  for (const line of protokoll.attendance) lines.push(`${line.label} ${line.text}`);
  for (const item of protokoll.items) {
    lines.push("", item.heading, ...item.paragraphs);
    if (item.presenterLine !== null) lines.push(item.presenterLine);
    lines.push(...item.underlagLines);
    if (item.outcomeLine !== null) lines.push(item.outcomeLine);
    if (item.decisions.length > 0) lines.push(item.decisionLabel);
    for (const clause of item.decisions) lines.push(clause.text === "" ? clause.lead : `${clause.lead} ${clause.text}`);
    lines.push(...item.assignmentLines);
  }
  if (protokoll.otherAssignments.length > 0) lines.push("", ...protokoll.otherAssignments);
  for (const section of protokoll.closing) lines.push("", section.heading);
  for (const signature of protokoll.signatures) lines.push("", "____________________", signature.name ?? "", signature.role);
  return `${lines.join("\n")}\n`;
}
