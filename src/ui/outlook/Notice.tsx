/** A status line the screen reader announces: progress, success or a failure with its Swedish sentence. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { AppError } from "../../core";
import { errorMessage } from "../../core";
import { useLanguage } from "../i18n";

/** What happened last, for one section of the pane. */
export type NoticeState =
  | { kind: "idle" }
  | { kind: "busy"; text: string }
  | { kind: "done"; text: string }
  | { kind: "warning"; text: string }
  | { kind: "failed"; title: string; error: AppError };

/** Renders the notice inside a polite live region, so changes are announced. */
export function Notice({ notice }: { notice: NoticeState }): JSX.Element {
  const language = useLanguage();
  let content: JSX.Element | null = null;
  switch (notice.kind) {
    case "idle":
      break;
    case "busy":
      content = <span>{notice.text}</span>;
      break;
    case "done":
      content = (
        // Multiline: a long sentence (a file name, a count) wraps in a 350 px pane instead of widening it.
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      );
      break;
    case "warning":
      content = (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      );
      break;
    case "failed":
      content = (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle> {errorMessage(notice.error.code, language)}
          </MessageBarBody>
        </MessageBar>
      );
      break;
  }
  return <div aria-live="polite">{content}</div>;
}
