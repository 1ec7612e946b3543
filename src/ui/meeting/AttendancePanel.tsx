/** Who comes: närvarande, anmält förhinder, preliminärt, ej svarat, with counts, each list in municipality order. */
import { makeStyles, Text, Title3, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { AttendanceEntry, AttendanceReport, AttendanceStatus, RsvpResponse, Section, Strings } from "../../core";
import { useStrings } from "../i18n";
import { RowProblems } from "./RowProblems";
import { organisationLabel } from "./organisationLabel";
import { SectionError } from "./SectionError";

const STATUS_ORDER: readonly AttendanceStatus[] = ["present", "apologies", "tentative", "noResponse"];

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  group: { margin: 0 },
  groupHeading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS} 0`, fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of AttendancePanel. */
export interface AttendancePanelProps {
  attendance: Section<AttendanceReport>;
  /** The user's own answer, shown when everyone's are not readable; null when the page shows it elsewhere. */
  myResponse: RsvpResponse | null;
  /** When the meeting starts: before it, those who accepted have only said they will come (unknown: "Närvarande"). */
  meetingStartUtc?: string;
  onRetry: () => void;
  /** The time to judge "before the meeting" by (tests); the clock when omitted. */
  now?: number;
}

/** The label of a status: the accepted are "Kommer" until the meeting starts and "Närvarande" from then on. */
export function statusLabel(status: AttendanceStatus, strings: Strings, meetingStartUtc: string | undefined, now: number): string {
  if (status === "present" && meetingStartUtc !== undefined && now < Date.parse(meetingStartUtc)) return strings.teams.comingStatus;
  return strings.teams.statuses[status];
}

function StatusList({ label, entries }: { label: string; entries: AttendanceEntry[] }): JSX.Element {
  const styles = useStyles();
  const strings = useStrings();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.group}>
      <h3 id={headingId} className={styles.groupHeading}>
        {strings.teams.statusCount(label, entries.length)}
      </h3>
      {entries.length === 0 ? (
        <Text className={styles.muted}>{strings.teams.nobody}</Text>
      ) : (
        <ul className={styles.list}>
          {entries.map((entry) => (
            <li key={entry.email}>
              {entry.name}, {organisationLabel(entry.organisation, strings)}
              {entry.problems !== undefined && entry.problems.length > 0 && <RowProblems problems={entry.problems} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Renders the attendance section; a member who cannot read the organizer's copy sees only their own answer and why. */
export function AttendancePanel({ attendance, myResponse, meetingStartUtc, onRetry, now = Date.now() }: AttendancePanelProps): JSX.Element {
  const styles = useStyles();
  const strings = useStrings();
  const { teams } = strings;
  const headingId = useId();
  const heading = (
    <Title3 as="h2" id={headingId} className={styles.heading}>
      {teams.attendanceHeading}
    </Title3>
  );

  if (attendance.state === "error") {
    return (
      <section aria-labelledby={headingId} className={styles.section}>
        {heading}
        {attendance.error.code === "forbidden" && myResponse === null ? (
          <Text className={styles.muted}>{teams.attendanceForbiddenSeeAnswer}</Text>
        ) : attendance.error.code === "forbidden" && myResponse !== null ? (
          <>
            <Text>{teams.currentAnswer(teams.answers[myResponse])}</Text>
            <Text className={styles.muted}>{teams.attendanceForbidden}</Text>
          </>
        ) : (
          <SectionError title={teams.attendanceError} error={attendance.error} onRetry={onRetry} />
        )}
      </section>
    );
  }

  const report = attendance.value;
  // Groups arrive in municipality order with the secretariat last; flattening keeps that order inside each status.
  const everyone = report.groups.flatMap((group) => group.entries);
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      {heading}
      {STATUS_ORDER.map((status) => (
        <StatusList key={status} label={statusLabel(status, strings, meetingStartUtc, now)} entries={everyone.filter((entry) => entry.status === status)} />
      ))}
      {report.guests.length > 0 && (
        <section aria-label={teams.guestsHeading}>
          <h3 className={styles.groupHeading}>{teams.guestsHeading}</h3>
          <ul className={styles.list}>
            {report.guests.map((guest) => (
              <li key={guest.email}>
                {guest.name}, {organisationLabel(guest.organisation, strings)} – {statusLabel(guest.status, strings, meetingStartUtc, now)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
