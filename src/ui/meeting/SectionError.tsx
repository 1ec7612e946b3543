/** A section that failed on its own: what failed, why, and a way on (retry, open in SharePoint). */
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { isTrustedLink, errorMessage } from "../../core";
import type { AppError } from "../../core";
import { useEnvironment } from "../environment";
import { useLanguage, useStrings } from "../i18n";
import { retryLabel } from "../shell/retryLabel";

/** Props of SectionError. */
export interface SectionErrorProps {
  title: string;
  error: AppError;
  onRetry: () => void;
  /** The SharePoint page where the same content can be read, when known. */
  sharePointUrl?: string | null;
}

/** An error bar with the Swedish (or English) sentence for the code and the ways on. */
export function SectionError({ title, error, onRetry, sharePointUrl }: SectionErrorProps): JSX.Element {
  const { common } = useStrings();
  const language = useLanguage();
  const { host, config } = useEnvironment();
  const openable = sharePointUrl != null && isTrustedLink(sharePointUrl, config.sharePointOrigin);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {errorMessage(error.code, language)}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{retryLabel(error.code, common)}</Button>
        {openable && (
          <Link
            href={sharePointUrl}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(event) => {
              event.preventDefault();
              host.openLink(sharePointUrl);
            }}
          >
            {common.openInSharePoint}
          </Link>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
