/** The secretariat's agenda editor: add, edit, reorder (buttons and Alt+arrows), remove with confirmation, bilagor. */
import { Button, makeStyles, Text, Title3, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { earlierThanPrevious, newItemIndex } from "../../../app";
import { attachmentTitle } from "../../../core";
import type { Agenda, AgendaItem, AgendaItemRecord, FileRecord } from "../../../core";
import { useEnvironment } from "../../environment";
import { useStrings } from "../../i18n";
import { Notice } from "../Notice";
import { useErrorOf } from "../../shell/useErrorOf";
import type { NoticeState } from "../Notice";
import { useRefreshable } from "../useRefreshable";
import { AttachmentPicker } from "./AttachmentPicker";
import { ItemCard } from "./ItemCard";
import type { CardFocus } from "./ItemCard";
import { ItemForm } from "./ItemForm";
import { RELEASE_AFTER_CLOSE_MS, RemoveDialog } from "./RemoveDialog";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  detach: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  // A button's label does not wrap by default: a long file name would widen the pane.
  detachButton: { whiteSpace: "normal", textAlign: "start", height: "auto", maxWidth: "100%", overflowWrap: "anywhere" },
  unassigned: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
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
  const { app } = useEnvironment();
  const headingId = useId();
  const unassignedId = useId();
  const files = useRefreshable(() => app.agenda.listFiles(folderId), [app, folderId]);
  const [editing, setEditing] = useState<string | "new" | null>(null);
  // The item asked about; `open` turns false when answered, and the dialog unmounts only once it has closed.
  const [removing, setRemoving] = useState<{ item: AgendaItem; open: boolean } | null>(null);
  const dialogClosed = useRef<(() => void) | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Focus asked for "Lägg till punkt" is kept until the button is there and the list has settled: placing a new item
  // reloads the list after the form has closed, and a focus given before that could be lost with the re-render.
  const [focusAdd, setFocusAdd] = useState(0);
  const [busy, setBusy] = useState(false);
  const addFocusPending = useRef(false);
  useEffect(() => {
    if (focusAdd === 0 || busy || !addFocusPending.current) return;
    const frame = requestAnimationFrame(() => {
      addButton.current?.focus();
      addFocusPending.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [focusAdd, busy]);
  const [focus, setFocus] = useState<{ id: string; request: CardFocus } | null>(null);
  const [notice, setNotice] = useState<NoticeState>({ kind: "idle" });
  const items = agenda.items;
  const fileList: FileRecord[] = files.current.state === "ready" ? files.current.value : [];

  const refresh = async (): Promise<void> => {
    await Promise.all([onChanged(), files.refresh()]);
  };

  /** Runs a write, reloads, then announces the outcome; resolves true when the write succeeded. */
  async function run(action: () => Promise<void>, done: (() => string) | null, failedTitle: string): Promise<boolean> {
    setBusy(true);
    let outcome: NoticeState = { kind: "idle" };
    try {
      await action();
      if (done !== null) outcome = { kind: "done", text: done() };
      return true;
    } catch (error) {
      const appError = errorOf(error);
      outcome = appError.code === "conflict" ? { kind: "warning", text: outlook.reorderConflict } : { kind: "failed", title: failedTitle, error: appError };
      return false;
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
    setFocus({ id: item.id, request: { which: delta < 0 ? "up" : "down" } });
    void run(
      () => app.agenda.move(items, folderId, index, index + delta),
      () => outlook.moved(item.title, index + delta + 1),
      outlook.saveFailed,
    );
  };

  /**
   * A new item is created last (its number is the next free one), then moved before the closing items ("Övriga
   * frågor", "Mötet avslutas"), where an added item belongs. Should the move fail, the item is saved and the notice says so.
   */
  const placeNew = async (created: AgendaItemRecord): Promise<void> => {
    if (newItemIndex(items) >= items.length) {
      await refresh();
      return;
    }
    let position = 0;
    await run(
      async () => {
        position = await app.agenda.placeBeforeClosing(meetingKey, folderId, created.id);
      },
      () => outlook.placedBeforeClosing(created.title, position + 1),
      outlook.placeFailed,
    );
  };

  /** Focus after a removal: the item that took its place, else the one before, else "Lägg till punkt"; never the page. */
  const focusAfterRemoval = (index: number): void => {
    const neighbour = items[index + 1] ?? items[index - 1];
    if (neighbour === undefined) addButton.current?.focus();
    else setFocus({ id: neighbour.id, request: { which: "remove" } });
  };

  const confirmRemove = (item: AgendaItem): void => {
    const closed = new Promise<void>((resolve) => (dialogClosed.current = resolve));
    setRemoving({ item, open: false });
    if (editing === item.id) setEditing(null);
    const index = items.indexOf(item);
    void (async () => {
      const removed = await run(() => app.agenda.remove(items, folderId, item.id), null, outlook.saveFailed);
      // Focus moves only once the dialog has let go of the page, else its focus trap would take it back.
      await closed;
      if (removed) focusAfterRemoval(index);
      else setFocus({ id: item.id, request: { which: "remove" } });
    })();
  };

  const onDialogClosed = (): void => {
    if (removing === null) return;
    if (dialogClosed.current === null) setFocus({ id: removing.item.id, request: { which: "remove" } });
    dialogClosed.current?.();
    dialogClosed.current = null;
    const closed = removing;
    setTimeout(() => setRemoving((current) => (current === closed ? null : current)), RELEASE_AFTER_CLOSE_MS);
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
              timeBefore={earlierThanPrevious(item.startTime, items.slice(0, index))}
              busy={busy}
              focus={focus?.id === item.id ? focus.request : null}
              onEdit={() => setEditing(editing === item.id ? null : item.id)}
              onMove={(delta) => move(index, delta)}
              onRemove={() => setRemoving({ item, open: true })}
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
                          <Button
                            key={a.fileId}
                            size="small"
                            className={styles.detachButton}
                            aria-label={outlook.detachLabel(label)}
                            onClick={() => void run(() => app.agenda.detach(a.fileId), () => outlook.detachedNow(label), outlook.attachFailed)}
                          >
                            {outlook.detach}: {label}
                          </Button>
                        );
                      })}
                    </div>
                  )}
                  <AttachmentPicker item={item} items={items} folderId={folderId} files={fileList} onChanged={refresh} />
                </>
              )}
            </ItemCard>
          </li>
        ))}
      </ol>
      {editing === "new" ? (
        <ItemForm
          item={null}
          meetingKey={meetingKey}
          records={items}
          presenterOptions={presenterOptions}
          onSaved={refresh}
          onCreated={placeNew}
          onClose={() => {
            setEditing(null);
            // The form is gone with its buttons: focus goes back to where adding started, not to the page.
            addFocusPending.current = true;
            setFocusAdd((n) => n + 1);
          }}
        />
      ) : (
        <Button ref={addButton} onClick={() => setEditing("new")}>
          {outlook.addItem}
        </Button>
      )}
      <Notice notice={notice} />
      {agenda.unassignedFiles.length > 0 && (
        <section aria-labelledby={unassignedId}>
          <h3 id={unassignedId} className={styles.heading}>
            {outlook.unassignedHeading}
          </h3>
          <Text size={200}>{outlook.unassignedHint}</Text>
          <ul className={styles.unassigned}>
            {agenda.unassignedFiles.map((file) => (
              <li key={file.id}>{file.name}</li>
            ))}
          </ul>
        </section>
      )}
      {removing !== null && (
        <RemoveDialog
          title={removing.item.title}
          open={removing.open}
          onConfirm={() => confirmRemove(removing.item)}
          onCancel={() => setRemoving({ ...removing, open: false })}
          onClosed={onDialogClosed}
        />
      )}
    </section>
  );
}
