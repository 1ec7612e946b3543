/** Närvaro in the side panel: who came, when, grouped as the attendance is; every tap saved by itself (issue 13 item 2). */
import { Button, makeStyles, Spinner, Text, Title3, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { timeNow, typedTime } from "../../../app";
import { groupPresence, errorMessage } from "../../../core";
import type { MeetingView, PresenceFields, PresenceRow, RecordPorts } from "../../../core";
import { useLanguage, useStrings } from "../../i18n";
import { organisationLabel } from "../../meeting/organisationLabel";
import { useRecordPorts } from "../context";
import { AddPersonForm } from "./AddPersonForm";
import { OnlineOffer } from "./OnlineOffer";
import { PersonRow } from "./PersonRow";
import { usePresence } from "./usePresence";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0, maxWidth: "100%" },
  heading: { margin: 0 },
  groupHeading: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontSize: tokens.fontSizeBase300 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of PresenceView. */
export interface PresenceViewProps {
  view: MeetingView;
}

/** Renders Närvaro for the meeting of `view`, with the record's ports of the host; nothing where the host gives none. */
export function PresenceView({ view }: PresenceViewProps): JSX.Element | null {
  const ports = useRecordPorts();
  return ports === null ? null : <PresenceContent ports={ports} view={view} />;
}

function PresenceContent({ ports, view }: { ports: RecordPorts; view: MeetingView }): JSX.Element {
  const styles = useStyles();
  const strings = useStrings();
  const language = useLanguage();
  const { session, state } = usePresence(ports, view);
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const addButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  // The form is gone once closed: focus returns to the button that opened it.
  useEffect(() => {
    if (adding || !refocus.current) return;
    refocus.current = false;
    addButton.current?.focus();
  }, [adding]);
  const p = strings.teams.presence;

  const heading = (
    <Title3 as="h2" id={headingId} className={styles.heading}>
      {p.heading}
    </Title3>
  );

  if (state.phase === "loading" || session === null) {
    return (
      <section aria-labelledby={headingId} className={styles.view}>
        {heading}
        <Spinner size="small" label={p.loading} />
      </section>
    );
  }
  if (state.phase === "error") {
    return (
      <section aria-labelledby={headingId} className={styles.view}>
        {heading}
        <div role="alert">{errorMessage(state.error.code, language)}</div>
        <Button onClick={() => void session.load()}>{strings.common.retry}</Button>
      </section>
    );
  }

  const rows = state.entries.map((entry) => entry.row);
  const entryOf = new Map(state.entries.map((entry) => [entry.row.id, entry]));
  const change = (row: PresenceRow, fields: Partial<PresenceFields>): void => void session.change(row.id, fields);
  const online = view.meeting.onlineMeetingUrl !== null && view.meeting.onlineMeetingUrl.trim() !== "";

  return (
    <section aria-labelledby={headingId} className={styles.view}>
      {heading}
      {view.attendance.state === "error" && <Text className={styles.muted}>{p.notPrefilled}</Text>}
      {rows.length === 0 && <Text className={styles.muted}>{p.empty}</Text>}
      {groupPresence(rows).map((group) => (
        <PresenceGroupView key={group.guests ? "guests" : (group.organisation ?? "unknown")} title={group.guests ? p.guests : organisationLabel(group.organisation, strings)}>
          {group.rows.map((row) => (
            <PersonRow
              key={row.id}
              entry={entryOf.get(row.id)!}
              onChange={(fields) => change(row, fields)}
              onNow={(which) => change(row, timeNow(ports, which))}
              onTyped={(which, typed) => {
                const checked = typedTime(row, which, typed);
                if (!checked.ok) return checked.problem;
                change(row, checked.fields);
                return null;
              }}
              onRetry={() => void session.retry(row.id)}
            />
          ))}
        </PresenceGroupView>
      ))}
      {adding ? (
        <AddPersonForm
          onAdd={(input) => session.add(input)}
          onDone={(announce) => {
            refocus.current = true;
            setAdding(false);
            setAnnouncement(announce ?? "");
          }}
        />
      ) : (
        <Button ref={addButton} onClick={() => setAdding(true)}>
          {p.addPerson}
        </Button>
      )}
      <div role="status">{announcement}</div>
      {online && <OnlineOffer onFill={() => session.fillFromOnline()} />}
    </section>
  );
}

function PresenceGroupView({ title, children }: { title: string; children: JSX.Element[] }): JSX.Element {
  const styles = useStyles();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className={styles.groupHeading}>
        {title}
      </h3>
      <ul className={styles.list}>{children}</ul>
    </section>
  );
}
