/** Who may record in this side panel: the secretariat always, the chair once the register names them. */
import { useEffect, useState } from "react";
import type { MeetingRegisterRow, MeetingView, RecordPorts } from "../../core";
import type { Recorder } from "./RecordMode";

/** True when the register's Chair names me (by name or mail address, as the secretariat wrote it). */
export function isChair(row: MeetingRegisterRow | null, view: MeetingView): boolean {
  const chair = row?.chair.trim().toLocaleLowerCase("sv") ?? "";
  if (chair === "") return false;
  return chair === view.me.name.trim().toLocaleLowerCase("sv") || chair === view.me.email.trim().toLowerCase();
}

/** The recorder role of the signed-in user, null when they may not record (or the host gives no record ports). */
export function useRecorder(ports: RecordPorts | null, view: MeetingView, secretariat: boolean): Recorder | null {
  const [chair, setChair] = useState(false);
  const key = view.meeting.iCalUId;
  useEffect(() => {
    if (ports === null || secretariat) return;
    let live = true;
    // One read of the register row for members; a failure only means the switch is not offered.
    ports.register.find(key).then(
      (row) => live && setChair(isChair(row, view)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ports, key, secretariat, view]);
  if (ports === null) return null;
  if (secretariat) return "secretariat";
  return chair ? "chair" : null;
}

/** The record-mode switch, remembered per meeting in the host's storage so that a reload comes back to it. */
export function useRecordModeFlag(ports: RecordPorts | null, meetingKey: string): [boolean, (on: boolean) => void] {
  const storageKey = `sammantrade.recordMode.${meetingKey}`;
  const [on, setOn] = useState(() => ports?.drafts.load(storageKey) === "1");
  const set = (next: boolean): void => {
    setOn(next);
    if (next) ports?.drafts.save(storageKey, "1");
    else ports?.drafts.remove(storageKey);
  };
  return [on, set];
}
