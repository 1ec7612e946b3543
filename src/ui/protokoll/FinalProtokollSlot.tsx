/** Where *Skapa slutligt protokoll* goes beside the draft: offered when the host gives the record's register. */
import type { MeetingView } from "../../core";
import { useEnvironment } from "../environment";
import { useRecordPorts } from "../record/context";
import { CreateFinalProtokoll } from "./CreateFinalProtokoll";

/** Renders the final protokoll's action for the view, or nothing where this host cannot record the meeting. */
export function FinalProtokollSlot({ view }: { view: MeetingView }): JSX.Element | null {
  const { app, host, config } = useEnvironment();
  // Offered where the host records meetings (it gives the record's ports): elsewhere there is no register to finish.
  if (useRecordPorts() === null) return null;
  return <CreateFinalProtokoll view={view} protokoll={app.protokoll} groupName={config.groupName} templatePath={config.protokollTemplatePath} sharePointOrigin={config.sharePointOrigin} openLink={host.openLink} />;
}
