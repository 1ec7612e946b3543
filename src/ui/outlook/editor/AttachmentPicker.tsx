/** Adds bilagor to an item: a file already in the meeting folder (sets its ItemId) or one uploaded from the pane. */
import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ChangeEvent } from "react";
import type { AgendaItem, FileRecord } from "../../../core";
import { useEnvironment } from "../../environment";
import { useStrings } from "../../i18n";
import { Notice } from "../Notice";
import { useErrorOf } from "../../shell/useErrorOf";
import type { NoticeState } from "../Notice";
import { attachFile, uploadAttachment } from "./agendaOps";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  upload: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

/** Props of AttachmentPicker. */
export interface AttachmentPickerProps {
  item: AgendaItem;
  folderId: string;
  files: readonly FileRecord[];
  onChanged: () => Promise<void>;
}

/** Renders the folder picker and the upload control for one item. */
export function AttachmentPicker({ item, folderId, files, onChanged }: AttachmentPickerProps): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const errorOf = useErrorOf();
  const { services } = useEnvironment();
  const uploadId = useId();
  const [chosen, setChosen] = useState("");
  const [notice, setNotice] = useState<NoticeState>({ kind: "idle" });
  const attached = new Set(item.attachments.map((a) => a.fileId));
  const candidates = files.filter((file) => !attached.has(file.id));

  async function attach(): Promise<void> {
    if (chosen === "") return;
    try {
      await attachFile(services, chosen, item.id);
      setChosen("");
      setNotice({ kind: "idle" });
      await onChanged();
    } catch (error) {
      setNotice({ kind: "failed", title: outlook.attachFailed, error: errorOf(error) });
    }
  }

  async function upload(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setNotice({ kind: "busy", text: outlook.uploading(file.name) });
    try {
      const result = await uploadAttachment(services, folderId, file.name, new Uint8Array(await file.arrayBuffer()), item.id);
      setNotice({ kind: "done", text: result.renamed ? outlook.uploadedRenamed(file.name, result.file.name) : outlook.uploaded(result.file.name) });
      await onChanged();
    } catch (error) {
      setNotice({ kind: "failed", title: outlook.attachFailed, error: errorOf(error) });
    } finally {
      input.value = "";
    }
  }

  return (
    <div className={styles.box}>
      {candidates.length === 0 ? (
        <p>{outlook.noFilesInFolder}</p>
      ) : (
        <div className={styles.row}>
          <Field label={outlook.pickFileLabel}>
            <Select value={chosen} onChange={(_, d) => setChosen(d.value)}>
              <option value="">{outlook.pickFilePlaceholder}</option>
              {candidates.map((file) => (
                <option key={file.id} value={file.id}>
                  {file.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={() => void attach()} disabled={chosen === ""}>
            {outlook.attach}
          </Button>
        </div>
      )}
      <div className={styles.upload}>
        <label htmlFor={uploadId}>{outlook.upload}</label>
        <input id={uploadId} type="file" onChange={(event) => void upload(event)} />
      </div>
      <Notice notice={notice} />
    </div>
  );
}
