/** Edits one agenda item (or a new one): every save is guarded by the item's eTag, a conflict keeps the user's text. */
import { Button, Combobox, Field, Input, makeStyles, Option, Select, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { defaultChoices, fieldsBothChanged, ITEM_KINDS, mergeItem } from "../../../core";
import type { AgendaItem, AgendaItemRecord, ItemKind, MergeChoices, MergeField, MergeValues } from "../../../core";
import { useEnvironment } from "../../environment";
import { useStrings } from "../../i18n";
import { Notice } from "../Notice";
import { useErrorOf } from "../../shell/useErrorOf";
import type { NoticeState } from "../Notice";
import { ConflictView } from "./ConflictView";
import { EMPTY_FIELDS, fieldsOf, validate, valuesOf } from "./itemFields";
import type { FieldErrors, ItemFields } from "./itemFields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

/** Props of ItemForm. */
export interface ItemFormProps {
  /** The stored item, or null for a new one. */
  item: AgendaItem | null;
  meetingKey: string;
  records: readonly AgendaItemRecord[];
  presenterOptions: readonly string[];
  /** Called after a successful save; resolves when the agenda is reloaded. */
  onSaved: () => Promise<void>;
  /** For a new item: called with the created record instead of onSaved (the editor places it, then reloads). */
  onCreated?: (created: AgendaItemRecord) => Promise<void>;
  onClose: () => void;
}

/** Renders the form, saves it, and resolves conflicts with the user's choice. */
export function ItemForm({ item, meetingKey, records, presenterOptions, onSaved, onCreated, onClose }: ItemFormProps): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const errorOf = useErrorOf();
  const { app } = useEnvironment();
  const headingId = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [fields, setFields] = useState<ItemFields>(() => (item === null ? EMPTY_FIELDS : fieldsOf(item)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<NoticeState>({ kind: "idle" });
  const [conflict, setConflict] = useState<AgendaItemRecord | null>(null);
  const [choices, setChoices] = useState<MergeChoices>({});
  const [missing, setMissing] = useState<readonly MergeField[]>([]);

  useEffect(() => titleRef.current?.focus(), []);

  const set = <K extends keyof ItemFields>(key: K, value: ItemFields[K]): void => setFields((f) => ({ ...f, [key]: value }));

  /** Saves the form (or, after a conflict, the chosen merge of it) over `over`, the version last read. */
  async function save(over?: AgendaItemRecord, values: MergeValues = valuesOf(fields)): Promise<void> {
    const problems = validate(fields);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      titleRef.current?.focus();
      return;
    }
    setNotice({ kind: "busy", text: outlook.saving });
    try {
      let created: AgendaItemRecord | null = null;
      if (item === null) created = await app.agenda.add(meetingKey, records, values);
      else {
        // A merge or "Behåll min version" writes over the version just read, deliberately, with its eTag; the
        // content only, so a move made meanwhile stays.
        const base = over ?? item;
        await app.agenda.save(item.id, base.etag, values);
      }
      setConflict(null);
      setNotice({ kind: "done", text: outlook.saved });
      await (created !== null && onCreated ? onCreated(created) : onSaved());
      if (item === null) onClose();
    } catch (error) {
      const appError = errorOf(error);
      if (appError.code === "conflict" && item !== null) {
        try {
          const theirs = await app.agenda.reread(item.id);
          // Defaults keep each person's own edits (against the version this form started from). Where both changed
          // the same field no default is right (either loses an edit, "Båda" can contradict): nothing is preselected.
          const mine = valuesOf(fields);
          const undecided = new Set(fieldsBothChanged(item, mine, theirs));
          const defaults = defaultChoices(item, mine, theirs);
          setChoices(Object.fromEntries(Object.entries(defaults).filter(([field]) => !undecided.has(field as MergeField))));
          setMissing([]);
          setConflict(theirs);
          setNotice({ kind: "idle" });
          return;
        } catch (reread) {
          setNotice({ kind: "failed", title: outlook.saveFailed, error: errorOf(reread) });
          return;
        }
      }
      setNotice({ kind: "failed", title: outlook.saveFailed, error: appError });
    }
  }

  const saveMerge = (): void => {
    if (conflict === null || item === null) return;
    const unchosen = fieldsBothChanged(item, valuesOf(fields), conflict).filter((field) => choices[field] === undefined);
    setMissing(unchosen);
    if (unchosen.length > 0) {
      setNotice({ kind: "warning", text: outlook.choicesMissing(unchosen.length) });
      return;
    }
    const merged = mergeItem(valuesOf(fields), conflict, choices);
    // The form shows what is saved, so a further edit starts from the merge.
    setFields(fieldsOf({ ...conflict, ...merged }));
    void save(conflict, merged);
  };

  const acceptTheirs = async (): Promise<void> => {
    if (conflict === null) return;
    setFields(fieldsOf(conflict));
    setConflict(null);
    await onSaved();
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={headingId} className={styles.heading}>
        {item === null ? outlook.newItemHeading : outlook.editItem(item.number)}
      </h3>
      <Field label={outlook.titleLabel} required validationMessage={errors.title ? outlook.titleRequired : undefined}>
        <Input ref={titleRef} value={fields.title} onChange={(_, d) => set("title", d.value)} />
      </Field>
      <Field label={outlook.startTimeLabel} validationMessage={errors.startTime ? outlook.startTimeInvalid : undefined}>
        <Input value={fields.startTime} onChange={(_, d) => set("startTime", d.value)} inputMode="numeric" />
      </Field>
      <Field label={outlook.presenterLabel} hint={outlook.presenterHint}>
        <Combobox
          freeform
          value={fields.presenter}
          onChange={(event) => set("presenter", event.target.value)}
          onOptionSelect={(_, d) => set("presenter", d.optionText ?? "")}
        >
          {presenterOptions.map((option) => (
            <Option key={option}>{option}</Option>
          ))}
        </Combobox>
      </Field>
      <Field label={outlook.decisionsLabel} hint={outlook.decisionsHint}>
        <Textarea value={fields.proposedDecisions} onChange={(_, d) => set("proposedDecisions", d.value)} resize="vertical" rows={3} />
      </Field>
      <Field label={outlook.descriptionLabel}>
        <Textarea value={fields.description} onChange={(_, d) => set("description", d.value)} resize="vertical" rows={2} />
      </Field>
      <Field label={outlook.kindLabel}>
        <Select value={fields.kind} onChange={(_, d) => set("kind", d.value as ItemKind)}>
          {ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {outlook.kinds[kind]}
            </option>
          ))}
        </Select>
      </Field>
      {conflict !== null && (
        <ConflictView
          base={item ?? conflict}
          mine={valuesOf(fields)}
          theirs={conflict}
          choices={choices}
          missing={missing}
          onChoose={(field, choice) => {
            setChoices((current) => ({ ...current, [field]: choice }));
            setMissing((current) => current.filter((f) => f !== field));
          }}
          onMerge={saveMerge}
          onKeepMine={() => void save(conflict)}
          onUseTheirs={() => void acceptTheirs()}
        />
      )}
      <Notice notice={notice} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={notice.kind === "busy"}>
          {outlook.save}
        </Button>
        <Button type="button" onClick={onClose}>
          {outlook.cancel}
        </Button>
      </div>
    </form>
  );
}
