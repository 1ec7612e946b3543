/** The current item's record: outcome, decision clauses, note, uppdrag; saves by itself and says where it stands. */
import { Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import type { AgendaItem, RecordPorts } from "../../core";
import { useStrings } from "../i18n";
import { SectionError } from "../meeting/SectionError";
import { MeetingSkeleton } from "../meeting/MeetingSkeleton";
import { AssignmentsSection } from "./AssignmentsSection";
import { ClauseEditor } from "./ClauseEditor";
import { ConflictChoices } from "./ConflictChoices";
import { OutcomeChoice } from "./OutcomeChoice";
import { SaveState } from "./SaveState";
import { useItemRecord } from "./useItemRecord";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  minutes: { width: "100%" },
});

/** Props of ItemRecordEditor. */
export interface ItemRecordEditorProps {
  ports: RecordPorts;
  meetingKey: string;
  item: AgendaItem;
}

/** Renders the editor for one item (remount per item: each item has its own session). */
export function ItemRecordEditor({ ports, meetingKey, item }: ItemRecordEditorProps): JSX.Element {
  const styles = useStyles();
  const { recording } = useStrings();
  const view = useItemRecord(ports, item.id);
  switch (view.state) {
    case "loading":
      return <MeetingSkeleton rows={2} />;
    case "error":
      return <SectionError title={recording.itemLoadFailed} error={view.error} onRetry={view.retry} />;
    case "ready": {
      const { record, session } = view;
      return (
        <div className={styles.root}>
          <SaveState status={record.status} error={record.error} />
          <ConflictChoices conflicts={record.conflicts} onResolve={(field, choice) => session.resolve(field, choice)} />
          <OutcomeChoice value={record.values.outcome} onChange={(outcome) => session.edit({ outcome })} />
          <ClauseEditor clauses={record.values.decisions} onChange={(decisions) => session.edit({ decisions })} />
          <Field label={recording.minutesLabel}>
            <Textarea className={styles.minutes} resize="vertical" rows={4} value={record.values.minutes} onChange={(_e, data) => session.edit({ minutes: data.value })} />
          </Field>
          <AssignmentsSection ports={ports} meetingKey={meetingKey} itemId={item.id} decisions={record.values.decisions} />
        </div>
      );
    }
  }
}
