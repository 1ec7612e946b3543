/** The Närvaro session of a meeting, created once per meeting and followed as state. */
import { useEffect, useRef, useState } from "react";
import { PresenceSession } from "../../../app";
import type { PresenceState } from "../../../app";
import type { MeetingView, RecordPorts } from "../../../core";

/** The session (null until created) and its state. */
export function usePresence(ports: RecordPorts, view: MeetingView): { session: PresenceSession | null; state: PresenceState } {
  const [session, setSession] = useState<PresenceSession | null>(null);
  const [state, setState] = useState<PresenceState>({ phase: "loading" });
  const key = view.meeting.iCalUId;
  // One session per meeting: a new view object of the same meeting (a refresh) keeps the rows and their writes.
  const viewRef = useRef(view);
  viewRef.current = view;

  useEffect(() => {
    const created = new PresenceSession(ports, viewRef.current);
    setSession(created);
    const unsubscribe = created.subscribe(setState);
    void created.load();
    return () => {
      unsubscribe();
      created.dispose();
    };
  }, [ports, key]);

  return { session, state };
}
