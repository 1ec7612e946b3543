/** The meeting stage: the agenda large for everyone in the room, the current item emphasised. */
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import type { Agenda, MeetingRef, MeetingView } from "../../core";
import { useEnvironment } from "../environment";
import { meetingWhen } from "../format";
import { useLanguage, useStrings } from "../i18n";
import { markAgendaRendered } from "../meeting/agendaRendered";
import { DecisionClauses } from "../meeting/DecisionClauses";
import { ItemStepper } from "../meeting/ItemStepper";
import { MeetingSkeleton } from "../meeting/MeetingSkeleton";
import { SectionError } from "../meeting/SectionError";
import { useCurrentItem } from "../meeting/useCurrentItem";
import { useMeetingView } from "../meeting/useMeetingView";
import { ViewError } from "../meeting/ViewError";
import { sharePointUrlOf } from "../meeting/viewFacts";
import { useRecordPorts } from "../record/context";
import { useStageRecord } from "../record/useStageRecord";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, fontSize: tokens.fontSizeBase500 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
    // The stage may be shown in a narrow window too: the hero size would leave one word a line.
    "@media (max-width: 400px)": { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} solid transparent`,
    "@media (max-width: 400px)": { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
  },
  itemTitle: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightRegular },
  current: { backgroundColor: tokens.colorBrandBackground2, border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  currentTitle: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightBold },
});

function StageAgenda({ agenda, initialItem, meetingKey }: { agenda: Agenda; initialItem: number; meetingKey: string }): JSX.Element {
  const styles = useStyles();
  const { teams, recording } = useStrings();
  const current = useCurrentItem(agenda.items.length, initialItem);
  const record = useStageRecord(useRecordPorts(), meetingKey);
  const followed = record === null ? -1 : agenda.items.findIndex((item) => item.id === record.currentItemId);
  const { go } = current;
  useEffect(() => markAgendaRendered(), []);
  // The item the secretariat has open is the item on the stage; stepping by hand still works between moves.
  useEffect(() => {
    if (followed >= 0) go(followed + 1);
  }, [followed, go]);
  if (agenda.items.length === 0) return <p>{teams.agendaEmpty}</p>;
  return (
    <>
      <ol className={styles.list} aria-label={teams.agendaHeading}>
        {agenda.items.map((item) => {
          const isCurrent = item.number === current.number;
          return (
            <li key={item.id} className={mergeClasses(styles.item, isCurrent && styles.current)} aria-current={isCurrent ? "step" : undefined}>
              <h2 className={mergeClasses(styles.itemTitle, isCurrent && styles.currentTitle)}>
                {item.number}. {item.title}
              </h2>
              {isCurrent && item.presenter.trim() !== "" && (
                <Text size={500}>
                  {teams.presenter}: {item.presenter}
                </Text>
              )}
              {/* The room reads what it decides on from the stage. */}
              {isCurrent && <DecisionClauses decisions={item.proposedDecisions} headingLevel={3} />}
              {/* The decision as the secretariat writes it, beside what was proposed. */}
              {isCurrent && record !== null && record.recorded && record.currentItemId === item.id && (
                <>
                  {record.outcome !== null && <Text size={500}>{recording.outcomeShown(recording.outcomes[record.outcome])}</Text>}
                  <DecisionClauses decisions={record.decisions} headingLevel={3} heading={recording.decisionHeading} />
                </>
              )}
            </li>
          );
        })}
      </ol>
      <ItemStepper current={current} count={agenda.items.length} size="large" />
    </>
  );
}

function StageContent({ view, initialItem, onRetry }: { view: MeetingView; initialItem: number; onRetry: () => void }): JSX.Element {
  const styles = useStyles();
  const { teams } = useStrings();
  const language = useLanguage();
  const { config } = useEnvironment();
  const { meeting } = view;
  return (
    <div className={styles.root}>
      <header>
        <h1 className={styles.title}>{meeting.subject}</h1>
        <Text size={500}>
          {meetingWhen(meeting, language, teams.allDay)}
          {view.meetingNumber !== null && ` · ${teams.meetingNumber(view.meetingNumber)}`}
        </Text>
      </header>
      {view.agenda.state === "error" ? (
        <SectionError title={teams.agendaError} error={view.agenda.error} onRetry={onRetry} sharePointUrl={sharePointUrlOf(view, config)} />
      ) : (
        <StageAgenda agenda={view.agenda.value} initialItem={initialItem} meetingKey={meeting.iCalUId} />
      )}
    </div>
  );
}

/** Props of Stage. */
export interface StageProps {
  meetingRef: MeetingRef;
  initialItem?: number;
}

/** Loads the meeting and renders it for the stage. */
export default function Stage({ meetingRef, initialItem = 1 }: StageProps): JSX.Element {
  const view = useMeetingView(meetingRef);
  const current = view.current;
  switch (current.state) {
    case "loading":
      return <MeetingSkeleton rows={5} />;
    case "error":
      return <ViewError error={current.error} onRetry={view.reload} />;
    case "ready":
      return <StageContent view={current.value} initialItem={initialItem} onRetry={view.reload} />;
  }
}
