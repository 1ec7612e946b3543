/** The attendee's pane: the agenda and bilagor of the invitation, read-only. */
import { Spinner } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { AgendaList } from "../meeting/AgendaList";
import { SectionError } from "../meeting/SectionError";
import { useOutlookHost } from "./outlookHost";
import { useRefreshable } from "./useRefreshable";

/** Renders the read-only agenda of the meeting the invitation belongs to. */
export function AttendeePane(): JSX.Element {
  const { outlook } = useStrings();
  const outlookCases = useOutlookHost();
  const view = useRefreshable(() => outlookCases.attendeeView(), [outlookCases]);
  const current = view.current;
  switch (current.state) {
    case "loading":
      return <Spinner />;
    case "error":
      return <SectionError title={outlook.viewFailed} error={current.error} onRetry={() => void view.refresh()} />;
    case "ready": {
      const folder = current.value.folder;
      const folderUrl = folder.state === "ready" ? (folder.value?.webUrl ?? null) : null;
      return <AgendaList agenda={current.value.agenda} files={current.value.files} onRetry={() => void view.refresh()} sharePointUrl={folderUrl} />;
    }
  }
}
