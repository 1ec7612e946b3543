/** The bar outside Teams: the Demoläge marker, the signed-in demo user, the meeting and the surface. */
import { Badge, Field, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import type { MeetingSummary, Surface } from "../../core";
import { useAsync } from "../async";
import { useEnvironment } from "../environment";
import { useStrings } from "../i18n";
import { firstViewSettled, onAgendaRendered } from "../meeting/agendaRendered";
import { MeetingSelect } from "../meeting/MeetingSelect";
import { SectionError } from "../meeting/SectionError";
import type { MeetingListState } from "../surfaces/NoMeetingChosen";
import { isSurface, SURFACES } from "../../core";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    "@media (max-width: 400px)": { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
    "@media print": { display: "none" },
  },
  badge: { alignSelf: "center" },
  // The side panel is ~320 px wide: the long meeting names must not push the bar wider than the frame.
  picker: { maxWidth: "100%", minWidth: 0 },
  field: { maxWidth: "100%", minWidth: 0 },
});

/** A user the demo can sign in as. */
export interface DemoUserOption {
  mail: string;
  name: string;
  role: "member" | "secretariat";
}

/** Props of DemoBar. */
export interface DemoBarProps {
  /** Demo users; null outside demo mode (the signed-in account is the real one). */
  users: DemoUserOption[] | null;
  currentUser: string | null;
  onUserChange: (mail: string) => void;
  /** iCalUId of the meeting shown, null before one is chosen. */
  currentMeeting: string | null;
  onMeetingChange: (meeting: MeetingSummary) => void;
  surface: Surface;
  onSurfaceChange: (surface: Surface) => void;
  /** Told how the list of meetings fares, so that the main area can wait for it or show its failure with a retry. */
  onListChange?: (list: MeetingListState) => void;
}

/** Renders the bar; picks the first upcoming meeting when none is chosen. */
export function DemoBar({ users, currentUser, onUserChange, currentMeeting, onMeetingChange, surface, onSurfaceChange, onListChange }: DemoBarProps): JSX.Element {
  const styles = useStyles();
  const { common, teams } = useStrings();
  const { app, config } = useEnvironment();
  // With a meeting already named, the picker's list waits for the agenda: the first view costs one Graph round trip.
  const waitsForAgenda = currentMeeting !== null && (surface === "content" || surface === "sidePanel" || surface === "stage");
  const upcoming = useAsync(async () => {
    if (waitsForAgenda) await firstViewSettled();
    return app.meetings.listUpcoming();
  }, [app]);
  const state = upcoming.current;
  const { reload } = upcoming;
  const pickerFailed = state.state === "error";

  // A view that loads after a failure (the tab's own retry) proves Graph is reachable again: the picker retries with it
  // rather than keeping its stale error until its own button is pressed.
  useEffect(() => (pickerFailed ? onAgendaRendered(reload) : undefined), [pickerFailed, reload]);

  useEffect(() => {
    onListChange?.(state.state === "error" ? { state: "error", error: state.error, retry: reload } : state.state === "ready" ? { state: "ready", count: state.value.length } : { state: "loading" });
  }, [state, reload, onListChange]);

  useEffect(() => {
    const first = state.state === "ready" ? state.value[0] : undefined;
    if (currentMeeting === null && first !== undefined) onMeetingChange(first);
  }, [state, currentMeeting, onMeetingChange]);

  return (
    <header className={styles.bar}>
      {config.mode === "demo" && (
        <Badge className={styles.badge} appearance="filled" color="warning" size="large">
          {common.demoMode}
        </Badge>
      )}
      {users !== null && (
        <Field className={styles.field} label={common.demoUserLabel} size="small">
          <Select size="small" value={currentUser ?? ""} onChange={(_, data) => onUserChange(data.value)}>
            {users.map((user) => (
              <option key={user.mail} value={user.mail}>
                {user.name} ({user.role === "secretariat" ? common.demoRoleSecretariat : common.demoRoleMember})
              </option>
            ))}
          </Select>
        </Field>
      )}
      {state.state === "ready" ? (
        <MeetingSelect
          className={styles.picker}
          size="small"
          label={teams.meetingPicker}
          meetings={state.value}
          value={state.value.some((m) => m.iCalUId === currentMeeting) ? (currentMeeting ?? "") : ""}
          placeholder={state.value.some((m) => m.iCalUId === currentMeeting) ? undefined : teams.configPickPlaceholder}
          onChange={(meeting) => meeting && onMeetingChange(meeting)}
        />
      ) : state.state === "error" ? (
        <SectionError title={teams.meetingPicker} error={state.error} onRetry={upcoming.reload} />
      ) : (
        <Spinner size="tiny" label={common.loading} />
      )}
      <Field className={styles.field} label={teams.viewPicker} size="small">
        <Select size="small" value={surface} onChange={(_, data) => isSurface(data.value) && onSurfaceChange(data.value)}>
          {SURFACES.map((s) => (
            <option key={s} value={s}>
              {teams.views[s]}
            </option>
          ))}
        </Select>
      </Field>
    </header>
  );
}
