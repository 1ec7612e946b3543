/** The current agenda item during the meeting (side panel, stage), stepped forward and back. */
import { useCallback, useState } from "react";

/** Current item number (1-based) and the steps; clamps to 1..count. */
export interface CurrentItem {
  number: number;
  previous(): void;
  next(): void;
  /** Jumps to item n (clamped): the stage following the record. */
  go(n: number): void;
}

/** Starts at `initial` (clamped) and steps within 1..count. */
export function useCurrentItem(count: number, initial = 1): CurrentItem {
  const clamp = (n: number): number => Math.min(Math.max(1, n), Math.max(1, count));
  const [number, setNumber] = useState(() => clamp(initial));
  const previous = useCallback(() => setNumber((n) => Math.max(1, n - 1)), []);
  const next = useCallback(() => setNumber((n) => Math.min(Math.max(1, count), n + 1)), [count]);
  const go = useCallback((n: number) => setNumber(Math.min(Math.max(1, n), Math.max(1, count))), [count]);
  return { number: clamp(number), previous, next, go };
}
