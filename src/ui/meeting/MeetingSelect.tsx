/** A labelled native select of upcoming meetings (configuration page, demo picker). */
import { Field, Select } from "@fluentui/react-components";
import type { MeetingSummary } from "../../core";
import { meetingDate } from "../format";
import { useLanguage } from "../i18n";

/** Props of MeetingSelect. */
export interface MeetingSelectProps {
  label: string;
  meetings: MeetingSummary[];
  /** iCalUId of the chosen meeting, or "" for none. */
  value: string;
  onChange: (meeting: MeetingSummary | null) => void;
  placeholder?: string;
  size?: "small" | "medium";
  className?: string;
}

/** Renders the select; the option text is "subject – weekday date". */
export function MeetingSelect({ label, meetings, value, onChange, placeholder, size = "medium", className }: MeetingSelectProps): JSX.Element {
  const language = useLanguage();
  return (
    <Field label={label} size={size} className={className}>
      <Select value={value} size={size} onChange={(_, data) => onChange(meetings.find((m) => m.iCalUId === data.value) ?? null)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {meetings.map((meeting) => (
          <option key={meeting.iCalUId} value={meeting.iCalUId}>
            {meeting.subject} – {meetingDate(meeting.startUtc, language)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
