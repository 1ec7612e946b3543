/** *Skapa protokollutkast*: the secretariat's action that puts a Word draft of the protokoll in the meeting folder. */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, Title3, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ProtokollUseCases } from "../../app";
import { ExpectedFailure, isAppFailure, isTrustedLink, errorMessage } from "../../core";
import type { MeetingView } from "../../core";
import { useEnvironment } from "../environment";
import type { UiEnvironment } from "../environment";
import { useLanguage, useStrings } from "../i18n";
import type { DraftState } from "./draftState";
import { FinalProtokollSlot } from "./FinalProtokollSlot";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  heading: { margin: 0 },
  status: { minHeight: "1.5em" },
});

/** Props of CreateProtokollDraft; everything but the view comes from the host's environment when one is provided. */
export interface CreateProtokollDraftProps {
  view: MeetingView;
  /** Used when rendered outside an EnvironmentProvider. */
  protokoll?: Pick<ProtokollUseCases, "createDraft">;
  /** Opens the draft; defaults to the host's openLink. */
  onOpen?: (url: string) => void;
  /** The group's heading in the draft; defaults to the host configuration's groupName. */
  groupName?: string;
}

/** Reads the environment when the component is inside a host; null in a bare render (props then supply it). */
function useOptionalEnvironment(): UiEnvironment | null {
  // useEnvironment always calls useContext before it throws, so catching keeps the hook order stable.
  try {
    return useEnvironment();
  } catch {
    return null;
  }
}

/** The button, its progress, the created file (and whether it was renamed), and Swedish errors with a retry. */
export default function CreateProtokollDraft(props: CreateProtokollDraftProps): JSX.Element {
  const styles = useStyles();
  const environment = useOptionalEnvironment();
  const language = useLanguage();
  const text = useStrings().protokoll;
  const headingId = useId();
  const [draft, setDraft] = useState<DraftState>({ state: "idle" });

  const protokoll = props.protokoll ?? environment?.app.protokoll;
  const config = environment?.config;
  const groupName = props.groupName ?? config?.groupName ?? "";
  const open = props.onOpen ?? environment?.host.openLink;
  if (protokoll === undefined) throw new Error("CreateProtokollDraft behöver protokollets användningsfall från värden eller som prop");

  const create = async (): Promise<void> => {
    setDraft({ state: "creating" });
    try {
      setDraft({ state: "created", result: await protokoll.createDraft(props.view, { groupName, templatePath: config?.protokollTemplatePath }) });
    } catch (error) {
      // Typed failures are shown with a retry; anything else is a bug for the error boundary (rethrown in render).
      // An ExpectedFailure may carry its own sentence (a template's mistake names the placeholder and the file).
      if (isAppFailure(error)) setDraft({ state: "failed", error: error.appError, message: error instanceof ExpectedFailure ? error.userMessage(language) : undefined });
      else
        setDraft(() => {
          throw error;
        });
    }
  };

  const canOpen = (url: string): boolean => open !== undefined && (config?.sharePointOrigin === undefined || isTrustedLink(url, config.sharePointOrigin));

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Title3 as="h2" id={headingId} className={styles.heading}>
        {text.heading}
      </Title3>
      <Text>{text.intro}</Text>
      <Button appearance="primary" disabled={draft.state === "creating"} onClick={() => void create()}>
        {text.create}
      </Button>
      <div role="status" aria-live="polite" className={styles.status}>
        {draft.state === "creating" && <Spinner size="tiny" labelPosition="after" label={text.working} />}
        {draft.state === "created" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {text.saved(draft.result.fileName)}
              {draft.result.renamed && <> {text.renamed(draft.result.firstChoice, draft.result.fileName)}</>}
            </MessageBarBody>
            {canOpen(draft.result.webUrl) && (
              <MessageBarActions>
                <Button onClick={() => open?.(draft.result.webUrl)}>{text.open}</Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
      </div>
      {draft.state === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.failed}</MessageBarTitle> {draft.message ?? errorMessage(draft.error.code, language)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void create()}>{text.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {environment !== null && <FinalProtokollSlot view={props.view} />}
    </section>
  );
}
