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
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS },
});

/**
 * Which of the card's buttons should take focus: a move button after a move (the keyboard user stays on the item),
 * "Ta bort" after the remove dialog closed. A new object per request, so asking twice for the same button works.
 */
export interface CardFocus {
  which: "up" | "down" | "remove";
}

/** Props of ItemCard. */
export interface ItemCardProps {
  item: AgendaItem;
  isFirst: boolean;
  isLast: boolean;
  /** The previous item's start time when it is later than this item's (times out of order), else null. */
  timeBefore: string | null;
  busy: boolean;
  focus: CardFocus | null;
  onEdit: () => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** The edit form, shown under the summary while editing. */
  children?: ReactNode;
}

/** Renders the item; Alt+ArrowUp/Down anywhere on it moves it. */
export function ItemCard({ item, isFirst, isLast, timeBefore, busy, focus, onEdit, onMove, onRemove, children }: ItemCardProps): JSX.Element {
  const styles = useStyles();
  const { outlook, teams } = useStrings();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const remove = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // At the top or bottom the pressed button is disabled; focus its twin so focus never falls to the page.
    if (focus?.which === "up") (isFirst ? down : up).current?.focus();
    if (focus?.which === "down") (isLast ? up : down).current?.focus();
    if (focus?.which === "remove") remove.current?.focus();
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
      {timeBefore !== null && item.startTime !== null && (
        <Text weight="semibold" className={styles.warning}>
          {outlook.timeOutOfOrder(item.startTime, timeBefore)}
        </Text>
      )}
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
        <Button size="small" ref={remove} onClick={onRemove} disabledFocusable={busy}>
          {outlook.remove}
        </Button>
      </div>
      {children}
    </div>
  );
}
