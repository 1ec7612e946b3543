/** *Skapa slutligt protokoll*: the secretariat's action, beside the draft's, once the record is complete. */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { MouseEvent } from "react";
import { FinalProtokollError } from "../../app";
import type { FinalFile, ProtokollUseCases } from "../../app";
import { isAppFailure, isTrustedLink } from "../../core";
import type { MeetingView, FinalReadiness } from "../../core";
import { useLanguage, useStrings } from "../i18n";
import { finalFailureMessage, notReadyMessage } from "./finalMessages";
import type { FinalState } from "./finalState";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start", maxWidth: "100%" },
  status: { minHeight: "1.5em", maxWidth: "100%" },
  links: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** Props of CreateFinalProtokoll. */
export interface CreateFinalProtokollProps {
  view: MeetingView;
  protokoll: Pick<ProtokollUseCases, "createFinal" | "finalReadiness">;
  groupName: string;
  /** The group's own template in the library; absent: the built-in default. */
  templatePath?: string;
  /** The group's SharePoint: result links elsewhere are not offered. */
  sharePointOrigin: string;
  openLink: (url: string) => void;
}

/** Reads the register row once, to say before the click what "complete" means; null while unknown (the click checks again). */
function useReadiness(protokoll: CreateFinalProtokollProps["protokoll"], key: string, refresh: unknown): FinalReadiness | null {
  const [readiness, setReadiness] = useState<FinalReadiness | null>(null);
  useEffect(() => {
    let live = true;
    protokoll.finalReadiness(key).then(
      (next) => live && setReadiness(next),
      () => live && setReadiness(null), // unreadable now: the action reads it again and explains then
    );
    return () => {
      live = false;
    };
  }, [protokoll, key, refresh]);
  return readiness;
}

/** The button, its progress by step, the two files as links, and Swedish errors with a retry. */
export function CreateFinalProtokoll(props: CreateFinalProtokollProps): JSX.Element {
  const styles = useStyles();
  const language = useLanguage();
  const text = useStrings().protokoll;
  const noteId = useId();
  const [run, setRun] = useState<FinalState>({ state: "idle" });
  const readiness = useReadiness(props.protokoll, props.view.meeting.iCalUId, run.state === "failed" ? run.error : null);
  const notReady = readiness !== null && !readiness.ready ? notReadyMessage(text, readiness) : null;

  const create = async (): Promise<void> => {
    setRun({ state: "working", step: "notReady" });
    try {
      const options = props.templatePath === undefined ? { groupName: props.groupName } : { groupName: props.groupName, templatePath: props.templatePath };
      const result = await props.protokoll.createFinal(props.view, options, (step) => setRun({ state: "working", step }));
      setRun({ state: "done", result });
    } catch (error) {
      if (error instanceof FinalProtokollError) setRun({ state: "failed", error });
      // The action's chunk could not load: nothing was written yet, so it is the first step that failed.
      else if (isAppFailure(error)) setRun({ state: "failed", error: new FinalProtokollError("docx", error.appError.code, error.appError.detail ?? "") });
      else
        setRun(() => {
          throw error; // a bug: the error boundary's
        });
    }
  };

  const link = (file: FinalFile, label: string): JSX.Element => {
    if (!isTrustedLink(file.webUrl, props.sharePointOrigin)) return <Text>{file.name}</Text>;
    const open = (event: MouseEvent): void => {
      // The host opens it (Teams: app.openLink; a browser: a new tab), so the tab never navigates away.
      event.preventDefault();
      props.openLink(file.webUrl);
    };
    return (
      <a href={file.webUrl} target="_blank" rel="noopener noreferrer" onClick={open}>
        {label}
      </a>
    );
  };

  const renamed = (file: FinalFile): string | null => (file.name !== file.firstChoice && !file.reused ? text.finalRenamed(file.firstChoice, file.name) : null);

  return (
    <div className={styles.section}>
      <Text>{text.finalIntro}</Text>
      {notReady !== null && <Text id={noteId}>{notReady}</Text>}
      <Button appearance="secondary" disabledFocusable={run.state === "working" || notReady !== null} aria-describedby={notReady !== null ? noteId : undefined} onClick={() => void create()}>
        {text.finalCreate}
      </Button>
      <div role="status" aria-live="polite" className={styles.status}>
        {run.state === "working" && <Spinner size="tiny" labelPosition="after" label={text.finalStep[run.step]} />}
        {run.state === "done" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {run.result.docx.reused && run.result.pdf.reused ? text.finalExisted : text.finalCreated}
              {[renamed(run.result.docx), renamed(run.result.pdf)].filter((s): s is string => s !== null).map((s) => ` ${s}`)}
              <ul className={styles.links}>
                <li>{link(run.result.docx, text.openDocx(run.result.docx.name))}</li>
                <li>{link(run.result.pdf, text.openPdf(run.result.pdf.name))}</li>
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {run.state === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.finalFailed}</MessageBarTitle>{" "}
            {finalFailureMessage(text, language, run.error)}
          </MessageBarBody>
          {run.error.step !== "notReady" && (
            <MessageBarActions>
              <Button onClick={() => void create()}>{text.retry}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}
