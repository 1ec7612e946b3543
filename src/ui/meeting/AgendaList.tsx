/** The dagordning section of the meeting tab: its items, an empty note, or its own error. */
import { makeStyles, Title2, tokens } from "@fluentui/react-components";
import { memo, useEffect, useId } from "react";
import type { Agenda, FileRecord, Section } from "../../core";
import { useStrings } from "../i18n";
import { AgendaItemView } from "./AgendaItemView";
import { markAgendaRendered } from "./agendaRendered";
import { SectionError } from "./SectionError";

/** Classes of the agenda section (exported so the loading skeleton can compute them before the data arrives). */
export const useAgendaListStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  heading: { margin: `0 0 ${tokens.spacingVerticalS} 0` },
});

/** Props of AgendaList. */
export interface AgendaListProps {
  agenda: Section<Agenda>;
  /** The folder's files: when they could not be read the items have no bilagor, and the list says so. */
  files: Section<FileRecord[]>;
  onRetry: () => void;
  sharePointUrl: string | null;
  /** The secretariat: rows kept although a field was bad are marked with what to correct. */
  secretariat?: boolean;
}

/** Renders the agenda section under an h2; memoised, as re-rendering every item for an unrelated change (the demo
 *  user list, the side column appearing) costs as much as the first render. */
export const AgendaList = memo(function AgendaList({ agenda, files, onRetry, sharePointUrl, secretariat = false }: AgendaListProps): JSX.Element {
  const styles = useAgendaListStyles();
  const { teams } = useStrings();
  const headingId = useId();
  useEffect(() => {
    if (agenda.state === "ready") markAgendaRendered();
  }, [agenda.state]);
  return (
    <section aria-labelledby={headingId}>
      <Title2 as="h2" id={headingId} className={styles.heading}>
        {teams.agendaHeading}
      </Title2>
      {agenda.state === "ready" && files.state === "error" && (
        <SectionError title={teams.filesError} error={files.error} onRetry={onRetry} sharePointUrl={sharePointUrl} />
      )}
      {agenda.state === "error" ? (
        <SectionError title={teams.agendaError} error={agenda.error} onRetry={onRetry} sharePointUrl={sharePointUrl} />
      ) : agenda.value.items.length === 0 ? (
        <p>{teams.agendaEmpty}</p>
      ) : (
        <ol className={styles.list}>
          {agenda.value.items.map((item) => (
            <li key={item.id}>
              <AgendaItemView item={item} showProblems={secretariat} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
