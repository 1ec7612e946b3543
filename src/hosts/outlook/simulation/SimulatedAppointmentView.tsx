/** The "Outlook window" of the simulation: the appointment's facts and its body, rendered (sanitised) and as plain text. */
import { Button, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef, useSyncExternalStore } from "react";
import { formatTimeRange } from "../../../core";
import { meetingDate, useLanguage, useStrings } from "../../../ui";
import { htmlToPlainText } from "./plainText";
import { sanitizeBody } from "./sanitize";
import type { SimulatedAppointment } from "./simulatedAppointment";

const useStyles = makeStyles({
  aside: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
  },
  heading: { margin: 0 },
  facts: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalM, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  // Paint and layout containment make this box the containing block of `position: fixed` in the body and clip it, so
  // no element of the body can cover the pane; the shadow root keeps the body's ids and classes out of the page's.
  // The body is e-mail HTML written for a white page (Teams' block sets its own dark greys): like Outlook's reading
  // pane, it stays light in a dark theme.
  body: {
    backgroundColor: "#ffffff",
    color: "#242424",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalM,
    overflow: "auto",
    position: "relative",
    contain: "layout paint",
    isolation: "isolate",
  },
  plain: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalM, margin: 0 },
});

/** Props of SimulatedAppointmentView. */
export interface SimulatedAppointmentViewProps {
  appointment: SimulatedAppointment;
  onReset: () => void;
}

/** Renders the simulated appointment next to the pane. */
export function SimulatedAppointmentView({ appointment, onReset }: SimulatedAppointmentViewProps): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  const language = useLanguage();
  const state = useSyncExternalStore(appointment.subscribe, () => appointment.snapshot());
  const bodyRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const bodyHeadingId = useId();
  const plainHeadingId = useId();
  const fragment = useMemo(() => sanitizeBody(state.bodyHtml), [state.bodyHtml]);
  const plain = useMemo(() => htmlToPlainText(fragment.cloneNode(true)), [fragment]);

  useEffect(() => {
    const host = bodyRef.current;
    if (host === null) return;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
    // The sanitised DOM is inserted as nodes, never as an HTML string, so nothing is parsed twice.
    const content = document.createElement("div");
    content.dataset.testid = "simulated-body";
    content.append(fragment.cloneNode(true));
    shadow.replaceChildren(content);
  }, [fragment]);

  return (
    <aside className={styles.aside} aria-labelledby={headingId}>
      <Title3 as="h2" id={headingId} className={styles.heading}>
        {outlook.simulatedAppointmentHeading}
      </Title3>
      <p>{outlook.simulatedExplanation}</p>
      <dl className={styles.facts}>
        <dt className={styles.term}>{outlook.subjectLabel}</dt>
        <dd className={styles.value}>{state.subject || outlook.noSubject}</dd>
        <dt className={styles.term}>{outlook.timeLabel}</dt>
        <dd className={styles.value}>
          {meetingDate(state.startUtc, language)} {formatTimeRange(state.startUtc, state.endUtc)}
        </dd>
        <dt className={styles.term}>{outlook.placeLabel}</dt>
        <dd className={styles.value}>{state.location || outlook.noPlace}</dd>
        <dt className={styles.term}>{outlook.attendeesLabel}</dt>
        <dd className={styles.value}>{[...state.required, ...state.optional].map((p) => p.name || p.email).join(", ")}</dd>
      </dl>
      <section aria-labelledby={bodyHeadingId}>
        <h3 id={bodyHeadingId}>{outlook.simulatedBodyHeading}</h3>
        <div ref={bodyRef} className={styles.body} data-testid="simulated-body-frame" />
      </section>
      <section aria-labelledby={plainHeadingId}>
        <h3 id={plainHeadingId}>{outlook.simulatedPlainHeading}</h3>
        <pre className={styles.plain} data-testid="simulated-body-text" tabIndex={0}>
          {plain}
        </pre>
      </section>
      <div>
        <Button onClick={onReset}>{outlook.simulatedReset}</Button>
      </div>
    </aside>
  );
}
