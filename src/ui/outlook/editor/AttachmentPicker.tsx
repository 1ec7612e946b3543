/**
 * Adds bilagor to an item: a file already in the meeting folder, or one uploaded from the pane. Each takes effect at
 * once (the form's Spara/Avbryt is about the item's text), a file of another item moves only when confirmed, and a
 * file with a name already in the folder becomes a new version of it or a new file, as the user chooses.
 */
import { Button, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import type { ChangeEvent } from "react";
import type { AgendaItem, FileRecord } from "../../../core";
import { useEnvironment } from "../../environment";
import { useStrings } from "../../i18n";
import { Notice } from "../Notice";
import { useErrorOf } from "../../shell/useErrorOf";
import type { NoticeState } from "../Notice";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, alignItems: "flex-start", minWidth: 0 },
  field: { width: "100%", minWidth: 0 },
  // A native select is as wide as its longest option: file names would widen a 350 px pane.
  select: { width: "100%", minWidth: 0 },
  selectControl: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  upload: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  fileInput: { maxWidth: "100%" },
  ask: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorPaletteYellowBorder2}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  askActions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

/** Props of AttachmentPicker. */
export interface AttachmentPickerProps {
  item: AgendaItem;
  /** Every item of the agenda: tells which item a folder file already belongs to. */
  items: readonly AgendaItem[];
  folderId: string;
  files: readonly FileRecord[];
  onChanged: () => Promise<void>;
}

/** What the picker waits for the user to decide. */
type Question =
  | { kind: "move"; file: FileRecord; owner: AgendaItem }
  | { kind: "sameName"; name: string; content: Uint8Array; existing: FileRecord };

/** The item each file is a bilaga of, by file id (from the agenda as read, whatever tied the file to its item). */
function ownersOf(items: readonly AgendaItem[]): Map<string, AgendaItem> {
  const owners = new Map<string, AgendaItem>();
  for (const item of items) for (const attachment of item.attachments) owners.set(attachment.fileId, item);
  return owners;
}

/** Renders the folder picker and the upload control for one item. */
export function AttachmentPicker({ item, items, folderId, files, onChanged }: AttachmentPickerProps): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const errorOf = useErrorOf();
  const { app } = useEnvironment();
  const uploadId = useId();
  const headingId = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const uploadRef = useRef<HTMLInputElement>(null);
  const askRef = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState("");
  const [question, setQuestion] = useState<Question | null>(null);
  const [notice, setNotice] = useState<NoticeState>({ kind: "idle" });
  const owners = ownersOf(items);
  const candidates = files.filter((file) => owners.get(file.id)?.id !== item.id);

  const ask = (next: Question): void => {
    setQuestion(next);
    // The question replaces the action the user just took: focus its first answer, so the keyboard is not lost.
    requestAnimationFrame(() => askRef.current?.querySelector("button")?.focus());
  };

  async function write(action: () => Promise<string>, failedTitle: string): Promise<void> {
    setQuestion(null);
    try {
      const done = await action();
      setNotice({ kind: "done", text: done });
      await onChanged();
    } catch (error) {
      setNotice({ kind: "failed", title: failedTitle, error: errorOf(error) });
    }
  }

  const attach = (file: FileRecord): Promise<void> =>
    write(async () => {
      await app.agenda.attach(file.id, item.id);
      setChosen("");
      return outlook.attachedNow(file.name, item.number);
    }, outlook.attachFailed);

  const onAttach = (): void => {
    const file = candidates.find((f) => f.id === chosen);
    if (file === undefined) return;
    const owner = owners.get(file.id);
    if (owner !== undefined) ask({ kind: "move", file, owner });
    else void attach(file);
  };

  const uploadNew = (name: string, content: Uint8Array): Promise<void> =>
    write(async () => {
      setNotice({ kind: "busy", text: outlook.uploading(name) });
      const result = await app.agenda.upload(folderId, name, content, item.id);
      return result.renamed ? outlook.uploadedRenamed(name, result.file.name) : outlook.uploaded(result.file.name);
    }, outlook.attachFailed);

  const uploadVersion = (existing: FileRecord, content: Uint8Array): Promise<void> =>
    write(async () => {
      setNotice({ kind: "busy", text: outlook.uploading(existing.name) });
      await app.agenda.replaceVersion(existing, content);
      return outlook.newVersionSaved(existing.name);
    }, outlook.newVersionFailed);

  async function onUpload(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const content = new Uint8Array(await file.arrayBuffer());
    const existing = files.find((f) => f.name.toLocaleLowerCase("sv") === file.name.toLocaleLowerCase("sv"));
    if (existing !== undefined) ask({ kind: "sameName", name: file.name, content, existing });
    else await uploadNew(file.name, content);
  }

  const cancel = (): void => {
    const back = question?.kind === "move" ? selectRef.current : uploadRef.current;
    setQuestion(null);
    back?.focus();
  };

  return (
    <div className={styles.box} role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.heading}>
        {outlook.attachmentsHeading(item.number)}
      </h4>
      <Text size={200}>{outlook.attachTakesEffect}</Text>
      {candidates.length === 0 ? (
        <p>{outlook.noFilesInFolder}</p>
      ) : (
        <div className={styles.row}>
          <Field label={outlook.pickFileLabel} className={styles.field}>
            <Select ref={selectRef} className={styles.select} select={{ className: styles.selectControl }} value={chosen} onChange={(_, d) => setChosen(d.value)}>
              <option value="">{outlook.pickFilePlaceholder}</option>
              {candidates.map((file) => {
                const owner = owners.get(file.id);
                return (
                  <option key={file.id} value={file.id}>
                    {owner === undefined ? outlook.fileWithoutItem(file.name) : outlook.fileOfItem(file.name, owner.number)}
                  </option>
                );
              })}
            </Select>
          </Field>
          <Button onClick={onAttach} disabled={chosen === "" || question !== null}>
            {outlook.attach}
          </Button>
        </div>
      )}
      <div className={styles.upload}>
        <label htmlFor={uploadId}>{outlook.upload}</label>
        <input ref={uploadRef} id={uploadId} className={styles.fileInput} type="file" onChange={(event) => void onUpload(event)} disabled={question !== null} />
      </div>
      {question !== null && (
        <div ref={askRef} className={styles.ask} role="group" aria-label={question.kind === "move" ? outlook.moveFileQuestionLabel : outlook.sameNameQuestionLabel}>
          {question.kind === "move" ? (
            <>
              <Text>{outlook.moveFileQuestion(question.file.name, question.owner.number, question.owner.title, item.number)}</Text>
              <div className={styles.askActions}>
                <Button appearance="primary" onClick={() => void attach(question.file)}>
                  {outlook.moveFileConfirm(item.number)}
                </Button>
                <Button onClick={cancel}>{outlook.cancel}</Button>
              </div>
            </>
          ) : (
            <>
              <Text>{outlook.sameNameQuestion(question.name)}</Text>
              <div className={styles.askActions}>
                <Button appearance="primary" onClick={() => void uploadVersion(question.existing, question.content)}>
                  {outlook.newVersion}
                </Button>
                <Button onClick={() => void uploadNew(question.name, question.content)}>{outlook.saveAsNewFile}</Button>
                <Button onClick={cancel}>{outlook.cancel}</Button>
              </div>
            </>
          )}
        </div>
      )}
      <Notice notice={notice} />
    </div>
  );
}
