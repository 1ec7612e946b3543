/** Every member's link to the final protokoll's PDF, once the register names one (issue 14 item 3). */
import { makeStyles, Text, Title3, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { MouseEvent } from "react";
import { isTrustedLink } from "../../core";
import type { FileRecord, Section } from "../../core";
import { useEnvironment } from "../environment";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, maxWidth: "100%", overflowWrap: "anywhere" },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The PDF's short view link (granting no access); where it cannot be made (a member may not create links) the file's
 * own address from the folder's listing; null when neither is known.
 */
function useViewLink(pdfId: string, fallback: string | null): { state: "loading" } | { state: "ready"; url: string | null } {
  const { app } = useEnvironment();
  const [link, setLink] = useState<{ state: "loading" } | { state: "ready"; url: string | null }>({ state: "loading" });
  useEffect(() => {
    let live = true;
    setLink({ state: "loading" });
    app.protokoll.viewLink(pdfId).then(
      (url) => live && setLink({ state: "ready", url: url ?? fallback }),
      () => live && setLink({ state: "ready", url: fallback }),
    );
    return () => {
      live = false;
    };
  }, [app, pdfId, fallback]);
  return link;
}

/** Props of ProtokollPdfLink. */
export interface ProtokollPdfLinkProps {
  /** The PDF the register row names; null: none yet. */
  pdfId: string | null;
  /** The meeting folder's files as the view read them: the PDF's own address when no short link can be made. */
  files: Section<FileRecord[]>;
}

/** "Protokoll (PDF)" under its heading; nothing until the register names a PDF. */
export function ProtokollPdfLink({ pdfId, files }: ProtokollPdfLinkProps): JSX.Element | null {
  if (pdfId === null) return null;
  const listed = files.state === "ready" ? (files.value.find((f) => f.id === pdfId)?.webUrl ?? null) : null;
  return <PdfLink pdfId={pdfId} fallback={listed} />;
}

function PdfLink({ pdfId, fallback }: { pdfId: string; fallback: string | null }): JSX.Element | null {
  const styles = useStyles();
  const { host, config } = useEnvironment();
  const text = useStrings().protokoll;
  const headingId = useId();
  const link = useViewLink(pdfId, fallback);
  // A link that could not be made leaves the section out: the PDF is still in the meeting folder, as every file is.
  if (link.state === "loading" || link.url === null) return null;
  const url = link.url;
  const open = (event: MouseEvent): void => {
    // The host opens it (Teams: app.openLink; a browser: a new tab), so the tab never navigates away.
    event.preventDefault();
    host.openLink(url);
  };
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Title3 as="h2" id={headingId} className={styles.heading}>
        {text.pdfLinkHeading}
      </Title3>
      {isTrustedLink(url, config.sharePointOrigin) ? (
        <a href={url} target="_blank" rel="noopener noreferrer" onClick={open}>
          {text.pdfLink}
        </a>
      ) : (
        <Text>
          {text.pdfLink} <span className={styles.muted}>({text.pdfLinkBlocked})</span>
        </Text>
      )}
    </section>
  );
}
