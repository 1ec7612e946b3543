/** The bilagor of one agenda item, "Bilaga N – namn", opened through the host. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { MouseEvent } from "react";
import { attachmentTitle, isTrustedLink } from "../../core";
import type { Attachment } from "../../core";
import { useEnvironment } from "../environment";
import { useStrings } from "../i18n";
import { usePlainStyles } from "./plainStyles";
import { RowProblems } from "./RowProblems";

/** Classes of the bilagor list (exported so the loading skeleton can compute them before the data arrives). */
export const useAttachmentStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  blocked: { color: tokens.colorNeutralForeground3 },
});

/** Props of AttachmentList. */
export interface AttachmentListProps {
  attachments: Attachment[];
  /** Names the list for assistive technology, e.g. "Bilagor till punkt 3". */
  label: string;
  /** The secretariat sees what is wrong with a file's columns; members see the bilaga only. */
  showProblems?: boolean;
}

/** Renders the bilagor as links (plain anchors styled like Fluent's Link: a meeting has hundreds); links not on the group's SharePoint are shown but not opened. */
export function AttachmentList({ attachments, label, showProblems = false }: AttachmentListProps): JSX.Element | null {
  const styles = useAttachmentStyles();
  const plain = usePlainStyles();
  const { host, config } = useEnvironment();
  const { teams } = useStrings();
  if (attachments.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {attachments.map((attachment) => {
        const text = teams.attachment(attachment.number, attachmentTitle(attachment.name));
        const open = (event: MouseEvent): void => {
          // The host decides how (Teams: app.openLink; browser: a new tab), so the tab never navigates away.
          event.preventDefault();
          host.openLink(attachment.webUrl);
        };
        return (
          <li key={attachment.fileId}>
            {isTrustedLink(attachment.webUrl, config.sharePointOrigin) ? (
              <a className={plain.link} href={attachment.webUrl} target="_blank" rel="noopener noreferrer" onClick={open}>
                {text}
              </a>
            ) : (
              <span>
                {text} <span className={styles.blocked}>({teams.attachmentBlocked})</span>
              </span>
            )}
            {showProblems && attachment.problems !== undefined && <RowProblems problems={attachment.problems} />}
          </li>
        );
      })}
    </ul>
  );
}
