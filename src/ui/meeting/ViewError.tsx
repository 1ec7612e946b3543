/** The whole meeting could not be loaded: not found, no permission, offline or another failure, with a retry. */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Title2, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import type { AppError } from "../../core";
import { errorMessage } from "../../core";
import { useLanguage, useStrings } from "../i18n";
import { retryLabel } from "../shell/retryLabel";
import { settleFirstView } from "./agendaRendered";

const useStyles = makeStyles({ root: { margin: `${tokens.spacingVerticalL} 0`, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM }, heading: { margin: 0 } });

/** Props of ViewError. */
export interface ViewErrorProps {
  error: AppError;
  onRetry: () => void;
}

/** A titled error bar for the failed view. */
export function ViewError({ error, onRetry }: ViewErrorProps): JSX.Element {
  const styles = useStyles();
  const { teams, common } = useStrings();
  useEffect(() => settleFirstView(), []);
  const language = useLanguage();
  const title = error.code === "notFound" ? teams.viewNotFoundTitle : error.code === "forbidden" ? teams.viewForbiddenTitle : teams.viewErrorTitle;
  const body = error.code === "notFound" ? teams.viewNotFoundBody : errorMessage(error.code, language);
  return (
    <div className={styles.root}>
      <Title2 as="h1" className={styles.heading}>
        {title}
      </Title2>
      <MessageBar intent={error.code === "notFound" ? "warning" : "error"} layout="multiline" role="alert">
        <MessageBarBody>
          {body}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>{retryLabel(error.code, common)}</Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
