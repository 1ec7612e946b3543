/** The Outlook editor's form state, derived from the field table: each editor field as typed, and back to a draft. */
import { EDITOR_FIELDS } from "./agenda-fields";
import type { FieldWrittenBy } from "./agenda-fields";
import { defaultFields, specOf } from "./agenda-rows";
import { joinDecisions, splitDecisions } from "../decisions";
import { parseStartTime } from "../format";
import type { AgendaItemDraft, AgendaItemFields } from "../types";

/** A value as a form holds it: clause lists and times as typed text, a choice as its code. */
export type FormValue<T> = [T] extends [readonly string[]] ? string : [T] extends [string] ? T : string;

/** The form's fields, all as typed. */
export type AgendaForm = { [K in FieldWrittenBy<"editor">]: FormValue<AgendaItemFields[K]> };

/** The form showing the given values. */
export function formOf(values: AgendaItemDraft): AgendaForm {
  const form: Record<string, unknown> = {};
  for (const name of EDITOR_FIELDS) {
    const value: unknown = values[name];
    form[name] = specOf(name).merge === "clauses" ? joinDecisions([...(value as string[])]) : (value ?? "");
  }
  return form as unknown as AgendaForm;
}

/** The form of a new item: every field at its default. */
export function emptyForm(): AgendaForm {
  return formOf(defaultFields());
}

/** The draft the form stands for: text trimmed, clauses one a line, an empty time as none. */
export function draftOfForm(form: AgendaForm): AgendaItemDraft {
  const draft: Record<string, unknown> = {};
  for (const name of EDITOR_FIELDS) {
    const typed = form[name] as string;
    switch (specOf(name).merge) {
      case "clauses":
        draft[name] = splitDecisions(typed);
        break;
      case "time":
        draft[name] = typed.trim() === "" ? null : parseStartTime(typed);
        break;
      case "text":
        draft[name] = typed.trim();
        break;
      case "choice":
        draft[name] = typed;
        break;
    }
  }
  return draft as unknown as AgendaItemDraft;
}
