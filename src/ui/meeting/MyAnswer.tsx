/** The user's answer to the invitation: Jag kommer, Anmäl förhinder (with an optional message), Preliminärt. */
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Spinner, Text, Textarea, Title3, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { FormEvent } from "react";
import { isAppFailure } from "../../core";
import type { Meeting, RsvpAction, RsvpResponse } from "../../core";
import { errorMessage } from "../../core/i18n/errors";
import { useEnvironment } from "../environment";
import { useLanguage, useStrings } from "../i18n";
import type { AnswerState } from "./answer";
import { responseOf, shownResponse } from "./answer";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  status: { minHeight: "1.5em", display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

/** Props of MyAnswer. */
export interface MyAnswerProps {
  meeting: Meeting;
  /** Called once the server accepted an answer. */
  onAnswered: (response: RsvpResponse) => void;
}

/** Renders the answer buttons; sends the answer and shows it at once, reverting if the server refuses. */
export function MyAnswer({ meeting, onAnswered }: MyAnswerProps): JSX.Element {
  const styles = useStyles();
  const { teams } = useStrings();
  const language = useLanguage();
  const { services } = useEnvironment();
  const [answer, setAnswer] = useState<AnswerState>({ state: "idle" });
  const [message, setMessage] = useState("");
  const headingId = useId();
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const shown = shownResponse(meeting.myResponse, answer);

  useEffect(() => {
    if (answer.state === "composing") messageRef.current?.focus();
  }, [answer.state]);

  const send = async (action: RsvpAction, comment: string): Promise<void> => {
    setAnswer({ state: "saving", action });
    try {
      await services.meetings.respond(meeting.id, action, comment);
      setAnswer({ state: "saved" });
      setMessage("");
      onAnswered(responseOf(action));
    } catch (error) {
      // A bug (not a typed failure) goes to the error boundary: thrown from a state update, React rethrows it in render.
      if (!isAppFailure(error))
        setAnswer(() => {
          throw error;
        });
      else setAnswer({ state: "failed", error: error.appError });
    }
  };

  const submitDecline = (event: FormEvent): void => {
    event.preventDefault();
    void send("decline", message.trim());
  };

  const heading = (
    <Title3 as="h2" id={headingId} className={styles.heading}>
      {teams.myAnswerHeading}
    </Title3>
  );

  if (meeting.isCancelled || meeting.isOrganizer || meeting.myResponse === "organizer") {
    return (
      <section aria-labelledby={headingId} className={styles.section}>
        {heading}
        <Text>{meeting.isCancelled ? teams.cancelledNoAnswer : teams.organizerNoAnswer}</Text>
      </section>
    );
  }

  const busy = answer.state === "saving";
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      {heading}
      <Text weight="semibold">{teams.currentAnswer(teams.answers[shown])}</Text>
      <div className={styles.actions}>
        <Button appearance={shown === "accepted" ? "primary" : "secondary"} aria-pressed={shown === "accepted"} disabled={busy} onClick={() => void send("accept", "")}>
          {teams.accept}
        </Button>
        <Button
          appearance={shown === "declined" ? "primary" : "secondary"}
          aria-pressed={shown === "declined"}
          aria-expanded={answer.state === "composing"}
          disabled={busy}
          onClick={() => setAnswer(answer.state === "composing" ? { state: "idle" } : { state: "composing" })}
        >
          {teams.decline}
        </Button>
        <Button
          appearance={shown === "tentativelyAccepted" ? "primary" : "secondary"}
          aria-pressed={shown === "tentativelyAccepted"}
          disabled={busy}
          onClick={() => void send("tentativelyAccept", "")}
        >
          {teams.tentative}
        </Button>
      </div>
      {answer.state === "composing" && (
        <form className={styles.form} onSubmit={submitDecline}>
          <Field label={teams.declineMessage}>
            <Textarea ref={messageRef} value={message} onChange={(_, data) => setMessage(data.value)} resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary">
              {teams.sendDecline}
            </Button>
            <Button type="button" onClick={() => setAnswer({ state: "idle" })}>
              {teams.cancel}
            </Button>
          </div>
        </form>
      )}
      <div role="status" className={styles.status}>
        {answer.state === "saving" && <Spinner size="tiny" label={teams.answerSaving} />}
        {answer.state === "saved" && <Text>{teams.answerSaved}</Text>}
      </div>
      {answer.state === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            {teams.answerFailed} {errorMessage(answer.error.code, language)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
