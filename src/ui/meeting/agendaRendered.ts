/** The performance mark the benchmark waits for (the agenda is on screen), and the signal that the first view settled. */

/** Name of the mark, shared with bench/. */
export const AGENDA_RENDERED = "agenda-rendered";

let settle: (() => void) | null = null;
const settled = new Promise<void>((resolve) => {
  settle = resolve;
});

/** Resolves once the first view has its agenda on screen or has given up (an error view), or after `fallbackMs`. */
export function firstViewSettled(fallbackMs = 2000): Promise<void> {
  return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))]);
}

/** Marks that the first view will render no agenda (it failed), so secondary loads need not wait longer. */
export function settleFirstView(): void {
  settle?.();
}

const renderedListeners = new Set<() => void>();

/** Calls `listener` whenever an agenda is on screen (every successful view load, retries included); returns the unsubscribe. */
export function onAgendaRendered(listener: () => void): () => void {
  renderedListeners.add(listener);
  return () => renderedListeners.delete(listener);
}

/** Sets the mark once per page load (later re-renders and other surfaces do not move it), and tells the listeners. */
export function markAgendaRendered(): void {
  settleFirstView();
  for (const listener of [...renderedListeners]) listener();
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  if (performance.getEntriesByName(AGENDA_RENDERED).length > 0) return;
  performance.mark(AGENDA_RENDERED);
}
