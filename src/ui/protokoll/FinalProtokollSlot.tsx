/** Where *Skapa slutligt protokoll* goes beside the draft: offered when the host gives the record's register. */
import type { MeetingView } from "../../core";
import { useEnvironment } from "../environment";
import { useRecordPorts } from "../record/context";
import { CreateFinalProtokoll } from "./CreateFinalProtokoll";

/** Renders the final protokoll's action for the view, or nothing where this host cannot record the meeting. */
export function FinalProtokollSlot({ view }: { view: MeetingView }): JSX.Element | null {
  const { services, host, config } = useEnvironment();
  const record = useRecordPorts();
  if (record === null) return null;
  return <CreateFinalProtokoll view={view} services={services} register={record.register} record={record} groupName={config.groupName} sharePointOrigin={config.sharePointOrigin} openLink={host.openLink} />;
}
