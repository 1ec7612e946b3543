/** One agenda item in the editor: its summary, bilagor, and the buttons (and Alt+arrow keys) that act on it. */
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { KeyboardEvent, ReactNode } from "react";
import { agendaItemProblems } from "../../../core";
import type { AgendaItem } from "../../../core";
import { useStrings } from "../../i18n";
import { AttachmentList } from "../../meeting/AttachmentList";
import { RowProblems } from "../../meeting/RowProblems";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS },
});

/** Which of the card's move buttons should take focus (after a move, so the keyboard user stays on the item). */
export type MoveFocus = "up" | "down" | null;

/** Props of ItemCard. */
export interface ItemCardProps {
  item: AgendaItem;
  isFirst: boolean;
  isLast: boolean;
  busy: boolean;
  focus: MoveFocus;
  onEdit: () => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** The edit form, shown under the summary while editing. */
  children?: ReactNode;
}

/** Renders the item; Alt+ArrowUp/Down anywhere on it moves it. */
export function ItemCard({ item, isFirst, isLast, busy, focus, onEdit, onMove, onRemove, children }: ItemCardProps): JSX.Element {
  const styles = useStyles();
  const { outlook, teams } = useStrings();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // At the top or bottom the pressed button is disabled; focus its twin so focus never falls to the page.
    if (focus === "up") (isFirst ? down : up).current?.focus();
    if (focus === "down") (isLast ? up : down).current?.focus();
  }, [focus, isFirst, isLast]);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (!event.altKey || busy) return;
    if (event.key === "ArrowUp" && !isFirst) {
      event.preventDefault();
      onMove(-1);
    } else if (event.key === "ArrowDown" && !isLast) {
      event.preventDefault();
      onMove(1);
    }
  };

  const heading = `${item.number}. ${item.startTime ? `${item.startTime} ` : ""}${item.title}`;
  return (
    <div className={styles.card} onKeyDown={onKeyDown}>
      <h3 className={styles.title}>
        {heading} {item.kind !== "beslut" && <Badge appearance="outline">{teams.kinds[item.kind]}</Badge>}
      </h3>
      <RowProblems problems={agendaItemProblems(item)} />
      {item.presenter !== "" && <Text>{outlook.itemPresenter(item.presenter)}</Text>}
      {item.attachments.length === 0 ? (
        <Text size={200}>{outlook.noAttachments}</Text>
      ) : (
        <AttachmentList attachments={item.attachments} label={outlook.attachmentsLabel(item.number)} showProblems />
      )}
      <div className={styles.actions} role="group" aria-label={item.title}>
        <Button size="small" onClick={onEdit} aria-expanded={children !== undefined && children !== null}>
          {outlook.editItemButton}
        </Button>
        <Button size="small" ref={up} onClick={() => onMove(-1)} disabled={isFirst} disabledFocusable={busy && !isFirst} aria-keyshortcuts="Alt+ArrowUp">
          {outlook.moveUp}
        </Button>
        <Button size="small" ref={down} onClick={() => onMove(1)} disabled={isLast} disabledFocusable={busy && !isLast} aria-keyshortcuts="Alt+ArrowDown">
          {outlook.moveDown}
        </Button>
        <Button size="small" onClick={onRemove} disabledFocusable={busy}>
          {outlook.remove}
        </Button>
      </div>
      {children}
    </div>
  );
}
