/** The procedural items that close a meeting ("Övriga frågor", "Mötet avslutas"): new items go before them. */
import type { AgendaItemRecord } from "../core";

// Compared as people write them: case, spacing and a trailing full stop do not matter.
const CLOSING = new Set(["övriga frågor", "mötet avslutas", "mötets avslutande", "avslutning"]);

/** True for a title that names a closing procedural item. */
export function isClosingTitle(title: string): boolean {
  return CLOSING.has(title.replace(/\s+/g, " ").trim().replace(/[.:]+$/, "").toLocaleLowerCase("sv"));
}

/** Where a new item belongs in the agenda (records in order): before the closing items that end it, else last. */
export function newItemIndex(records: readonly Pick<AgendaItemRecord, "title">[]): number {
  let index = records.length;
  while (index > 0 && isClosingTitle((records[index - 1] as Pick<AgendaItemRecord, "title">).title)) index--;
  return index;
}

/** The start time of the item before, when it is later than this item's (the agenda's times are then out of order). */
export function earlierThanPrevious(startTime: string | null, previous: readonly Pick<AgendaItemRecord, "startTime">[]): string | null {
  if (startTime === null) return null;
  for (let i = previous.length - 1; i >= 0; i--) {
    const before = (previous[i] as Pick<AgendaItemRecord, "startTime">).startTime;
    if (before !== null) return before > startTime ? before : null;
  }
  return null;
}
