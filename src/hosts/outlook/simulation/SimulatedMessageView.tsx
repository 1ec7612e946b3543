/** The last message the pane opened with displayNewMessageForm, shown as Outlook would: recipients, subject, body (sanitised). */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef, useSyncExternalStore } from "react";
import { useStrings } from "../../../ui";
import { sanitizeBody } from "./sanitize";
import type { SimulatedMessageForm } from "./simulatedMessageForm";

const useStyles = makeStyles({
  section: { padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground2, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  body: { backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalM, overflowWrap: "anywhere" },
});

/** Renders nothing until the pane opens a message. */
export function SimulatedMessageView({ form }: { form: SimulatedMessageForm }): JSX.Element | null {
  const styles = useStyles();
  const { outlook } = useStrings();
  const messages = useSyncExternalStore(form.subscribe, form.snapshot);
  const last = messages[messages.length - 1];
  const headingId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const fragment = useMemo(() => (last ? sanitizeBody(last.htmlBody) : null), [last]);
  useEffect(() => {
    if (fragment) bodyRef.current?.replaceChildren(fragment.cloneNode(true));
  }, [fragment]);
  if (!last) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="simulated-message" data-count={messages.length}>
      <h2 id={headingId}>{outlook.simulatedMessageHeading}</h2>
      <h3>{outlook.simulatedMessageTo}</h3>
      <ul className={styles.list} data-testid="simulated-message-to">
        {last.to.map((p) => (
          <li key={p.email} data-email={p.email}>
            {p.name ? `${p.name} <${p.email}>` : p.email}
          </li>
        ))}
      </ul>
      <h3>{outlook.simulatedMessageSubject}</h3>
      <p data-testid="simulated-message-subject">{last.subject}</p>
      <div ref={bodyRef} className={styles.body} data-testid="simulated-message-body" />
    </section>
  );
}
