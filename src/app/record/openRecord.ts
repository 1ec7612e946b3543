/** Opening a meeting to record it: its row in "Sammanträden", numbered among the group's meetings, state pågår. */
import { localYear, meetingNumber } from "../../core";
import type { MeetingRegisterRow, RecordPorts } from "../../core";
import { updateRegister } from "./updateRegister";

/** What the register row of a meeting is made from. */
export interface RecordMeeting {
  key: string;
  subject: string;
  startUtc: string;
  folderName: string;
}

/**
 * The meeting's register row, created when missing and set to pågår when it was only planned. Idempotent: a second
 * call (a second secretary, a retry after a lost answer) finds the row the first made and writes nothing new.
 */
export async function openRecord(ports: Pick<RecordPorts, "register">, meeting: RecordMeeting): Promise<MeetingRegisterRow> {
  const { register } = ports;
  const found = await register.find(meeting.key);
  if (found !== null) return found.state === "planned" ? startRecording(ports, found) : found;
  const year = await register.listYear(localYear(meeting.startUtc));
  const others = year.filter((row) => row.meetingKey !== meeting.key).map((row) => row.startUtc);
  const row = await register.ensure({
    meetingKey: meeting.key,
    title: meeting.subject,
    startUtc: meeting.startUtc,
    number: meetingNumber(others, meeting.startUtc),
    folderName: meeting.folderName,
    chair: "",
    approvers: [],
    state: "inProgress",
    currentItemId: null,
    protokollFileId: null,
    protokollPdfId: null,
  });
  // ensure may return a row another secretary made a moment before, still planned.
  return row.state === "planned" ? startRecording(ports, row) : row;
}

async function startRecording(ports: Pick<RecordPorts, "register">, row: MeetingRegisterRow): Promise<MeetingRegisterRow> {
  return updateRegister(ports, row, (fresh) => (fresh.state === "planned" ? { state: "inProgress" } : null));
}
