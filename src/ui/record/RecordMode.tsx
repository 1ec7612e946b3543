/**
 * The side panel in record mode (issue 13): the current item's record with previous/next, and the Närvaro tab.
 * The secretariat's step moves the stage (CurrentItem); the chair records too but steps only their own view.
 */
import { Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { openRecord, setCurrentItem, updateRegister } from "../../app";
import { isAppFailure } from "../../core";
import type { Agenda, MeetingRegisterRow, MeetingView, RecordPorts, RecordState } from "../../core";
import { useAsync } from "../async";
import { useStrings } from "../i18n";
import { ItemStepper } from "../meeting/ItemStepper";
import { MeetingSkeleton } from "../meeting/MeetingSkeleton";
import { SectionError } from "../meeting/SectionError";
import { ItemRecordEditor } from "./ItemRecordEditor";
import { RecordPresenceTab } from "./RecordPresenceTab";
import { RecordStateControl } from "./RecordStateControl";
import { RecordTabList } from "./RecordTabList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0, "&[hidden]": { display: "none" } },
});

/** Who records: the secretariat opens (and numbers) the record; the chair joins a record already open. */
export type Recorder = "secretariat" | "chair";

/** Props of RecordMode. */
export interface RecordModeProps {
  ports: RecordPorts;
  view: MeetingView;
  agenda: Agenda;
  recorder: Recorder;
  /** Told the register's RecordState whenever it is read or written (the switch says it). */
  onState?: (state: RecordState) => void;
}

async function open(ports: RecordPorts, view: MeetingView, agenda: Agenda, recorder: Recorder): Promise<MeetingRegisterRow> {
  const { meeting } = view;
  const folderName = view.folder.state === "ready" && view.folder.value !== null ? view.folder.value.name : "";
  const row =
    recorder === "secretariat"
      ? await openRecord(ports, { key: meeting.iCalUId, subject: meeting.subject, startUtc: meeting.startUtc, folderName })
      : await ports.register.find(meeting.iCalUId);
  if (row === null) throw Object.assign(new Error("no register row"), { appError: { code: "notFound" as const } });
  const first = agenda.items[0];
  // The stage shows the first item from the moment the record is opened.
  if (recorder === "secretariat" && row.currentItemId === null && first !== undefined) return setCurrentItem(ports, row, first.id);
  return row;
}

/** Opens the record, then renders the tabs. */
export function RecordMode({ ports, view, agenda, recorder, onState }: RecordModeProps): JSX.Element {
  const { recording } = useStrings();
  const opened = useAsync(() => open(ports, view, agenda, recorder), [ports, view.meeting.iCalUId, recorder]);
  switch (opened.current.state) {
    case "loading":
      return <MeetingSkeleton rows={3} />;
    case "error":
      return <SectionError title={recording.openFailed} error={opened.current.error} onRetry={opened.reload} />;
    case "ready":
      return <RecordTabs ports={ports} view={view} agenda={agenda} recorder={recorder} onState={onState} initialRow={opened.current.value} />;
  }
}

function RecordTabs({ ports, view, agenda, recorder, onState, initialRow }: RecordModeProps & { initialRow: MeetingRegisterRow }): JSX.Element {
  const styles = useStyles();
  const { recording, teams } = useStrings();
  const [tab, setTab] = useState<"item" | "presence">("item");
  // Närvaro is built when first opened and then only hidden: leaving the tab must not drop its pending saves and retries.
  const [presenceOpened, setPresenceOpened] = useState(false);
  const selectTab = (value: "item" | "presence"): void => {
    if (value === "presence") setPresenceOpened(true);
    setTab(value);
  };
  const [row, setRow] = useState(initialRow);
  const [index, setIndex] = useState(() => Math.max(0, agenda.items.findIndex((item) => item.id === initialRow.currentItemId)));
  const [moveFailed, setMoveFailed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const stepped = useRef(false);
  const ids = useId();
  const itemTab = { value: "item" as const, label: recording.itemTab, tabId: `${ids}-item-tab`, panelId: `${ids}-item` };
  const presenceTab = { value: "presence" as const, label: recording.presenceTab, tabId: `${ids}-presence-tab`, panelId: `${ids}-presence` };
  const item = agenda.items[Math.min(index, agenda.items.length - 1)];

  useEffect(() => onState?.(row.state), [onState, row.state]);

  useEffect(() => {
    // After a step the keyboard starts at the new item's heading, not at a button that may now be disabled.
    if (stepped.current) headingRef.current?.focus();
  }, [index]);

  const step = (to: number): void => {
    const target = agenda.items[to];
    if (target === undefined) return;
    stepped.current = true;
    setIndex(to);
    if (recorder !== "secretariat") return;
    setMoveFailed(false);
    setCurrentItem(ports, row, target.id).then(setRow, (error: unknown) => {
      if (!isAppFailure(error)) throw error;
      setMoveFailed(true);
    });
  };

  if (item === undefined) return <p>{teams.agendaEmpty}</p>;
  return (
    <div className={styles.root}>
      <RecordTabList label={recording.tabsLabel} tabs={[itemTab, presenceTab]} selected={tab} onSelect={selectTab} />
      {/* Both panels stay in the page (the inactive one hidden), so each tab's aria-controls names an element. */}
      <div className={styles.panel} role="tabpanel" id={itemTab.panelId} aria-labelledby={itemTab.tabId} hidden={tab !== "item"}>
        <ItemStepper current={{ number: index + 1, previous: () => step(index - 1), next: () => step(index + 1), go: (n) => step(n - 1) }} count={agenda.items.length} />
        <div role="status">{moveFailed && <Text>{recording.currentItemFailed}</Text>}</div>
        <h2 ref={headingRef} tabIndex={-1} className={styles.heading}>
          {item.number}. {item.title}
        </h2>
        <ItemRecordEditor key={item.id} ports={ports} meetingKey={view.meeting.iCalUId} item={item} />
      </div>
      <div className={styles.panel} role="tabpanel" id={presenceTab.panelId} aria-labelledby={presenceTab.tabId} hidden={tab !== "presence"}>
        {presenceOpened && <RecordPresenceTab view={view} />}
      </div>
      {recorder === "secretariat" && <ChairField ports={ports} row={row} onSaved={setRow} />}
      {recorder === "secretariat" && <RecordStateControl ports={ports} row={row} onSaved={setRow} />}
    </div>
  );
}

function ChairField({ ports, row, onSaved }: { ports: RecordPorts; row: MeetingRegisterRow; onSaved: (row: MeetingRegisterRow) => void }): JSX.Element {
  const { recording } = useStrings();
  const [chair, setChair] = useState(row.chair);
  const [message, setMessage] = useState("");
  const save = (): void => {
    const wanted = chair.trim();
    if (wanted === row.chair.trim()) return;
    updateRegister(ports, row, (fresh) => (fresh.chair.trim() === wanted ? null : { chair: wanted })).then(
      (saved) => {
        onSaved(saved);
        setMessage(recording.chairSaved);
      },
      (error: unknown) => {
        if (!isAppFailure(error)) throw error;
        setMessage(recording.chairFailed);
      },
    );
  };
  return (
    <div>
      <Field label={recording.chairLabel} hint={recording.chairHint}>
        <Input value={chair} onChange={(_e, data) => setChair(data.value)} onBlur={save} onKeyDown={(e) => e.key === "Enter" && save()} />
      </Field>
      <div role="status">{message !== "" && <Text size={200}>{message}</Text>}</div>
    </div>
  );
}
