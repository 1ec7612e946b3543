/** The protokoll's ärenden from the agenda and, where recorded, the meeting's record (DESIGN §5 point 4, §4a). */
import { attachmentTitle } from "../agenda";
import type { AssignmentRow, ItemRecordFields, Outcome } from "../record";
import type { AgendaItem } from "../types";
import type { DecisionClause, ProtokollItem } from "./model";
import { paragraphs, singleLine } from "./text";

// People type the clause with or without its lead; the protokoll writes the lead itself, in bold.
// The seeds' bold "**att**" may be pasted in as typed Markdown.
const LEAD = /^(?:\*\*)?(?:samt\s+)?att(?:\*\*)?(?:\s+|$)/i;

/** A proposed clause without a typed "att"/"samt att" lead. */
export function clauseText(proposal: string): string {
  return singleLine(proposal).replace(LEAD, "").trim();
}

/** The text with a closing full stop, as the group ends its indented blocks; empty stays empty. */
export function withFullStop(text: string): string {
  return text === "" || /[.!?…:]$/.test(text) ? text : `${text}.`;
}

/** "att …." clauses in the current style (every one led "att", each ending with a full stop); `last` marks the last of several. */
export function decisionClauses(proposals: readonly string[]): DecisionClause[] {
  const texts = proposals.map(clauseText).filter((text) => text !== "");
  return texts.map((text, index) => ({ lead: "att", text: withFullStop(text), last: texts.length > 1 && index === texts.length - 1 }));
}

/** The one empty "att" line the meeting fills in. */
export const BLANK_CLAUSE: DecisionClause = { lead: "att", text: "", last: false };

/** "Underlag: Bilaga 3 – Utkast till förfrågningsunderlag." with the bilaga's number from buildAgenda. */
export function underlagLine(number: number, fileName: string): string {
  return withFullStop(`Underlag: Bilaga ${number} – ${singleLine(attachmentTitle(fileName))}`);
}

// Items that open or close the meeting decide nothing: the group's protocols give them no decision block.
const PROCEDURAL = /^(mötets öppnande|mötet öppnas|öppnande|incheckning|mötets avslutande|mötet avslutas|avslutning|övriga frågor)(?!\p{L})/u;

/** True for an item that only opens or closes the meeting ("Mötets öppnande", "Mötet avslutas", "Övriga frågor"). */
export function isProcedural(title: string): boolean {
  return PROCEDURAL.test(singleLine(title).toLocaleLowerCase("sv"));
}

const OUTCOME_LINES: Record<Exclude<Outcome, "decided">, string> = {
  tabled: "Ärendet bordlades till nästa möte.",
  referredBack: "Ärendet återremitterades.",
  noted: "Informationen noterades.",
  withdrawn: "Ärendet utgick.",
};

/** The sentence for a recorded outcome other than a decision (the clauses say what was decided). */
export function outcomeLine(outcome: Outcome | null): string | null {
  return outcome === null || outcome === "decided" ? null : OUTCOME_LINES[outcome];
}

/** "Uppdrag: att ta fram ett förslag (Tomas Rikse, senast 2027-01-15)." — due empty means by the next meeting. */
export function assignmentLine(row: AssignmentRow): string {
  const what = clauseText(row.title) || "[uppdrag saknas]";
  const who = singleLine(row.assignee) || "[vem?]";
  const due = row.due === null || singleLine(row.due) === "" ? "till nästa möte" : `senast ${singleLine(row.due)}`;
  return `Uppdrag: att ${what.replace(/[.]+$/, "")} (${who}, ${due}).`;
}

/** The clauses of the decision block: recorded ones when recorded, else the proposals; none where nothing is to be decided. */
function clausesOf(item: AgendaItem, record: ItemRecordFields | undefined): DecisionClause[] {
  if (record !== undefined && record.outcome !== null) {
    const recorded = decisionClauses(record.decisions);
    return recorded.length === 0 && record.outcome === "decided" ? [BLANK_CLAUSE] : recorded;
  }
  const proposed = decisionClauses(record !== undefined && record.decisions.length > 0 ? record.decisions : item.proposedDecisions);
  if (proposed.length > 0) return proposed;
  return item.kind === "beslut" && !isProcedural(item.title) ? [BLANK_CLAUSE] : [];
}

/** One agenda item as a protokoll section, with its record (minutes, outcome, clauses, uppdrag) where there is one. */
export function protokollItem(item: AgendaItem, record?: ItemRecordFields, assignments: readonly AssignmentRow[] = []): ProtokollItem {
  const title = singleLine(item.title) || "[Rubrik saknas]";
  const presenter = singleLine(item.presenter);
  const minutes = record === undefined ? [] : paragraphs(record.minutes);
  return {
    number: item.number,
    title,
    heading: `${item.number} ${title}`,
    paragraphs: minutes.length > 0 ? minutes : paragraphs(item.description),
    presenterLine: presenter === "" ? null : withFullStop(`Föredragande: ${presenter}`),
    underlagLines: item.attachments.map((a) => underlagLine(a.number, a.name)),
    outcomeLine: outcomeLine(record?.outcome ?? null),
    decisionLabel: "Mötet beslutar",
    decisions: isProcedural(item.title) && (record?.outcome ?? null) === null ? [] : clausesOf(item, record),
    assignmentLines: assignments.filter((a) => a.itemId === item.id && a.status !== "struck").map(assignmentLine),
  };
}
