/** The secretariat's agenda editor: add, edit, reorder (buttons and Alt+arrows), remove with confirmation, bilagor. */
import { Button, makeStyles, Text, Title3, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { attachmentTitle } from "../../../core";
import type { Agenda, AgendaItem, FileRecord } from "../../../core";
import { useEnvironment } from "../../environment";
import { useStrings } from "../../i18n";
import { Notice } from "../Notice";
import { useErrorOf } from "../../shell/useErrorOf";
import type { NoticeState } from "../Notice";
import { useRefreshable } from "../useRefreshable";
import { detachFile, moveRecord, removeRecord } from "./agendaOps";
import { AttachmentPicker } from "./AttachmentPicker";
import { ItemCard } from "./ItemCard";
import type { MoveFocus } from "./ItemCard";
import { ItemForm } from "./ItemForm";
import { RemoveDialog } from "./RemoveDialog";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  detach: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
});

/** Props of AgendaEditor. */
export interface AgendaEditorProps {
  agenda: Agenda;
  meetingKey: string;
  folderId: string;
  presenterOptions: readonly string[];
  /** Reloads the meeting view; resolves when the new agenda is shown. */
  onChanged: () => Promise<void>;
}

/** Renders the editable agenda. */
export default function AgendaEditor({ agenda, meetingKey, folderId, presenterOptions, onChanged }: AgendaEditorProps): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const errorOf = useErrorOf();
  const { services } = useEnvironment();
  const headingId = useId();
  const files = useRefreshable(() => services.documents.listFiles(folderId), [services, folderId]);
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [focus, setFocus] = useState<{ id: string; which: MoveFocus } | null>(null);
  const [notice, setNotice] = useState<NoticeState>({ kind: "idle" });
  const items = agenda.items;
  const fileList: FileRecord[] = files.current.state === "ready" ? files.current.value : [];

  const refresh = async (): Promise<void> => {
    await Promise.all([onChanged(), files.refresh()]);
  };

  async function run(action: () => Promise<void>, done: (() => string) | null, failedTitle: string): Promise<void> {
    setBusy(true);
    let outcome: NoticeState = { kind: "idle" };
    try {
      await action();
      if (done !== null) outcome = { kind: "done", text: done() };
    } catch (error) {
      const appError = errorOf(error);
      outcome = appError.code === "conflict" ? { kind: "warning", text: outlook.reorderConflict } : { kind: "failed", title: failedTitle, error: appError };
    } finally {
      // Announce only once the list shows the result, so a screen reader (and the eye) never hears of an order
      // that is not yet on screen.
      await refresh();
      setNotice(outcome);
      setBusy(false);
    }
  }

  const move = (index: number, delta: -1 | 1): void => {
    const item = items[index] as AgendaItem;
    setFocus({ id: item.id, which: delta < 0 ? "up" : "down" });
    void run(
      async () => moveRecord(services, items, await services.documents.listFiles(folderId), index, index + delta),
      () => outlook.moved(item.title, index + delta + 1),
      outlook.saveFailed,
    );
  };

  const remove = (item: AgendaItem): void => {
    setRemoving(null);
    if (editing === item.id) setEditing(null);
    void run(async () => removeRecord(services, items, await services.documents.listFiles(folderId), item.id), null, outlook.saveFailed);
  };

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Title3 as="h2" id={headingId} className={styles.heading}>
        {outlook.agendaHeading}
      </Title3>
      <Text size={200}>{outlook.moveHint}</Text>
      {items.length === 0 && <p>{outlook.agendaEmpty}</p>}
      <ol className={styles.list}>
        {items.map((item, index) => (
          <li key={item.id}>
            <ItemCard
              item={item}
              isFirst={index === 0}
              isLast={index === items.length - 1}
              busy={busy}
              focus={focus?.id === item.id ? focus.which : null}
              onEdit={() => setEditing(editing === item.id ? null : item.id)}
              onMove={(delta) => move(index, delta)}
              onRemove={() => setRemoving(item)}
            >
              {editing === item.id && (
                <>
                  <ItemForm
                    item={item}
                    meetingKey={meetingKey}
                    records={items}
                    presenterOptions={presenterOptions}
                    onSaved={refresh}
                    onClose={() => setEditing(null)}
                  />
                  {item.attachments.length > 0 && (
                    <div className={styles.detach}>
                      {item.attachments.map((a) => {
                        const label = `Bilaga ${a.number} – ${attachmentTitle(a.name)}`;
                        return (
                          <Button key={a.fileId} size="small" aria-label={outlook.detachLabel(label)} onClick={() => void run(() => detachFile(services, a.fileId), null, outlook.attachFailed)}>
                            {outlook.detach}: {label}
                          </Button>
                        );
                      })}
                    </div>
                  )}
                  <AttachmentPicker item={item} folderId={folderId} files={fileList} onChanged={refresh} />
                </>
              )}
            </ItemCard>
          </li>
        ))}
      </ol>
      {editing === "new" ? (
        <ItemForm item={null} meetingKey={meetingKey} records={items} presenterOptions={presenterOptions} onSaved={refresh} onClose={() => setEditing(null)} />
      ) : (
        <Button onClick={() => setEditing("new")}>{outlook.addItem}</Button>
      )}
      <Notice notice={notice} />
      {/* Mounted only while asked: a mounted Fluent Dialog makes Tabster add focusable aria-hidden guards to the page. */}
      {removing !== null && <RemoveDialog title={removing.title} onConfirm={() => remove(removing)} onCancel={() => setRemoving(null)} />}
    </section>
  );
}
