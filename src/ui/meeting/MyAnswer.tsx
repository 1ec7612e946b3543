/** The user's answer to the invitation: Jag kommer, Anmäl förhinder (with an optional message), Preliminärt. */
import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, Textarea, Title3, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { FormEvent } from "react";
import { isAppFailure, errorMessage } from "../../core";
import type { Meeting, RsvpAction, RsvpResponse, Language } from "../../core";
import { useEnvironment } from "../environment";
import { useLanguage, useStrings } from "../i18n";
import { responseOf } from "../../app";
import type { AnswerState } from "./answerState";
import { isFormOpen, shownResponse } from "./answerState";

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
  /** Called once Graph confirmed an answer. */
  onAnswered: (response: RsvpResponse) => void;
}

/**
 * Renders the answer buttons; sends the answer and shows it at once, reverting if it is refused. Success is said only
 * when Graph confirmed this very request; a refused or unanswered request keeps the typed message and offers a retry.
 */
export function MyAnswer({ meeting, onAnswered }: MyAnswerProps): JSX.Element {
  const styles = useStyles();
  const { teams } = useStrings();
  const language = useLanguage();
  const { app } = useEnvironment();
  const [answer, setAnswer] = useState<AnswerState>({ state: "idle" });
  const [message, setMessage] = useState("");
  const headingId = useId();
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  // The apology form goes away once sent: its button had focus, so focus moves to the confirmation, not <body>.
  const focusStatusOnSaved = useRef(false);
  const shown = shownResponse(meeting.myResponse, answer);

  useEffect(() => {
    if (answer.state === "composing") messageRef.current?.focus();
    if (answer.state === "saved" && focusStatusOnSaved.current) {
      focusStatusOnSaved.current = false;
      statusRef.current?.focus();
    }
  }, [answer.state]);

  const send = async (action: RsvpAction, comment: string): Promise<void> => {
    setAnswer({ state: "saving", action });
    try {
      const outcome = await app.meetings.answer(meeting.id, action, comment);
      if (outcome !== "sent") {
        setAnswer({ state: "unknown", action });
        return;
      }
      focusStatusOnSaved.current = action === "decline";
      setAnswer({ state: "saved" });
      setMessage("");
      onAnswered(responseOf(action));
    } catch (error) {
      // A bug (not a typed failure) goes to the error boundary: thrown from a state update, React rethrows it in render.
      if (!isAppFailure(error))
        setAnswer(() => {
          throw error;
        });
      else setAnswer({ state: "failed", action, error: error.appError });
    }
  };

  const submitDecline = (event: FormEvent): void => {
    event.preventDefault();
    if (answer.state !== "saving") void send("decline", message.trim());
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
  const formOpen = isFormOpen(answer);
  // Buttons stay focusable while busy: a disabled button drops the keyboard user's focus to <body>.
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      {heading}
      <Text weight="semibold">{teams.currentAnswer(teams.answers[shown])}</Text>
      <div className={styles.actions}>
        <Button appearance={shown === "accepted" ? "primary" : "secondary"} aria-pressed={shown === "accepted"} disabledFocusable={busy} onClick={() => void send("accept", "")}>
          {teams.accept}
        </Button>
        <Button
          appearance={shown === "declined" ? "primary" : "secondary"}
          aria-pressed={shown === "declined"}
          aria-expanded={formOpen}
          disabledFocusable={busy}
          onClick={() => setAnswer(formOpen ? { state: "idle" } : { state: "composing" })}
        >
          {teams.decline}
        </Button>
        <Button
          appearance={shown === "tentativelyAccepted" ? "primary" : "secondary"}
          aria-pressed={shown === "tentativelyAccepted"}
          disabledFocusable={busy}
          onClick={() => void send("tentativelyAccept", "")}
        >
          {teams.tentative}
        </Button>
      </div>
      {formOpen && (
        <form className={styles.form} onSubmit={submitDecline}>
          <Field label={teams.declineMessage}>
            <Textarea ref={messageRef} value={message} onChange={(_, data) => setMessage(data.value)} resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabledFocusable={busy}>
              {answer.state === "failed" ? teams.retryAnswer : answer.state === "unknown" ? teams.resendAnswer : teams.sendDecline}
            </Button>
            <Button type="button" disabledFocusable={busy} onClick={() => setAnswer({ state: "idle" })}>
              {teams.cancel}
            </Button>
          </div>
        </form>
      )}
      <div ref={statusRef} role="status" tabIndex={-1} className={styles.status}>
        {answer.state === "saving" && <Spinner size="tiny" label={teams.answerSaving} />}
        {answer.state === "saved" && <Text>{teams.answerSaved}</Text>}
      </div>
      {(answer.state === "failed" || answer.state === "unknown") && (
        <AnswerProblem answer={answer} messageKept={answer.action === "decline" && message.trim() !== ""} language={language} onRetry={() => void send(answer.action, "")} />
      )}
    </section>
  );
}

/** Props of AnswerProblem. */
interface AnswerProblemProps {
  answer: Extract<AnswerState, { state: "failed" | "unknown" }>;
  messageKept: boolean;
  language: Language;
  onRetry: () => void;
}

/** What went wrong with the answer, in words, and the way on: the form's button for an apology, a button here otherwise. */
function AnswerProblem({ answer, messageKept, language, onRetry }: AnswerProblemProps): JSX.Element {
  const { teams } = useStrings();
  const sentences =
    answer.state === "failed"
      ? [answer.action === "decline" ? teams.declineFailed : teams.answerFailed, errorMessage(answer.error.code, language)]
      : [teams.answerUnknown, teams.answerUnknownHint];
  if (messageKept) sentences.push(teams.messageKept);
  return (
    <MessageBar intent={answer.state === "failed" ? "error" : "warning"} layout="multiline" role="alert">
      <MessageBarBody>{sentences.join(" ")}</MessageBarBody>
      {answer.action !== "decline" && (
        <MessageBarActions>
          <Button onClick={onRetry}>{answer.state === "failed" ? teams.retryAnswer : teams.resendAnswer}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
